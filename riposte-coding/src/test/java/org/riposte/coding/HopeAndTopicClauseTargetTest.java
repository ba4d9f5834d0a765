package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Whom a statement or attitude is about when a clause names it: the party a speaker says they hope or expect will
 * act, the subject (else the object) of an about-clause, and the subject of an attitude's that-clause.
 */
class HopeAndTopicClauseTargetTest {

  @Test
  void aStatementThatTheSpeakerHopesAPartyWillActIsAboutThatParty() throws Exception {
    List<Event> events = QuoteStageTest.run(Fixture.published("2022-03-02")
        .sentence("Norwegian/JJ diplomats/NNS/diplomat said/VBD/say they/PRP hoped/VBD/hope that/IN Chile/NNP"
            + " would/MD sign/VB the/DT treaty/NN ./.")
        .deps("amod(diplomats, Norwegian) nsubj(said, diplomats) ccomp(said, hoped) nsubj(hoped, they)"
            + " ccomp(hoped, sign) mark(sign, that) nsubj(sign, Chile) aux(sign, would) obj(sign, treaty)"
            + " det(treaty, the)")
        .actor("Norwegian diplomats", "NORGOV").actor("Chile", "CHL"), QuoteStage.defaultStage()).events();
    assertDyad(only(events, "010"), "NORGOV", "CHL");
  }

  @Test
  void thePartyExpectedToActIsNamedByItsNounPhraseWhenUncoded() throws Exception {
    List<Event> events = QuoteStageTest.run(Fixture.published("2022-03-02")
        .sentence("The/DT Danish/JJ ministry/NN said/VBD/say it/PRP expects/VBZ/expect most/JJS farmers/NNS/farmer"
            + " will/MD accept/VB the/DT plan/NN ./.")
        .deps("det(ministry, The) amod(ministry, Danish) nsubj(said, ministry) ccomp(said, expects)"
            + " nsubj(expects, it) ccomp(expects, accept) nsubj(accept, farmers) amod(farmers, most)"
            + " aux(accept, will) obj(accept, plan) det(plan, the)")
        .actor("Danish ministry", "DNKGOV"), QuoteStage.defaultStage()).events();
    Event e = only(events, "010");
    assertEquals("most farmers", e.target() == null ? null : e.target().name(), Events.describe(events));
  }

  @Test
  void aHopeOfAnotherSpeakerIsNoTargetOfTheStatement() throws Exception {
    // the one who hopes is not the speaker: what Peru hopes is reported, not the speaker's own hope for Chile
    List<Event> events = QuoteStageTest.run(Fixture.published("2022-03-02")
        .sentence("Norwegian/JJ diplomats/NNS/diplomat said/VBD/say Peru/NNP hoped/VBD/hope that/IN Chile/NNP"
            + " would/MD sign/VB ./.")
        .deps("amod(diplomats, Norwegian) nsubj(said, diplomats) ccomp(said, hoped) nsubj(hoped, Peru)"
            + " ccomp(hoped, sign) mark(sign, that) nsubj(sign, Chile) aux(sign, would)")
        .actor("Norwegian diplomats", "NORGOV").actor("Peru", "PER").actor("Chile", "CHL"),
        QuoteStage.defaultStage()).events();
    events.stream().filter(e -> e.cameo().equals("010"))
        .forEach(e -> assertEquals(null, e.target() == null ? null : e.target().code(), Events.describe(events)));
  }

