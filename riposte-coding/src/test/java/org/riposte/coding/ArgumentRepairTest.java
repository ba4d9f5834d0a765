package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;
import org.riposte.api.Sentence;

/**
 * Objects the parser hides behind an adverbial or reads as a clause's subject ({@link ParseRepairs}), and where the
 * coder then finds an act's target.
 */
class ArgumentRepairTest {

  @Test
  void anObjectShiftedBehindATimeIsTheVerbsObject() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP denounced/VBD/denounce Monday/NNP Peru/NNP 's/POS crackdown/NN ./.")
        .deps("nsubj(denounced, Chile) obl:tmod(denounced, Monday) dep(Monday, crackdown) nmod:poss(crackdown, Peru)"
            + " case(Peru, 's)")
        .actor("Chile", "CHL").actor("Peru", "PER").timex("Monday", "2021-05-31")
        .events();
    assertDyad(only(events, "111"), "CHL", "PER");
  }

  @Test
  void anObjectShiftedBehindAnAsPhraseIsTheVerbsObject() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP denounced/VBD/denounce as/IN a/DT crime/NN Peru/NNP 's/POS crackdown/NN ./.")
        .deps("nsubj(denounced, Chile) obl:as(denounced, crime) case(crime, as) det(crime, a) dep(crime, crackdown)"
            + " nmod:poss(crackdown, Peru) case(Peru, 's)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "111"), "CHL", "PER");
  }

  @Test
  void aTimeReadAsTheSubjectOfAnInfinitiveGivesItBackToTheVerb() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP decided/VBD/decide on/IN Monday/NNP to/TO ease/VB/ease sanctions/NNS/sanction on/IN"
            + " Peru/NNP ./.")
        .deps("nsubj(decided, Chile) advcl:to(decided, ease) mark(ease, on) nsubj(ease, Monday) mark(ease, to)"
            + " obj(ease, sanctions) nmod:on(sanctions, Peru) case(Peru, on)")
        .actor("Chile", "CHL").actor("Peru", "PER").timex("Monday", "2021-05-31")
        .events();
    assertDyad(only(events, "085"), "CHL", "PER");
  }

  @Test
  void aDayIsNeverAnActor() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP called/VBD/call Peru/NNP on/IN Tuesday/NNP to/TO discuss/VB/discuss trade/NN ./.")
        .deps("nsubj(called, Chile) obj(called, Peru) obl:on(called, Tuesday) case(Tuesday, on)"
            + " acl:to(Tuesday, discuss) nsubj(discuss, Tuesday) mark(discuss, to) obj(discuss, trade)")
        .actor("Chile", "CHL").actor("Peru", "PER").timex("Tuesday", "2021-06-01")
        .events();
    for (Event e : events) {
      assertEquals(false, "Tuesday".equals(e.source().name()), "a day as source: " + Events.describe(events));
      assertEquals(false, e.target() != null && "Tuesday".equals(e.target().name()), Events.describe(events));
    }
  }

  @Test
  void aPlaceOrABracketedNameIsNoShiftedObject() {
    Sentence s = Fixture.published("2021-06-01")
        .sentence("Chile/NNP protested/VBD/protest in/IN Lima/NNP (/-LRB- capital/NN )/-RRB- Monday/NNP"
            + " (/-LRB- Peru/NNP )/-RRB- ./.")
        .deps("nsubj(protested, Chile) obl:in(protested, Lima) case(Lima, in) dep(Lima, capital)"
            + " obl:tmod(protested, Monday) dep(Monday, Peru)")
        .timex("Monday", "2021-05-31")
        .analysis().sentences().get(0);
    assertEquals(s.dependencies(), ParseRepairs.mended(s));
  }

  @Test
  void anObjectReadAsTheSubjectOfItsParticipleIsTheVerbsObject() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ police/NN prevented/VBD/prevent the/DT march/NN staged/VBN/stage by/IN"
            + " students/NNS/student ./.")
        .deps("amod(police, Chilean) nsubj(prevented, police) dep(prevented, staged) det(march, the)"
            + " nsubj(staged, march) obl:by(staged, students) case(students, by)")
        .actor("Chilean police", "CHLCOP").actor("students", "OPP")
        .events();
    assertDyad(only(events, "170"), "CHLCOP", "CHLOPP");
  }

  @Test
  void aByPhraseRightAfterTheObjectIsTheObjectsAgent() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP rejected/VBD/reject the/DT demands/NNS/demand by/IN Peru/NNP ./.")
        .deps("nsubj(rejected, Chile) obj(rejected, demands) det(demands, the) obl:by(rejected, Peru) case(Peru, by)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "120"), "CHL", "PER");
  }

  @Test
  void aPassiveKeepsItsAgent() {
    Sentence s = Fixture.published("2021-06-01")
        .sentence("demands/NNS/demand were/VBD/be rejected/VBN/reject by/IN Peru/NNP ./.")
        .deps("nsubj:pass(rejected, demands) aux:pass(rejected, were) obl:by(rejected, Peru) case(Peru, by)")
        .analysis().sentences().get(0);
    assertEquals(s.dependencies(), ParseRepairs.mended(s));
  }
}
