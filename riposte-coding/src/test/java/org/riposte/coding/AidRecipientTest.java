package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Acts of giving aid, funds, supplies or personnel are coded with their recipient as target: where the recipient is
 * named beside the amount, by the purpose of the aid, or by the place of the people it reaches; and where the parser
 * misread the amount, the giver or the gerund of giving.
 */
class AidRecipientTest {

  /** The one act of giving (CAMEO 07x: aid, economic aid, supplies…); fails listing all events otherwise. */
  private static Event aid(List<Event> events) {
    List<Event> hits = events.stream().filter(e -> e.cameo().startsWith("07")).toList();
    assertEquals(1, hits.size(), Events.describe(events));
    return hits.get(0);
  }

  @Test
  void anAmountAfterOverReadAsAnAdverbIsWhatIsProvided() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Norway/NNP has/VBZ/have provided/VBN/provide over/IN $/$ 2/CD million/CD in/IN humanitarian/JJ"
            + " funding/NN to/IN Malawi/NNP ./.")
        .deps("nsubj(provided, Norway) aux(provided, has) advmod(provided, over) dep(over, $) nummod($, million)"
            + " compound(million, 2) nmod:in($, funding) case(funding, in) amod(funding, humanitarian)"
            + " nmod:to(funding, Malawi) case(Malawi, to)")
        .actor("Norway", "NOR").actor("Malawi", "MWI")
        .events();
    assertDyad(aid(events), "NOR", "MWI");
  }

  @Test
  void theReleaseOfAidAuthorizedByAStateGoesToTheRecipientNotTheGiversNationality() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Canada/NNP authorized/VBD/authorize the/DT release/NN of/IN $/$ 5/CD million/CD in/IN"
            + " Canadian/JJ aid/NN to/IN Haiti/NNP ./.")
        .deps("nsubj(authorized, Canada) obj(authorized, release) det(release, the) acl(release, of) dep(of, $)"
            + " nummod($, million) compound(million, 5) nmod:in($, aid) case(aid, in) amod(aid, Canadian)"
            + " nmod:to(aid, Haiti) case(Haiti, to)")
        .actor("Canada", "CAN").actor("Canadian", "CAN").actor("Haiti", "HTI")
        .events();
    assertDyad(aid(events), "CAN", "HTI");
  }

  @Test
  void theSubjectOfAClauseWithoutThatReadAsTheReportingVerbsObjectGivesTheAid() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT spokesman/NN announced/VBD/announce the/DT Danish/JJ government/NN had/VBD/have"
            + " sent/VBN/send aid/NN to/IN Tonga/NNP ./.")
        .deps("det(spokesman, The) nsubj(announced, spokesman) obj(announced, government) det(government, the)"
            + " amod(government, Danish) dep(announced, sent) aux(sent, had) obj(sent, aid) obl:to(sent, Tonga)"
            + " case(Tonga, to)")
        .actor("Danish government", "DNKGOV").actor("Tonga", "TON")
        .events();
    assertDyad(aid(events), "DNKGOV", "TON");
  }

  @Test
  void aGerundAfterByReadAsAnAdjectiveOfItsObjectIsTheActOfGiving() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Japan/NNP continues/VBZ/continue its/PRP$ efforts/NNS/effort by/IN donating/VBG/donate"
            + " vaccines/NNS/vaccine to/IN Laos/NNP ./.")
        .deps("nsubj(continues, Japan) obj(continues, efforts) nmod:poss(efforts, its) nmod:by(efforts, vaccines)"
            + " case(vaccines, by) amod(vaccines, donating) nmod:to(vaccines, Laos) case(Laos, to)")
        .actor("Japan", "JPN").actor("Laos", "LAO")
        .events();
    assertDyad(aid(events), "JPN", "LAO");
  }

  @Test
  void anArgumentARelativeClauseTookBelongsToTheGerundOfGiving() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peru/NNP is/VBZ/be considering/VBG/consider sending/VBG/send aid/NN to/IN its/PRP$"
            + " neighbour/NN Bolivia/NNP that/WDT suffered/VBD/suffer floods/NNS/flood ./.")
        .deps("nsubj(considering, Peru) aux(considering, is) acl(considering, sending) obj(sending, aid)"
            + " advcl(sending, suffered) case(neighbour, to) nmod:poss(neighbour, its) appos(neighbour, Bolivia)"
            + " obl:to(suffered, neighbour) nsubj(suffered, that) obj(suffered, floods)")
        .actor("Peru", "PER").actor("Bolivia", "BOL")
        .events();
    assertDyad(only(events, "014"), "PER", "BOL");
  }

  @Test
  void aidSentToHelpAPartyCopeGoesToThatParty() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP is/VBZ/be considering/VBG/consider sending/VBG/send aid/NN to/TO help/VB Peru/NNP"
            + " cope/VB with/IN the/DT drought/NN ./.")
        .deps("nsubj(considering, Chile) aux(considering, is) acl(considering, sending) obj(sending, aid)"
            + " xcomp(sending, help) mark(help, to) ccomp(help, cope) nsubj(cope, Peru) obl:with(cope, drought)"
            + " case(drought, with) det(drought, the)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "014"), "CHL", "PER");
  }

  @Test
  void fundsMobilisedForAPurposeInAPlaceGoToThatPlace() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT EU/NNP is/VBZ/be mobilising/VBG/mobilise funds/NNS/fund to/TO rebuild/VB schools/NNS/school"
            + " in/IN Chad/NNP ./.")
        .deps("det(EU, The) nsubj(mobilising, EU) aux(mobilising, is) obj(mobilising, funds) xcomp(mobilising, rebuild)"
            + " mark(rebuild, to) obj(rebuild, schools) obl:in(rebuild, Chad) case(Chad, in)")
        .actor("EU", "IGOEUREEC").place("Chad", "TCD")
        .events();
    assertDyad(aid(events), "IGOEUREEC", "TCD");
  }

  @Test
  void anOfferToSendSoldiersToDistributeFoodInAPlaceIsAimedAtThatPlace() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Kenya/NNP offered/VBD/offer to/TO send/VB soldiers/NNS/soldier to/TO distribute/VB food/NN"
            + " in/IN Sudan/NNP ./.")
        .deps("nsubj(offered, Kenya) xcomp(offered, send) mark(send, to) obj(send, soldiers) xcomp(send, distribute)"
            + " mark(distribute, to) obj(distribute, food) obl:in(distribute, Sudan) case(Sudan, in)")
        .actor("Kenya", "KEN").actor("soldiers", "MIL").place("Sudan", "SDN")
        .events();
    assertEquals("SDN", only(events, "030").target().code(), Events.describe(events));
  }

  @Test
  void aPurposeInTheGiversOwnCountryNamesNoRecipient() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peru/NNP mobilised/VBD/mobilise funds/NNS/fund to/TO rebuild/VB bridges/NNS/bridge in/IN"
            + " Lima/NNP ./.")
        .deps("nsubj(mobilised, Peru) obj(mobilised, funds) xcomp(mobilised, rebuild) mark(rebuild, to)"
            + " obj(rebuild, bridges) obl:in(rebuild, Lima) case(Lima, in)")
        .actor("Peru", "PER").place("Lima", "PER")
        .events();
    assertNull(aid(events).target(), Events.describe(events));
  }

  @Test
  void uncodedPeopleReachedInAPlaceAreThatPlacesCountry() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Ireland/NNP announced/VBD/announce $/$ 4/CD million/CD in/IN assistance/NN to/IN"
            + " families/NNS/family affected/VBN/affect by/IN floods/NNS/flood in/IN Malawi/NNP ./.")
        .deps("nsubj(announced, Ireland) obj(announced, $) nummod($, million) compound(million, 4)"
            + " nmod:in($, assistance) case(assistance, in) nmod:to(assistance, families) case(families, to)"
            + " acl(families, affected) obl:by(affected, floods) case(floods, by) obl:in(affected, Malawi)"
            + " case(Malawi, in)")
        .actor("Ireland", "IRL").place("Malawi", "MWI")
        .events();
    assertDyad(aid(events), "IRL", "MWI");
  }

  @Test
  void personnelAndSuppliesMadeAvailableAreNoRecipient() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Sweden/NNP made/VBD/make available/JJ doctors/NNS/doctor and/CC medicine/NN to/TO fight/VB"
            + " the/DT epidemic/NN in/IN Guinea/NNP ./.")
        .deps("nsubj(made, Sweden) obj(made, doctors) obj(made, medicine) amod(doctors, available)"
            + " conj:and(doctors, medicine) cc(medicine, and) xcomp(made, fight) mark(fight, to)"
            + " obj(fight, epidemic) det(epidemic, the) obl:in(fight, Guinea) case(Guinea, in)")
        .actor("Sweden", "SWE").place("Guinea", "GIN")
        .events();
    assertDyad(aid(events), "SWE", "GIN");
  }

  @Test
  void continuingAidIsGivingIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Japan/NNP continued/VBD/continue its/PRP$ aid/NN to/IN Laos/NNP ./.")
        .deps("nsubj(continued, Japan) obj(continued, aid) nmod:poss(aid, its)"
            + " nmod:to(aid, Laos) case(Laos, to)")
        .actor("Japan", "JPN").actor("Laos", "LAO")
        .events();
    assertDyad(aid(events), "JPN", "LAO");
  }

  @Test
  void anAnnouncedIncreaseInFundingIsGivingIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Norway/NNP announced/VBD/announce an/DT increase/NN in/IN funding/NN to/IN Malawi/NNP ./.")
        .deps("nsubj(announced, Norway) obj(announced, increase) det(increase, an) nmod:in(increase, funding)"
            + " case(funding, in) nmod:to(funding, Malawi) case(Malawi, to)")
        .actor("Norway", "NOR").actor("Malawi", "MWI")
        .events();
    assertDyad(aid(events), "NOR", "MWI");
  }

  @Test
  void aLoanGuaranteeIsAid() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Canada/NNP provided/VBD/provide a/DT loan/NN guarantee/NN to/IN Jordan/NNP ./.")
        .deps("nsubj(provided, Canada) obj(provided, guarantee) det(guarantee, a)"
            + " compound(guarantee, loan) nmod:to(guarantee, Jordan) case(Jordan, to)")
        .actor("Canada", "CAN").actor("Jordan", "JOR")
        .events();
    assertDyad(aid(events), "CAN", "JOR");
  }

  @Test
  void refugeesAcceptedStayTheTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Spain/NNP accepted/VBD/accept 200/CD Syrian/JJ refugees/NNS/refugee ./.")
        .deps("nsubj(accepted, Spain) obj(accepted, refugees) nummod(refugees, 200) amod(refugees, Syrian)")
        .actor("Spain", "ESP").actor("Syrian refugees", "SYRREF")
        .events();
    assertDyad(only(events, "075"), "ESP", "SYRREF");
  }
}
