package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;
import org.riposte.api.Status;

/**
 * Meeting demands is yielding (080), refusing to meet them a rejection (124); voicing concern is pessimism (012);
 * submitting a petition is an appeal (02).
 */
class DemandsAndConcernsTest {

  private static List<Event> meet(String verbGroup, String verb, String verbDeps) throws Exception {
    return Fixture.published("2022-03-02")
        .sentence("The/DT Peruvian/JJ government/NN " + verbGroup + " the/DT Chilean/JJ miners/NNS/miner 's/POS"
            + " demands/NNS/demand ./.")
        .deps(("det(government, The) amod(government, Peruvian) nsubj(meet, government) obj(meet, demands)"
            + " nmod:poss(demands, miners) det(miners, the) amod(miners, Chilean) case(miners, 's)" + verbDeps)
            .replace("(meet,", "(" + verb + ","))
        .actor("Peruvian government", "PERGOV").actor("Chilean miners", "CHLLAB")
        .events();
  }

  @Test
  void meetingTheDemandsIsYieldingNotAMeeting() throws Exception {
    List<Event> events = meet("met/VBD/meet", "met", "");
    Event e = only(events, "080");
    assertDyad(e, "PERGOV", "CHLLAB");
    assertEquals(Status.ASSERTED, e.status());
  }

  @Test
  void notMeetingTheDemandsIsRejectingThem() throws Exception {
    List<Event> events = meet("will/MD not/RB meet/VB", "meet", " aux(meet, will) advmod(meet, not)");
    Event e = only(events, "124");
    assertDyad(e, "PERGOV", "CHLLAB");
    assertEquals(Status.ASSERTED, e.status(), "the refusal happened");
  }

  @Test
  void voicingConcernIsPessimism() throws Exception {
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Finland/NNP voiced/VBD/voice concern/NN over/IN the/DT Estonian/JJ plan/NN ./.")
        .deps("nsubj(voiced, Finland) obj(voiced, concern) nmod:over(concern, plan) case(plan, over)"
            + " det(plan, the) amod(plan, Estonian)")
        .actor("Finland", "FIN").actor("Estonian", "EST")
        .events();
    assertEquals("FIN", only(events, "012").source().code());
  }

  @Test
  void submittingAPetitionIsAnAppeal() throws Exception {
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Kenyan/JJ traders/NNS/trader submitted/VBD/submit a/DT petition/NN to/IN the/DT Ugandan/JJ"
            + " embassy/NN ./.")
        .deps("amod(traders, Kenyan) nsubj(submitted, traders) obj(submitted, petition) det(petition, a)"
            + " obl:to(submitted, embassy) case(embassy, to) det(embassy, the) amod(embassy, Ugandan)")
        .actor("Kenyan traders", "KENBUS").actor("Ugandan embassy", "UGAGOV")
        .events();
    assertEquals("02", events.stream().filter(e -> e.cameo().startsWith("02")).findFirst().orElseThrow(
        () -> new AssertionError(Events.describe(events))).root());
    assertDyad(events.stream().filter(e -> e.root().equals("02")).findFirst().orElseThrow(), "KENBUS", "UGAGOV");
  }

  @Test
  void anAccusationTheParserHungOnTheComplementIsStillWhatWasRejected() throws Exception {
    // misparse: dep(hiding, accusation) under ccomp(rejected, hiding) instead of obj(rejected, accusation)
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("The/DT Latvian/JJ minister/NN rejected/VBD/reject accusation/NN she/PRP is/VBZ/be hiding/VBG/hide"
            + " documents/NNS/document ./.")
        .deps("det(minister, The) amod(minister, Latvian) nsubj(rejected, minister) ccomp(rejected, hiding)"
            + " dep(hiding, accusation) nsubj(hiding, she) aux(hiding, is) obj(hiding, documents)")
        .actor("Latvian minister", "LVAGOV")
        .events();
    assertEquals("LVAGOV", only(events, "016").source().code(), "a denial (016), not a rejection (12x)");
  }
}
