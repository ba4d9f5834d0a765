package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Which argument becomes the target when the predicate's object names no actor: what an attitude is about, the
 * callee of a phone call, the nouns of the act, a clause the act states, an organisation's presence in a country, and
 * failing all, an uncoded participant.
 */
class TargetArgumentsTest {

  @Test
  void anAttitudeIsAboutItsTopic() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP was/VBD/be skeptical/JJ about/IN the/DT Peruvian/JJ offer/NN ./.")
        .deps("nsubj(skeptical, Chile) cop(skeptical, was) obl:about(skeptical, offer) case(offer, about)"
            + " det(offer, the) amod(offer, Peruvian)")
        .actor("Chile", "CHL").actor("Peruvian", "PER")
        .events();
    assertDyad(only(events, "012"), "CHL", "PER");
  }

  @Test
  void whoeverPhonesSomeoneToDiscussDiscussesWithThem() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP called/VBD/call the/DT Peruvian/JJ minister/NN to/TO discuss/VB the/DT border/NN ./.")
        .deps("nsubj(called, Chile) obj(called, minister) det(minister, the) amod(minister, Peruvian)"
            + " xcomp(called, discuss) nsubj:xsubj(discuss, minister) mark(discuss, to) obj(discuss, border)"
            + " det(border, the)")
        .actor("Chile", "CHL").actor("Peruvian minister", "PERGOV")
        .events();
    assertDyad(only(events, "040"), "CHL", "PERGOV");
  }

  @Test
  void aParticipantThatIsNoActorIsAnUncodedTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP deported/VBD/deport a/DT convicted/JJ smuggler/NN ./.")
        .deps("nsubj(deported, Chile) obj(deported, smuggler) det(smuggler, a) amod(smuggler, convicted)")
        .actor("Chile", "CHL")
        .events();
    Event e = only(events, "174");
    assertNull(e.target().code(), Events.describe(events));
    assertTrue(e.target().name().contains("smuggler"), e.target().name());
  }

  @Test
  void theContentOfAnActIsNoTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP lifted/VBD/lift the/DT sanctions/NNS/sanction ./.")
        .deps("nsubj(lifted, Chile) obj(lifted, sanctions) det(sanctions, the)")
        .actor("Chile", "CHL")
        .events();
    assertNull(only(events, "085").target(), Events.describe(events));
  }

  @Test
  void theNounsOfAnActNameWhomItIsAimedAt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP provided/VBD/provide help/NN alongside/IN training/NN to/TO Peru/NNP ./.")
        .deps("nsubj(provided, Chile) obj(provided, help) obl:alongside(provided, training) case(training, alongside)"
            + " nmod:to(training, Peru) case(Peru, to)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "070"), "CHL", "PER");
  }

  @Test
  void protestersAimAtTheirOwnGovernment() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ students/NNS/student protested/VBD/protest against/IN the/DT Chilean/JJ government/NN ./.")
        .deps("nsubj(protested, students) amod(students, Chilean-0) obl:against(protested, government)"
            + " case(government, against) det(government, the) amod(government, Chilean-5)")
        .actor("Chilean students", "CHLEDU").actor("Chilean government", "CHLGOV")
        .events();
    assertDyad(only(events, "140"), "CHLEDU", "CHLGOV");
  }

  @Test
  void aStrikeIsAimedAtWhatItsPurposeClauseProtests() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ farmers/NNS/farmer began/VBD/begin a/DT hunger/NN strike/NN to/TO oppose/VB"
            + " the/DT Peruvian/JJ government/NN 's/POS decision/NN ./.")
        .deps("nsubj(began, farmers) amod(farmers, Chilean) obj(began, strike) det(strike, a) compound(strike, hunger)"
            + " advcl:to(began, oppose) mark(oppose, to) obj(oppose, decision) nmod:poss(decision, government)"
            + " det(government, the) amod(government, Peruvian) case(government, 's)")
        .actor("Chilean farmers", "CHLAGR").actor("Peruvian government", "PERGOV")
        .events();
    assertDyad(only(events, "142"), "CHLAGR", "PERGOV");
  }

  @Test
  void anOrganisationsMissionInACountryStandsForThatCountry() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP sent/VBD/send troops/NNS/troop to/TO the/DT UN/NNP mission/NN in/IN Haiti/NNP ./.")
        .deps("nsubj(sent, Chile) obj(sent, troops) obl:to(sent, mission) case(mission, to) det(mission, the)"
            + " compound(mission, UN) nmod:in(mission, Haiti) case(Haiti, in)")
        .actor("Chile", "CHL").actor("troops", "MIL").actor("UN mission", "IGOUNO").actor("Haiti", "HTI")
        .events();
    assertEquals("HTI", only(events, "150").target().code(), Events.describe(events));
  }

  @Test
  void aPossessiveOfTheObjectIsNotWhomTheActIsAimedAt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT Venezuelan/JJ government/NN closed/VBD/close Venezuela/NNP 's/POS border/NN with/IN"
            + " Colombia/NNP ./.")
        .deps("det(government, The) amod(government, Venezuelan) nsubj(closed, government) obj(closed, border)"
            + " nmod:poss(border, Venezuela) case(Venezuela, 's) nmod:with(border, Colombia) case(Colombia, with)")
        .actor("Venezuelan government", "VENGOV").actor("Venezuela", "VEN").actor("Colombia", "COL")
        .events();
    assertDyad(only(events, "191"), "VENGOV", "COL");
  }

  @Test
  void withNoOtherPartyTheObjectsPossessorOfTheSameCountryIsTheTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("President/NNP Ortiz/NNP defended/VBD/defend Chile/NNP 's/POS decision/NN ./.")
        .deps("compound(Ortiz, President) nsubj(defended, Ortiz) obj(defended, decision) nmod:poss(decision, Chile)"
            + " case(Chile, 's)")
        .person("President Ortiz", "CHLGOV").actor("Chile", "CHL")
        .events();
    assertDyad(only(events, "052"), "CHLGOV", "CHL");
  }

  @Test
  void anActWithoutActorTargetActsOnTheNamedPlaceItHappensIn() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP imposed/VBD/impose a/DT curfew/NN in/IN Santa/NNP Rosa/NNP ./.")
        .deps("nsubj(imposed, Chile) obj(imposed, curfew) det(curfew, a) obl:in(imposed, Rosa) case(Rosa, in)"
            + " compound(Rosa, Santa)")
        .actor("Chile", "CHL")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("17")).findFirst().orElseThrow();
    assertEquals("Santa Rosa", e.target().name(), Events.describe(events));
    assertNull(e.target().code());
  }

  @Test
  void theAuthorOfWhatIsCondemnedIsTheTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peru/NNP condemned/VBD/condemn the/DT remarks/NNS/remark made/VBN/make by/IN the/DT Chilean/JJ"
            + " government/NN ./.")
        .deps("nsubj(condemned, Peru) obj(condemned, remarks) det(remarks, the) acl(remarks, made)"
            + " obl:by(made, government) case(government, by) det(government, the) amod(government, Chilean)")
        .actor("Peru", "PER").actor("Chilean government", "CHLGOV")
        .events();
    assertDyad(only(events, "111"), "PER", "CHLGOV");
  }

  @Test
  void aDemandIsAddressedToTheSubjectOfItsThatClause() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP repeated/VBD/repeat its/PRP$ demand/NN that/IN Peru/NNP withdraw/VB ./.")
        .deps("nsubj(repeated, Chile) obj(repeated, demand) nmod:poss(demand, its) acl(demand, withdraw)"
            + " mark(withdraw, that) nsubj(withdraw, Peru)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.cameo().startsWith("10") && "CHL".equals(e.source().code())
        && e.target() != null && "PER".equals(e.target().code())), Events.describe(events));
  }

  @Test
  void aMediationEffortIsAimedAtThePartiesOfWhatItIsToResolve() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP launched/VBD/launch a/DT mediation/NN effort/NN to/TO resolve/VB the/DT rift/NN"
            + " between/IN Peru/NNP and/CC Bolivia/NNP ./.")
        .deps("nsubj(launched, Chile) obj(launched, effort) det(effort, a) compound(effort, mediation)"
            + " xcomp(launched, resolve) mark(resolve, to) obj(resolve, rift) det(rift, the)"
            + " nmod:between(rift, Peru) case(Peru, between) conj:and(Peru, Bolivia) cc(Bolivia, and)")
        .actor("Chile", "CHL").actor("Peru", "PER").actor("Bolivia", "BOL")
        .events();
    List<String> targets = events.stream().filter(e -> e.cameo().equals("045"))
        .map(e -> e.target() == null ? "-" : e.target().code()).toList();
    assertEquals(List.of("PER", "BOL"), targets, Events.describe(events));
  }

  @Test
  void aThreatIsAimedAtTheSubjectOfAConditionDeepInItsComplements() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP threatened/VBD/threaten to/TO stop/VB talks/NNS/talk to/TO cut/VB tariffs/NNS/tariff"
            + " if/IN Peru/NNP goes/VBZ/go ahead/RB ./.")
        .deps("nsubj(threatened, Chile) xcomp(threatened, stop) mark(stop, to) obj(stop, talks) xcomp(stop, cut)"
            + " mark(cut, to) obj(cut, tariffs) advcl:if(cut, goes) mark(goes, if) nsubj(goes, Peru)"
            + " advmod(goes, ahead)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.root().equals("13") && "PER".equals(e.target().code())),
        Events.describe(events));
  }

  @Test
  void anInsistenceOnADemandIsAddressedToTheSubjectOfItsThatClause() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP insisted/VBD/insist on/IN its/PRP$ demand/NN that/IN Peru/NNP withdraw/VB ./.")
        .deps("nsubj(insisted, Chile) obl:on(insisted, demand) case(demand, on) nmod:poss(demand, its)"
            + " acl(demand, withdraw) mark(withdraw, that) nsubj(withdraw, Peru)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.trigger().equals("insisted") && e.target() != null
        && "PER".equals(e.target().code())), Events.describe(events));
  }
}
