package org.riposte.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.stories.Mentions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.riposte.api.ChannelState;
import org.riposte.api.Event;
import org.riposte.api.Reaction;
import org.riposte.api.Status;
import org.riposte.api.StoryDoc;

/** Reactions, channels and the dyad verdict over hand-built mentions. */
class RelationsTest {

  private static final String EXPEL = "On May 4 NATO expelled six members of the Ardenian mission and cut the "
      + "mission's size from 20 to 14.";
  private static final String ANSWER = "Ardenia will suspend its permanent mission to NATO from June 1 and close the "
      + "alliance's information office in its capital, in retaliation for NATO's expulsion of six Ardenian envoys.";
  private static final String LATER = "Ardenia accused the alliance of provocations on Friday.";

  private final Map<String, StoryDoc> docs = Map.of(
      "d1", doc("d1", "Harbour Courier", LocalDate.of(2030, 5, 4)),
      "d2", doc("d2", "Lakeside Post", LocalDate.of(2030, 5, 18)));

  private List<Event> events() {
    return List.of(
        mention("x1", "d1", day(2030, 5, 4), Status.ASSERTED, ALLIANCE, ARDDIP, "161", "expelled", EXPEL, 0),
        mention("y1", "d2", day(2030, 6, 1), Status.PLANNED, ARD, ALLIANCE, "161", "suspend", ANSWER, 0),
        mention("y2", "d2", day(2030, 6, 1), Status.PLANNED, ARD, ALLIANCE, "161", "close", ANSWER, 0),
        mention("y3", "d2", day(2030, 5, 4), Status.ASSERTED, ALLIANCE, ARDDIP, "161", "expulsion", ANSWER, 0),
        mention("z1", "d2", day(2030, 5, 17), Status.ASSERTED, ARD, ALLIANCE, "112", "accused", LATER, 300),
        mention("w1", "d1", day(2030, 5, 3), Status.ASSERTED, ALLIANCE, ARD, "112", "accused",
            "NATO accused Ardenia of spying on Thursday.", 200));
  }

  @Test
  void explicitAndWindowReactionsAndChannels() {
    StoryConfig c = StoryConfig.DEFAULT;
    StoryBuilder.Result built = new StoryBuilder(c).build(events(), docs);
    String expulsion = built.storyOf().get("x1");
    String suspension = built.storyOf().get("y1");
    assertEquals(expulsion, built.storyOf().get("y3"), "the background mention joins the expulsion");
    assertEquals(suspension, built.storyOf().get("y2"));
    ReactionLinker.Result linked = new ReactionLinker(c).link(events(), built.storyOf(), built.stories());
    Reaction explicit = linked.reactions().stream().filter(r -> r.storyId().equals(suspension)).findFirst().orElseThrow();
    assertEquals(Reaction.Kind.EXPLICIT, explicit.kind());
    assertEquals(expulsion, explicit.reactsTo());
    assertEquals("in retaliation for", explicit.cue());
    assertEquals(28, explicit.lagDays());
    assertEquals(List.of("y3"), linked.reactsTo().get("y1"));
    Reaction window = linked.reactions().stream().filter(r -> r.storyId().equals(built.storyOf().get("z1")))
        .findFirst().orElseThrow();
    assertEquals(Reaction.Kind.WINDOW, window.kind(), "an accusation answering an accusation two weeks later");
    assertEquals(built.storyOf().get("w1"), window.reactsTo());

    List<ChannelState> ledger = new ChannelLedger().ledger(events(), built.storyOf(), built.stories());
    Map<String, ChannelState> byChannel = new java.util.TreeMap<>();
    for (ChannelState s : ledger) byChannel.put(s.channel() + "@" + s.state(), s);
    ChannelState reduced = byChannel.get("ARD mission to IGOWSTNAT@reduced");
    assertEquals("from 20 to 14", reduced.figures());
    assertEquals("2030-05-04", reduced.date().value());
    ChannelState suspended = byChannel.get("ARD mission to IGOWSTNAT@suspended");
    assertEquals(Status.PLANNED, suspended.status());
    assertEquals("2030-06-01", suspended.date().value());
    assertEquals("closed", byChannel.get("IGOWSTNAT information office in ARD@closed").state());

    DyadReport r = new DyadAnalyzer(c).analyse("ARD", "IGOWSTNAT", "month", built.stories(), linked.reactions(),
        ledger);
    assertEquals(List.of("2030-05", "2030-06"), r.series().stream().map(DyadReport.Row::bucket).toList());
    DyadReport.Row may = r.series().get(0);
    assertEquals(1, may.quadAB()[2], "Ardenia's accusation");
    assertEquals(1, may.quadBA()[3], "NATO's expulsion");
    assertEquals(-6.0, may.goldBA(), 1e-9, "expulsion -4 plus accusation -2");
    assertEquals(2, r.reciprocityBA().answered(), "NATO's two hostile acts: both answered");
    assertEquals(2, r.reciprocityBA().hostile());
    assertEquals("escalation", r.verdict().label(), r.verdict().figures());
    assertTrue(r.verdict().figures().contains("channels closed/suspended/reduced 3"), r.verdict().figures());
  }
  @Test
  void aThreatToCloseAChannelIsAChangeToCome() {
    String threat = "Ardenia said it would close the alliance's information office in its capital.";
    List<Event> evs = List.of(
        mention("t1", "d2", day(2030, 5, 18), Status.ASSERTED, ARD, ALLIANCE, "1313", "close", threat, 0));
    StoryBuilder.Result built = new StoryBuilder(StoryConfig.DEFAULT).build(evs, docs);
    List<ChannelState> ledger = new ChannelLedger().ledger(evs, built.storyOf(), built.stories());
    assertEquals(List.of("closed"), ledger.stream().map(ChannelState::state).toList());
    assertEquals(Status.PLANNED, ledger.get(0).status(), "the threat was made; the closure is to come");
  }
}
