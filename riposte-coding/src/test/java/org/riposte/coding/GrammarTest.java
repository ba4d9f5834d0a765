package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;
import org.riposte.api.Status;

/** Who did what to whom: subjects, objects, passives, coordination, complements, nominal events, object classes. */
class GrammarTest {

  @Test
  void activeSubjectVerbObject() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Poland/NNP expelled/VBD/expel three/CD Russian/JJ diplomats/NNS/diplomat ./.")
        .deps("nsubj(expelled, Poland) obj(expelled, diplomats) nummod(diplomats, three) amod(diplomats, Russian)")
        .actor("Poland", "POL").actor("Russian diplomats", "RUSDIP")
        .events();
    Event e = only(events, "161");
    assertDyad(e, "POL", "RUSDIP");
    assertEquals("16", e.root());
    assertEquals("SANCTION", e.plover());
    assertEquals(4, e.quadClass());
    assertEquals(-4.0, e.goldstein());
    assertEquals("expelled", e.trigger());
    assertEquals(Status.ASSERTED, e.status());
  }

  @Test
  void passiveTakesItsAgentAsSource() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Two/CD Lithuanian/JJ journalists/NNS/journalist were/VBD/be detained/VBN/detain by/IN"
            + " Belarusian/JJ police/NN ./.")
        .deps("nsubj:pass(detained, journalists) nummod(journalists, Two) amod(journalists, Lithuanian)"
            + " aux:pass(detained, were) obl:agent(detained, police) case(police, by) amod(police, Belarusian)")
        .actor("Lithuanian journalists", "LTUMED").actor("Belarusian police", "BLRCOP")
        .events();
    assertDyad(only(events, "173"), "BLRCOP", "LTUMED");
  }

  @Test
  void coordinatedSubjectsGiveAnEventEach() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Latvia/NNP and/CC Estonia/NNP criticised/VBD/criticise Belarus/NNP ./.")
        .deps("nsubj(criticised, Latvia) nsubj(criticised, Estonia) conj:and(Latvia, Estonia) cc(Estonia, and)"
            + " obj(criticised, Belarus)")
        .actor("Latvia", "LVA").actor("Estonia", "EST").actor("Belarus", "BLR")
        .events();
    assertEquals(Set.of("LVA->BLR", "EST->BLR"), dyads(events, "111"));
  }

  @Test
  void anAgreementToActIsThatActPlannedNotCooperationWithItsTarget() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Norway/NNP and/CC Sweden/NNP agreed/VBD/agree to/TO remove/VB/remove Iranian/JJ banks/NNS/bank"
            + " from/IN SWIFT/NNP ./.")
        .deps("nsubj(agreed, Norway) cc(Sweden, and) conj:and(Norway, Sweden) nsubj(agreed, Sweden)"
            + " xcomp(agreed, remove) mark(remove, to) obj(remove, banks) amod(banks, Iranian)"
            + " obl:from(remove, SWIFT) case(SWIFT, from)")
        .actor("Norway", "NOR").actor("Sweden", "SWE").actor("Iranian banks", "IRNBUS")
        .events();
    assertEquals(2, events.size(), Events.describe(events));
    for (Event e : events) {
      assertEquals("163", e.cameo(), "no 030 agreement towards the banks: " + Events.describe(events));
      assertEquals("IRNBUS", e.target().code());
      assertEquals(Status.PLANNED, e.status());
    }
  }

  @Test
  void aBanOnDealingsTargetsWhomTheDealingsAreWith() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Canada/NNP barred/VBD/bar its/PRP$ citizens/NNS/citizen from/IN dealings/NNS/dealings with/IN"
            + " the/DT Iranian/JJ central/JJ bank/NN ./.")
        .deps("nsubj(barred, Canada) obj(barred, citizens) nmod:poss(citizens, its) obl:from(barred, dealings)"
            + " case(dealings, from) nmod:with(dealings, bank) case(bank, with) det(bank, the) amod(bank, Iranian)"
            + " amod(bank, central)")
        .actor("Canada", "CAN").actor("its citizens", "CANCVL").actor("Iranian central bank", "IRNBUS")
        .sentence("The/DT EU/NNP adopted/VBD/adopt a/DT ban/NN on/IN transactions/NNS/transaction with/IN"
            + " the/DT bank/NN ./.")
        .deps("nsubj(adopted, EU) det(EU, The) obj(adopted, ban) det(ban, a) nmod:on(ban, transactions)"
            + " case(transactions, on) nmod:with(transactions, bank) case(bank, with) det(bank, the)")
        .actor("EU", "IGOEUREEC").actor("bank", "IRNBUS")
        .events();
    assertEquals(2, events.size(), Events.describe(events));
    assertDyad(events.get(0), "CAN", "IRNBUS");
    assertEquals("163", events.get(0).cameo());
    assertDyad(events.get(1), "IGOEUREEC", "IRNBUS");
    assertEquals("163", events.get(1).cameo());
    assertEquals(java.time.LocalDate.of(2022, 3, 1), events.get(1).date().firstDay(), "dated by its light verb");
  }

  @Test
  void callOnReadByTheParserAsTheMarkOfAnAdverbialClause() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Norway/NNP called/VBD/call on/IN Sweden/NNP to/TO end/VB/end the/DT talks/NNS/talk ./.")
        .deps("nsubj(called, Norway) advcl:to(called, end) mark(end, on) nsubj(end, Sweden) mark(end, to)"
            + " obj(end, talks) det(talks, the)")
        .actor("Norway", "NOR").actor("Sweden", "SWE")
        .events();
    assertDyad(only(events, "020"), "NOR", "SWE");
  }

  @Test
  void aMoveWithItsOwnObjectIsNoCommitmentThatStandsAside() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Armenia/NNP moved/VBD/move tanks/NNS/tank to/IN the/DT border/NN to/TO attack/VB/attack"
            + " Azerbaijan/NNP ./.")
        .deps("nsubj(moved, Armenia) obj(moved, tanks) obl:to(moved, border) case(border, to-3) det(border, the)"
            + " advcl:to(moved, attack) mark(attack, to-6) obj(attack, Azerbaijan)")
        .actor("Armenia", "ARM").actor("Azerbaijan", "AZE")
        .events();
    assertEquals("ARM", only(events, "150").source().code(), Events.describe(events));
  }

  @Test
  void anAgreementWhoseComplementIsNoEventStaysAnAgreement() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Norway/NNP and/CC Sweden/NNP agreed/VBD/agree to/TO work/VB/work together/RB ./.")
        .deps("nsubj(agreed, Norway) cc(Sweden, and) conj:and(Norway, Sweden) nsubj(agreed, Sweden)"
            + " xcomp(agreed, work) mark(work, to) advmod(work, together)")
        .actor("Norway", "NOR").actor("Sweden", "SWE")
        .events();
    assertEquals(2, events.size(), Events.describe(events));
    for (Event e : events) assertEquals("030", e.cameo());
  }

  @Test
  void coordinatedVerbsShareSubjectAndObject() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Hungary/NNP hosted/VBD/host and/CC praised/VBD/praise the/DT Serbian/JJ president/NN ./.")
        .deps("nsubj(hosted, Hungary) nsubj(praised, Hungary) conj:and(hosted, praised) cc(praised, and)"
            + " obj(hosted, president) det(president, the) amod(president, Serbian)")
        .actor("Hungary", "HUN").actor("Serbian president", "SRBGOV")
        .events();
    assertDyad(only(events, "043"), "HUN", "SRBGOV");
    assertDyad(only(events, "051"), "HUN", "SRBGOV");
  }

  @Test
  void reportedClauseResolvesItsPronounsToTheReporter() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Armenia/NNP announced/VBD/announce it/PRP was/VBD/be closing/VBG/close its/PRP$ embassy/NN"
            + " in/IN Baku/NNP ./.")
        .deps("nsubj(announced, Armenia) ccomp(announced, closing) nsubj(closing, it) aux(closing, was)"
            + " obj(closing, embassy) nmod:poss(embassy, its) nmod:in(embassy, Baku) case(Baku, in)")
        .actor("Armenia", "ARM").place("Baku", "AZEGOV")
        .events();
    Event e = only(events, "161");
    assertDyad(e, "ARM", "AZEGOV");
    assertEquals(Status.ASSERTED, e.status(), "a party announcing its own act makes no claim");
    assertEquals("2021-10-20", e.date().value());
  }

  @Test
  void pronounSubjectFallsBackToThePreviousSentence() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Norway/NNP protested/VBD/protest ./.")
        .deps("nsubj(protested, Norway)")
        .actor("Norway", "NOR")
        .sentence("It/PRP/it recalled/VBD/recall its/PRP$ ambassador/NN from/IN Minsk/NNP ./.")
        .deps("nsubj(recalled, It) obj(recalled, ambassador) nmod:poss(ambassador, its) obl:from(recalled, Minsk)"
            + " case(Minsk, from)")
        .place("Minsk", "BLRGOV")
        .events();
    assertDyad(only(events, "161"), "NOR", "BLRGOV");
  }

  @Test
  void relativeClauseActsForItsNoun() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Estonia/NNP ,/, which/WDT expelled/VBD/expel two/CD Russian/JJ diplomats/NNS/diplomat ,/,"
            + " summoned/VBD/summon the/DT Belarusian/JJ ambassador/NN ./.")
        .deps("nsubj(summoned, Estonia) ref(Estonia, which) acl:relcl(Estonia, expelled) nsubj(expelled, Estonia)"
            + " obj(expelled, diplomats) nummod(diplomats, two) amod(diplomats, Russian) obj(summoned, ambassador)"
            + " det(ambassador, the) amod(ambassador, Belarusian)")
        .actor("Estonia", "EST").actor("Russian diplomats", "RUSDIP").actor("Belarusian ambassador", "BLRDIP")
        .events();
    assertDyad(only(events, "161"), "EST", "RUSDIP");
    assertDyad(only(events, "114"), "EST", "BLRDIP");
  }

  @Test
  void nominalEventTakesPossessorAsSourceAndOfAsTarget() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Finland/NNP 's/POS expulsion/NN of/IN two/CD Russian/JJ diplomats/NNS/diplomat angered/VBD/anger"
            + " Moscow/NNP ./.")
        .deps("nmod:poss(expulsion, Finland) case(Finland, 's) nmod:of(expulsion, diplomats) case(diplomats, of)"
            + " nummod(diplomats, two) amod(diplomats, Russian) nsubj(angered, expulsion) obj(angered, Moscow)")
        .actor("Finland", "FIN").actor("Russian diplomats", "RUSDIP").place("Moscow", "RUSGOV")
        .events();
    Event e = only(events, "161");
    assertDyad(e, "FIN", "RUSDIP");
    assertEquals("expulsion", e.trigger());
    assertTrue(!e.date().isKnown(), "a nominal event without a time expression has no date of its own");
  }

  @Test
  void aPlanNounsOwnerActsThroughTheInfinitiveTheParserHungOnTheVerb() throws Exception {
    // the parser's reading of "regretted Moldova's decision to expel": xcomp of "regretted", xsubj "decision"
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Romania/NNP regretted/VBD/regret Moldova/NNP 's/POS decision/NN to/TO expel/VB two/CD"
            + " Romanian/JJ diplomats/NNS/diplomat ./.")
        .deps("nsubj(regretted, Romania) obj(regretted, decision) nmod:poss(decision, Moldova) case(Moldova, 's)"
            + " xcomp(regretted, expel) nsubj:xsubj(expel, decision) mark(expel, to) obj(expel, diplomats)"
            + " nummod(diplomats, two) amod(diplomats, Romanian)")
        .actor("Romania", "ROU").actor("Moldova", "MDA").actor("Romanian diplomats", "ROUDIP")
        .events();
    assertDyad(only(events, "161"), "MDA", "ROUDIP");
  }

  @Test
  void aTimeIsNoArgumentOfThePreposition() throws Exception {
    // "on Tuesday" is no "call on" target; "on Chile" after it is (an appeal to talk: 026)
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Peru/NNP on/IN Tuesday/NNP called/VBD/call on/IN Chile/NNP to/TO talk/VB ./.")
        .deps("nsubj(called, Peru) obl:on(called, Tuesday) case(Tuesday, on) obl:on(called, Chile) case(Chile, on)"
            + " xcomp(called, talk) mark(talk, to)")
        .actor("Peru", "PER").actor("Chile", "CHL").timex("Tuesday", "2021-10-19")
        .events();
    Event e = only(events, "026");
    assertDyad(e, "PER", "CHL");
    assertEquals("2021-10-19", e.date().value());
  }

  @Test
  void objectClassChoosesTheCode() throws Exception {
    List<Event> diplomats = expelled("diplomats", "diplomat");
    List<Event> migrants = expelled("migrants", "migrant");
    assertDyad(only(diplomats, "161"), "LTU", "IRQ");
    assertDyad(only(migrants, "174"), "LTU", "IRQ");
  }

  private static List<Event> expelled(String word, String lemma) throws Exception {
    return Fixture.published("2021-10-20")
        .sentence("Lithuania/NNP expelled/VBD/expel the/DT Iraqi/JJ " + word + "/NNS/" + lemma + " ./.")
        .deps("nsubj(expelled, Lithuania) obj(expelled, " + word + ") det(" + word + ", the) amod(" + word
            + ", Iraqi)")
        .actor("Lithuania", "LTU").actor("Iraqi", "IRQ")
        .events();
  }

  @Test
  void aLocationTakesItsCountryFromTheDictionaryEvenWhereTheCityStandsForAnOrganisation() throws Exception {
    List<Event> events = Fixture.published("2022-01-10")
        .sentence("Norway/NNP met/VBD/meet Sweden/NNP in/IN Geneva/NNP ./.")
        .deps("nsubj(met, Norway) obj(met, Sweden) obl:in(met, Geneva) case(Geneva, in)")
        .actor("Norway", "NOR").actor("Sweden", "SWE").ner("Geneva", "LOCATION")
        .sentence("Norway/NNP met/VBD/meet Sweden/NNP in/IN Brussels/NNP ./.")
        .deps("nsubj(met, Norway) obj(met, Sweden) obl:in(met, Brussels) case(Brussels, in)")
        .actor("Norway", "NOR").actor("Sweden", "SWE").place("Brussels", "IGOWSTNAT")
        .events();
    List<Event> meetings = events.stream().filter(e -> e.source().code().equals("NOR")).toList();
    assertEquals(2, meetings.size(), Events.describe(events));
    assertEquals("Geneva", meetings.get(0).location().name());
    assertEquals("CHE", meetings.get(0).location().country());
    assertEquals("Brussels", meetings.get(1).location().name());
    assertEquals("BEL", meetings.get(1).location().country(), "NATO's seat lies in Belgium");
  }

  @Test
  void aCityTheActorStageLeftAloneStandsForItsCountrysPeople() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Armenian/JJ forces/NNS/force shelled/VBD/shell Ganja/NNP ./.")
        .deps("nsubj(shelled, forces) amod(forces, Armenian) obj(shelled, Ganja)")
        .actor("Armenian forces", "ARMMIL").ner("Ganja", "LOCATION")
        .events();
    Event e = only(events, "194");
    assertDyad(e, "ARMMIL", "AZECVL");  // a town shelled: its people, as CAMEO codes it
    assertEquals("Ganja", e.target().name());
    assertEquals("Ganja", e.location().name());
    assertEquals("AZE", e.location().country());
  }

  @Test
  void coordinatedAdjectivesOnOneNounAreOneActorEach() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Norwegian/JJ and/CC Swedish/JJ delegations/NNS/delegation met/VBD/meet ./.")
        .deps("amod(delegations, Norwegian) cc(Swedish, and) conj:and(Norwegian, Swedish) amod(delegations, Swedish)"
            + " nsubj(met, delegations)")
        .actor("Norwegian", "NORDIP").actor("Swedish delegations", "SWEDIP")
        .events();
    assertEquals(Set.of("NORDIP->SWEDIP", "SWEDIP->NORDIP"), dyads(events, "040"));
  }

  @Test
  void visitToAPlaceGivesTargetAndLocation() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT Austrian/JJ chancellor/NN visited/VBD/visit Kyiv/NNP ./.")
        .deps("nsubj(visited, chancellor) det(chancellor, The) amod(chancellor, Austrian) obj(visited, Kyiv)")
        .actor("Austrian chancellor", "AUTGOV").place("Kyiv", "UKRGOV")
        .events();
    Event e = only(events, "042");
    assertDyad(e, "AUTGOV", "UKRGOV");
    assertNotNull(e.location());
    assertEquals("Kyiv", e.location().name());
    assertEquals("UKR", e.location().country());
  }

  @Test
  void ownForcesAreNoTargetButThePlaceNearWhichTheyMassIs() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Armenia/NNP massed/VBD/mass troops/NNS/troop near/IN its/PRP$ border/NN with/IN Azerbaijan/NNP ./.")
        .deps("nsubj(massed, Armenia) obj(massed, troops) nmod:near(troops, border) case(border, near)"
            + " nmod:poss(border, its) nmod:with(border, Azerbaijan) case(Azerbaijan, with)")
        .actor("Armenia", "ARM").actor("troops", "MIL").actor("Azerbaijan", "AZE")
        .events();
    assertDyad(only(events, "154"), "ARM", "AZE");
  }

  @Test
  void anArgumentWithoutMentionKeepsItsTextButNeedsACodedSide() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Protesters/NNS/protester attacked/VBD/attack the/DT Chilean/JJ embassy/NN ./.")
        .deps("nsubj(attacked, Protesters) obj(attacked, embassy) det(embassy, the) amod(embassy, Chilean)")
        .actor("Chilean", "CHL")
        .events();
    Event e = only(events, "190");
    assertNull(e.source().code());
    assertEquals("Protesters", e.source().name());
    assertEquals("CHL", e.target().code());

    List<Event> none = Fixture.published("2021-10-20")
        .sentence("Protesters/NNS/protester attacked/VBD/attack the/DT building/NN ./.")
        .deps("nsubj(attacked, Protesters) obj(attacked, building) det(building, the)")
        .events();
    assertTrue(none.isEmpty(), "no coded actor or named entity on either side: " + Events.describe(none));
  }

  @Test
  void threatWithoutTargetTakesItFromTheContext() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Kosovo/NNP may/MD join/VB/join NATO/NNP ,/, and/CC Serbia/NNP warned/VBD/warn that/IN such/JJ"
            + " a/DT move/NN would/MD have/VB consequences/NNS/consequence ./.")
        .deps("nsubj(join, Kosovo) aux(join, may) obj(join, NATO) conj:and(join, warned) cc(warned, and)"
            + " nsubj(warned, Serbia) ccomp(warned, have) mark(have, that) nsubj(have, move) amod(move, such)"
            + " det(move, a) aux(have, would) obj(have, consequences)")
        .actor("Kosovo", "XKX").actor("NATO", "IGOWSTNAT").actor("Serbia", "SRB")
        .events();
    assertDyad(only(events, "130"), "SRB", "XKX");
  }

  private static Set<String> dyads(List<Event> events, String cameo) {
    return events.stream().filter(e -> e.cameo().equals(cameo))
        .map(e -> e.source().code() + "->" + (e.target() == null ? "-" : e.target().code()))
        .collect(Collectors.toSet());
  }
}
