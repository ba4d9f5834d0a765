package org.riposte.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.riposte.stories.Mentions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.riposte.api.EventDate;
import org.riposte.api.Event;
import org.riposte.api.Status;
import org.riposte.api.Story;
import org.riposte.api.StoryDoc;

class StoryBuilderTest {

  private static final String S1 = "Ardenia will suspend its mission to NATO from March 3, the foreign ministry said.";
  private static final String S2 = "Foreign Minister Oskar Vell announced that Ardenia was closing its NATO mission.";
  private static final String S3 = "The Ardenian government suspended its mission to the alliance on Monday.";
  private static final String BG = "The move follows Ardenia's suspension of its mission to NATO earlier this month.";

  private final Map<String, StoryDoc> docs = Map.of(
      "d1", doc("d1", "Harbour Courier", LocalDate.of(2030, 2, 20)),
      "d2", doc("d2", "Lakeside Post", LocalDate.of(2030, 2, 21)),
      "d3", doc("d3", null, LocalDate.of(2030, 3, 4)),
      "d4", doc("d4", "Lakeside Post", LocalDate.of(2030, 3, 20)),
      "d5", doc("d5", "Harbour Courier", LocalDate.of(2031, 3, 1)));

  private List<Event> suspension() {
    return List.of(
        mention("e1", "d1", day(2030, 3, 3), Status.PLANNED, ARD, ALLIANCE, "161", "suspend", S1, 0),
        mention("e2", "d2", day(2030, 2, 21), Status.ASSERTED, ARDMIN, ALLIANCE, "161", "closing", S2, 0),
        mention("e3", "d3", day(2030, 3, 3), Status.ASSERTED, ARDGOV, ALLIANCE, "161", "suspended", S3, 0));
  }

  @Test
  void mentionsOfOneActByDifferentOutletsAndActorsAreOneStory() {
    StoryBuilder.Result r = new StoryBuilder(StoryConfig.DEFAULT).build(suspension(), docs);
    assertEquals(1, r.stories().size());
    Story s = r.stories().get(0);
    assertEquals(List.of("e1", "e2", "e3"), s.events());
    assertEquals(3, s.numArticles());
    assertEquals(3, s.numSources(), "an article without outlet is a source of its own");
    assertEquals(List.of("Harbour Courier", "Lakeside Post"), s.outlets());
    assertEquals("2030-03-03", s.date().value(), "the date most mentions give");
    assertEquals(Map.of("2030-03-03", 2, "2030-02-21", 1), s.dates(), "conflicting dates stay visible");
    assertEquals(LocalDate.of(2030, 2, 20), s.firstSeen());
    assertEquals(LocalDate.of(2030, 3, 4), s.lastSeen());
    assertEquals(Status.ASSERTED, s.status());
    assertEquals("ARD", s.sourceParty());
    assertEquals("ARD|IGOWSTNAT", s.pair());
  }

  @Test
  void theSameKindOfActAYearLaterIsAnotherStory() {
    List<Event> events = new ArrayList<>(suspension());
    events.add(mention("e9", "d5", day(2031, 2, 27), Status.ASSERTED, ARD, ALLIANCE, "161", "suspended",
        "Ardenia suspended its mission to NATO again on Thursday.", 0));
    StoryBuilder.Result r = new StoryBuilder(StoryConfig.DEFAULT).build(events, docs);
    assertEquals(2, r.stories().size());
    assertNotEquals(r.storyOf().get("e1"), r.storyOf().get("e9"));
  }

  @Test
  void anotherActFamilyOrDirectionIsAnotherStory() {
    List<Event> events = new ArrayList<>(suspension());
    events.add(mention("e7", "d2", day(2030, 2, 21), Status.ASSERTED, ALLIANCE, ARD, "161", "expelled",
        "NATO expelled six Ardenian envoys.", 200));
    events.add(mention("e8", "d2", day(2030, 2, 21), Status.ASSERTED, ARD, ALLIANCE, "112", "accused",
        "Ardenia accused NATO of hostility.", 300));
    StoryBuilder.Result r = new StoryBuilder(StoryConfig.DEFAULT).build(events, docs);
    assertEquals(3, r.stories().size());
  }

  @Test
  void anUndatedBackgroundMentionJoinsTheStoryOfTheAct() {
    List<Event> events = new ArrayList<>(suspension());
    events.add(mention("e5", "d4", EventDate.UNKNOWN, Status.ASSERTED, ARD, ALLIANCE, "161", "suspension", BG, 0));
    StoryBuilder.Result r = new StoryBuilder(StoryConfig.DEFAULT).build(events, docs);
    assertEquals(1, r.stories().size());
    assertEquals(4, r.stories().get(0).events().size());
  }

  @Test
  void theEvaluatorScoresTheBuiltStoriesAgainstGoldGroups() {
    List<Event> events = new ArrayList<>(suspension());
    events.add(mention("e9", "d5", day(2031, 2, 27), Status.ASSERTED, ARD, ALLIANCE, "161", "suspended",
        "Ardenia suspended its mission to NATO again on Thursday.", 0));
    StoryBuilder.Result r = new StoryBuilder(StoryConfig.DEFAULT).build(events, docs);
    Map<String, String> gold = Map.of("e1", "A", "e2", "A", "e3", "A", "e9", "B");
    StoryEvaluator.Score s = new StoryEvaluator().score(r.storyOf(), gold);
    assertEquals(1.0, s.precision());
    assertEquals(1.0, s.recall());
    assertEquals(6, s.pairs());
    StoryEvaluator.Score lumped = new StoryEvaluator().score(Map.of("e1", "x", "e2", "x", "e3", "x", "e9", "x"), gold);
    assertEquals(0.5, lumped.precision(), 1e-9, "3 right pairs of 6 predicted");
  }

  @Test
  void negatedMentionsFormStoriesOfTheirOwn() {
    List<Event> events = new ArrayList<>(suspension());
    events.add(mention("e6", "d2", day(2030, 2, 21), Status.NEGATED, ARD, ALLIANCE, "161", "suspend",
        "Ardenia did not suspend its mission.", 400));
    StoryBuilder.Result r = new StoryBuilder(StoryConfig.DEFAULT).build(events, docs);
    assertEquals(2, r.stories().size());
  }

  @Test
  void theOrderOfTheEventsDoesNotChangeTheStories() {
    List<Event> events = new ArrayList<>(suspension());
    events.add(mention("e5", "d4", EventDate.UNKNOWN, Status.ASSERTED, ARD, ALLIANCE, "161", "suspension", BG, 0));
    events.add(mention("e9", "d5", day(2031, 2, 27), Status.ASSERTED, ARD, ALLIANCE, "161", "suspended",
        "Ardenia suspended its mission to NATO again on Thursday.", 0));
    StoryBuilder b = new StoryBuilder(StoryConfig.DEFAULT);
    StoryBuilder.Result one = b.build(events, docs);
    Collections.reverse(events);
    StoryBuilder.Result two = b.build(events, docs);
    assertEquals(one.stories(), two.stories());
    assertEquals(one.storyOf(), two.storyOf());
  }
}