  @Test
  void pessimismAboutBringingADisputeToAnEndIsAboutTheDisputesParty() throws Exception {
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Peru/NNP expressed/VBD/express pessimism/NN about/IN bringing/VBG/bring the/DT Chilean/JJ"
            + " dispute/NN to/IN an/DT end/NN ./.")
        .deps("nsubj(expressed, Peru) obj(expressed, pessimism) acl:about(pessimism, bringing) case(bringing, about)"
            + " obj(bringing, dispute) det(dispute, the) amod(dispute, Chilean) obl:to(bringing, end)"
            + " case(end, to) det(end, an)")
        .actor("Peru", "PER").actor("Chilean", "CHL")
        .events();
    assertDyad(only(events, "012"), "PER", "CHL");
  }

  @Test
  void skepticismAboutAPartyBeingAbleToActIsAboutThatParty() throws Exception {
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Chile/NNP is/VBZ/be skeptical/JJ about/IN the/DT Bolivian/JJ ministry/NN being/VBG/be able/JJ"
            + " to/TO pay/VB ./.")
        .deps("nsubj(skeptical, Chile) cop(skeptical, is) advcl:about(skeptical, able) mark(able, about)"
            + " nsubj(able, ministry) det(ministry, the) amod(ministry, Bolivian) cop(able, being)"
            + " xcomp(able, pay) mark(pay, to)")
        .actor("Chile", "CHL").actor("Bolivian ministry", "BOLGOV")
        .events();
    assertDyad(only(events, "012"), "CHL", "BOLGOV");
  }

  @Test
  void skepticismThatSomethingWillWorkIsAboutThatThing() throws Exception {
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Norway/NNP is/VBZ/be skeptical/JJ the/DT reform/NN would/MD pass/VB ./.")
        .deps("nsubj(skeptical, Norway) cop(skeptical, is) ccomp(skeptical, pass) nsubj(pass, reform)"
            + " det(reform, the) aux(pass, would)")
        .actor("Norway", "NOR")
        .events();
    Event e = only(events, "012");
    assertEquals("the reform", e.target() == null ? null : e.target().name(), Events.describe(events));
  }

  @Test
  void optimismThatAPartysPlanCouldBeSpedUpIsAboutThatParty() throws Exception {
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Peru/NNP expressed/VBD/express optimism/NN that/IN Chile/NNP 's/POS plan/NN could/MD be/VB"
            + " accelerated/VBN/accelerate ./.")
        .deps("nsubj(expressed, Peru) obj(expressed, optimism) ccomp(expressed, accelerated) mark(accelerated, that)"
            + " nsubj:pass(accelerated, plan) nmod:poss(plan, Chile) case(Chile, 's) aux(accelerated, could)"
            + " aux:pass(accelerated, be)")
        .actor("Peru", "PER").actor("Chile", "CHL")
        .events();
    assertDyad(only(events, "013"), "PER", "CHL");
  }

  @Test
  void aReportThatAnotherPartyConveyedConcernsIsAboutThatParty() throws Exception {
    List<Event> events = QuoteStageTest.run(Fixture.published("2022-03-02")
        .sentence("A/DT Danish/JJ spokesman/NN said/VBD/say the/DT Swedish/JJ embassy/NN had/VBD/have conveyed/VBN/convey"
            + " concerns/NNS/concern about/IN the/DT delay/NN ./.")
        .deps("det(spokesman, A) amod(spokesman, Danish) nsubj(said, spokesman) ccomp(said, conveyed)"
            + " nsubj(conveyed, embassy) det(embassy, the) amod(embassy, Swedish) aux(conveyed, had)"
            + " obj(conveyed, concerns) nmod:about(concerns, delay) case(delay, about) det(delay, the)")
        .actor("Danish spokesman", "DNKGOV").actor("Swedish embassy", "SWEDIP"), QuoteStage.defaultStage()).events();
    assertDyad(only(events, "010"), "DNKGOV", "SWEDIP");
  }

  @Test
  void aReportOfAnotherPartysPlainActKeepsNoTarget() throws Exception {
    // what Sweden did is no statement of its own: the report names no one it is addressed to
    List<Event> events = QuoteStageTest.run(Fixture.published("2022-03-02")
        .sentence("A/DT Danish/JJ spokesman/NN said/VBD/say Sweden/NNP had/VBD/have finished/VBN/finish the/DT"
            + " bridge/NN ./.")
        .deps("det(spokesman, A) amod(spokesman, Danish) nsubj(said, spokesman) ccomp(said, finished)"
            + " nsubj(finished, Sweden) aux(finished, had) obj(finished, bridge) det(bridge, the)")
        .actor("Danish spokesman", "DNKGOV").actor("Sweden", "SWE"), QuoteStage.defaultStage()).events();
    assertDyad(only(events, "010"), "DNKGOV", null);
  }
}
