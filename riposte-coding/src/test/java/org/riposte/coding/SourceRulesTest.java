package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Where the source comes from when the predicate has no subject of its own: the author of a statement whose
 * participle says what it asks or charges, the subject of the verb governing a container noun ("a round of", "days
 * of", "went on"), and the subject of a copular adjective ("was responsible for", "is guilty of", "was skeptical").
 */
class SourceRulesTest {

  @Test
  void aStatementCallingOnSomeoneIsTheAuthorsAppeal() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP issued/VBD/issue a/DT statement/NN calling/VBG/call on/IN Peru/NNP to/TO show/VB"
            + " restraint/NN ./.")
        .deps("nsubj(issued, Chile) obj(issued, statement) det(statement, a) acl(statement, calling)"
            + " obl:on(calling, Peru) case(Peru, on) xcomp(calling, show) mark(show, to) obj(show, restraint)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    Event appeal = events.stream().filter(e -> e.root().equals("02")).findFirst()
        .orElseThrow(() -> new AssertionError("no appeal: " + Events.describe(events)));
    assertDyad(appeal, "CHL", "PER");
  }

  @Test
  void aStatementAccusingSomeoneIsTheAuthorsAccusation() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP released/VBD/release a/DT statement/NN accusing/VBG/accuse Peru/NNP of/IN"
            + " espionage/NN ./.")
        .deps("nsubj(released, Chile) obj(released, statement) det(statement, a) acl(statement, accusing)"
            + " obj(accusing, Peru) obl:of(accusing, espionage) case(espionage, of)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "1125"), "CHL", "PER");
  }

  @Test
  void anActorsOwnParticipleKeepsNoStatementAuthor() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP issued/VBD/issue a/DT report/NN about/IN officials/NNS/official accusing/VBG/accuse"
            + " Peru/NNP ./.")
        .deps("nsubj(issued, Chile) obj(issued, report) det(report, a) nmod:about(report, officials)"
            + " case(officials, about) acl(officials, accusing) obj(accusing, Peru)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("112") && e.source() != null
        && "CHL".equals(e.source().code())), "the officials accuse, not Chile: " + Events.describe(events));
  }

  @Test
  void aRoundOfTalksTakesTheSubjectOfTheVerbHoldingIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP held/VBD/hold a/DT new/JJ round/NN of/IN talks/NNS/talk with/IN Peru/NNP ./.")
        .deps("nsubj(held, Chile) obj(held, round) det(round, a) amod(round, new) nmod:of(round, talks)"
            + " case(talks, of) nmod:with(talks, Peru) case(Peru, with)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "040"), "CHL", "PER");
  }

  @Test
  void daysOfProtestsTakeTheSubjectOfTheVerbBeginningThem() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Bolivian/JJ miners/NNS/miner began/VBD/begin days/NNS/day of/IN protests/NNS/protest"
            + " against/IN Chile/NNP ./.")
        .deps("nsubj(began, miners) amod(miners, Bolivian) obj(began, days) nmod:of(days, protests)"
            + " case(protests, of) nmod:against(protests, Chile) case(Chile, against)")
        .actor("Bolivian miners", "BOLLAB").actor("Chile", "CHL")
        .events();
    assertDyad(only(events, "140"), "BOLLAB", "CHL");
  }

  @Test
  void goingOnStrikeTakesTheSubjectOfGo() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peruvian/JJ prisoners/NNS/prisoner went/VBD/go on/IN a/DT hunger/NN strike/NN ./.")
        .deps("nsubj(went, prisoners) amod(prisoners, Peruvian) obl:on(went, strike) case(strike, on)"
            + " det(strike, a) compound(strike, hunger)")
        .actor("Peruvian prisoners", "PERCRM")
        .events();
    assertEquals("PERCRM", only(events, "142").source().code());
  }

  @Test
  void responsibleForAnAttackMakesTheSubjectItsSource() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP was/VBD/be responsible/JJ for/IN the/DT attack/NN on/IN Peru/NNP ./.")
        .deps("nsubj(responsible, Chile) cop(responsible, was) obl:for(responsible, attack) case(attack, for)"
            + " det(attack, the) nmod:on(attack, Peru) case(Peru, on)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "190"), "CHL", "PER");
  }

  @Test
  void guiltyOfViolatingTheCeasefireMakesTheSubjectItsSource() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peru/NNP is/VBZ/be guilty/JJ of/IN violating/VBG/violate the/DT ceasefire/NN with/IN"
            + " Chile/NNP ./.")
        .deps("nsubj(guilty, Peru) cop(guilty, is) advcl:of(guilty, violating) mark(violating, of)"
            + " obj(violating, ceasefire) det(ceasefire, the) obl:with(violating, Chile) case(Chile, with)")
        .actor("Peru", "PER").actor("Chile", "CHL")
        .events();
    assertDyad(only(events, "196"), "PER", "CHL");
  }

  @Test
  void aCopularAdjectiveIsAPredicateOfItsSubject() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP is/VBZ/be opposed/JJ to/IN the/DT plan/NN of/IN Peru/NNP ./.")
        .deps("nsubj(opposed, Chile) cop(opposed, is) obl:to(opposed, plan) case(plan, to) det(plan, the)"
            + " nmod:of(plan, Peru) case(Peru, of)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertEquals("CHL", only(events, "120").source().code());
  }

  @Test
  void aSkepticalSubjectMakesAPessimisticComment() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP was/VBD/be skeptical/JJ about/IN Peru/NNP ./.")
        .deps("nsubj(skeptical, Chile) cop(skeptical, was) obl:about(skeptical, Peru) case(Peru, about)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertEquals("CHL", only(events, "012").source().code());
  }

  @Test
  void anAdjectiveWithoutCopulaIsNoPredicate() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Skeptical/JJ/skeptical Chilean/JJ officials/NNS/official met/VBD/meet Peru/NNP ./.")
        .deps("amod(officials, Skeptical) amod(officials, Chilean) nsubj(met, officials) obj(met, Peru)")
        .actor("Chilean officials", "CHLGOV").actor("Peru", "PER")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("012")), Events.describe(events));
  }

  @Test
  void aPassiveWithoutAgentOfAStateAdjectiveIsThatState() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP is/VBZ/be opposed/VBN/oppose to/IN the/DT plan/NN of/IN Peru/NNP ./.")
        .deps("nsubj:pass(opposed, Chile) aux:pass(opposed, is) obl:to(opposed, plan) case(plan, to) det(plan, the)"
            + " nmod:of(plan, Peru) case(Peru, of)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertEquals("CHL", only(events, "120").source().code());
    List<Event> agent = Fixture.published("2021-06-01")
        .sentence("Chile/NNP was/VBD/be opposed/VBN/oppose by/IN Peru/NNP ./.")
        .deps("nsubj:pass(opposed, Chile) aux:pass(opposed, was) obl:agent(opposed, Peru) case(Peru, by)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(only(agent, "120"), "PER", "CHL");
  }

  @Test
  void aPossessivePronounGivesWayToTheSubjectOfTheGoverningVerb() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peruvian/JJ prisoners/NNS/prisoner continued/VBD/continue their/PRP$ hunger/NN strike/NN ./.")
        .deps("nsubj(continued, prisoners) amod(prisoners, Peruvian) obj(continued, strike) nmod:poss(strike, their)"
            + " compound(strike, hunger)")
        .actor("Peruvian prisoners", "PERCRM")
        .events();
    assertEquals("PERCRM", only(events, "142").source().code());
  }

  @Test
  void beingEngagedInAnActMakesTheSubjectItsSource() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ troops/NNS/troop were/VBD/be engaged/VBN/engage in/IN attacks/NNS/attack on/IN"
            + " Peru/NNP ./.")
        .deps("nsubj:pass(engaged, troops) amod(troops, Chilean) aux:pass(engaged, were) obl:in(engaged, attacks)"
            + " case(attacks, in) nmod:on(attacks, Peru) case(Peru, on)")
        .actor("Chilean troops", "CHLMIL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "190"), "CHLMIL", "PER");
  }

  @Test
  void beingEngagedInAnActTheVerbNamesMakesTheSubjectItsSource() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ troops/NNS/troop were/VBD/be engaged/VBN/engage in/IN ethnic/JJ cleansing/NN ./.")
        .deps("nsubj:pass(engaged, troops) amod(troops, Chilean) aux:pass(engaged, were) obl:in(engaged, cleansing)"
            + " case(cleansing, in) amod(cleansing, ethnic)")
        .actor("Chilean troops", "CHLMIL")
        .events();
    assertEquals("CHLMIL", only(events, "203").source().code());
  }

  @Test
  void theOwnerOfAContainerNounIsTheSourceOfTheEventsInIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP 's/POS new/JJ wave/NN of/IN attacks/NNS/attack on/IN Peru/NNP ended/VBD/end ./.")
        .deps("nmod:poss(wave, Chile) case(Chile, 's) amod(wave, new) nsubj(ended, wave) nmod:of(wave, attacks)"
            + " case(attacks, of) nmod:on(attacks, Peru) case(Peru, on)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "190"), "CHL", "PER");
  }
}
