package org.riposte.coding;

import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Whom statements, attitudes and intentions are aimed at when the sentence names the party only inside what is said
 * or felt: the owner of the thing an attitude is about, the one a call is for.
 */
class StatementTargetTest {

  @Test
  void anAttitudeAboutAPartysFutureIsAboutTheParty() throws Exception {
    // "future" is a word of time, but owned by Iceland it is no time of the act
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Norway/NNP expressed/VBD/express concern/NN Monday/NNP over/IN Iceland/NNP 's/POS future/NN ./.")
        .deps("nsubj(expressed, Norway) obj(expressed, concern) obl:tmod(expressed, Monday)"
            + " obl:over(expressed, future) case(future, over) nmod:poss(future, Iceland) case(Iceland, 's)")
        .timex("Monday", "XXXX-WXX-1").timex("future", "FUTURE_REF")
        .actor("Norway", "NOR").actor("Iceland", "ISL")
        .events();
    assertDyad(only(events, "012"), "NOR", "ISL");
  }

  @Test
  void aCallOnADayForAPartyToActIsAnAppealToIt() throws Exception {
    // the parser reads "for Sweden to reopen" as a clause marked by "for", after the day of the call
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Denmark/NNP called/VBD/call on/IN Friday/NNP for/IN Sweden/NNP to/TO reopen/VB the/DT border/NN ./.")
        .deps("nsubj(called, Denmark) obl:on(called, Friday) case(Friday, on) advcl:to(called, reopen)"
            + " mark(reopen, for) nsubj(reopen, Sweden) mark(reopen, to) obj(reopen, border) det(border, the)")
        .timex("Friday", "XXXX-WXX-5")
        .actor("Denmark", "DNK").actor("Sweden", "SWE")
        .events();
    Event call = events.stream().filter(e -> e.root().equals("02")).findFirst()
        .orElseThrow(() -> new AssertionError(Events.describe(events)));
    assertDyad(call, "DNK", "SWE");
  }

  @Test
  void aDemandThatAPartysPlightMustEndIsAboutThatParty() throws Exception {
    List<Event> events = QuoteStageTest.run(Fixture.published("2022-03-02")
        .sentence("Anna/NNP Berg/NNP said/VBD/say the/DT persecution/NN of/IN Belarusian/JJ students/NNS/student"
            + " must/MD end/VB ./.")
        .deps("nsubj(said, Berg) compound(Berg, Anna) ccomp(said, end) nsubj(end, persecution) det(persecution, the)"
            + " nmod:of(persecution, students) case(students, of) amod(students, Belarusian) aux(end, must)")
        .person("Anna Berg", "NORGOV").actor("Belarusian students", "BLREDU"), QuoteStage.defaultStage()).events();
    assertDyad(only(events, "100"), "NORGOV", "BLREDU");
  }

  @Test
  void talksAPartyMustMediateAreNotHeldYetAndTheDemandIsChosen() throws Exception {
    List<Event> events = QuoteStageTest.run(Fixture.published("2022-03-02")
        .sentence("Anna/NNP Berg/NNP said/VBD/say Kenya/NNP must/MD mediate/VB peace/NN talks/NNS/talk ./.")
        .deps("nsubj(said, Berg) compound(Berg, Anna) ccomp(said, mediate) nsubj(mediate, Kenya) aux(mediate, must)"
            + " obj(mediate, talks) compound(talks, peace)")
        .person("Anna Berg", "NORGOV").actor("Kenya", "KEN"), QuoteStage.defaultStage()).events();
    for (Event e : events) {
      if (e.root().equals("04")) {
        org.junit.jupiter.api.Assertions.assertNotEquals(org.riposte.api.Status.ASSERTED, e.status(),
            Events.describe(events));
      }
    }
    Event chosen = CodingEvaluator.choose(events);
    assertDyad(chosen, "NORGOV", "KEN");
  }

  @Test
  void aCallOnAPartyTheParserHungOnAnAdverbIsAddressedToIt() throws Exception {
    // misparse: advmod(calling, on) dep(on, cabinet) for "calling on the cabinet"
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Amnesty/NNP issued/VBD/issue a/DT statement/NN calling/VBG/call on/RB Peru/NNP 's/POS cabinet/NN"
            + " to/TO act/VB ./.")
        .deps("nsubj(issued, Amnesty) obj(issued, statement) det(statement, a) acl(statement, calling)"
            + " advmod(calling, on) dep(on, cabinet) nmod:poss(cabinet, Peru) case(Peru, 's) nmod:to(cabinet, act)")
        .actor("Amnesty", "NGOAMN").actor("Peru", "PER")
        .events();
    Event call = events.stream().filter(e -> e.root().equals("02")).findFirst()
        .orElseThrow(() -> new AssertionError(Events.describe(events)));
    assertDyad(call, "NGOAMN", "PER");
  }
}
