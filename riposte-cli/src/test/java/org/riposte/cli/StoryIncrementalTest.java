package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.EventQuery;
import org.riposte.api.Evidence;
import org.riposte.api.Outcome;
import org.riposte.api.Status;
import org.riposte.api.Story;
import org.riposte.api.StoryStore;
import org.riposte.store.BatchEventStore;
import org.riposte.store.EventStores;
import org.riposte.store.StoryStores;
import org.riposte.stories.StoryConfig;
import org.riposte.stories.StoryStage;

/**
 * Stories kept up to date article by article equal stories rebuilt from scratch, in a real (in-memory DuckDB) store,
 * on hand-built articles and events (no language models). Sentences invented for the test.
 */
class StoryIncrementalTest {

  private static final Actor ARD = new Actor("ARD", "Ardenia", "ARD", null, ActorKind.STATE);
  private static final Actor ARDGOV = new Actor("ARDGOV", "Oskar Vell", "ARD", "GOV", ActorKind.PERSON);
  private static final Actor NATO = new Actor("IGOWSTNAT", "NATO", null, null, ActorKind.ORGANISATION);

  private static final String WIRE = "Ardenia will suspend its permanent mission to NATO from June 1, Foreign Minister"
      + " Oskar Vell said on Monday, in retaliation for NATO's expulsion of six Ardenian envoys earlier this month. Vell"
      + " said the alliance's information office in the capital would be closed from the same date, and that urgent"
      + " business could go through the embassy in the alliance's host country. Relations have been strained for years.";

  private static Analysis article(String outlet, LocalDate published, String text, List<String[]> spec) {
    Article a = Article.of("https://example.org/" + outlet, outlet, published, null, text);
    List<Event> events = new ArrayList<>();
    int n = 0;
    for (String[] s : spec) {
      int start = text.indexOf(s[5]);
      EventDate date = s[0].isEmpty() ? EventDate.UNKNOWN : EventDate.day(LocalDate.parse(s[0]));
      Actor src = s[2].equals("NATO") ? NATO : s[2].equals("ARDGOV") ? ARDGOV : ARD;
      Actor tgt = s[3].equals("NATO") ? NATO : ARD;
      events.add(new Event(a.id().substring(0, 10) + "-" + n++, null, a.id(), date, Status.fromLabel(s[1]), src, tgt,
          s[4], s[4].substring(0, 2), "SANCTION", -4, 4, null, new Evidence(s[5], start, start + s[5].length()),
          s[6], List.of()));
    }
    return Analysis.of(a).withEvents(events);
  }

  private static List<Analysis> corpus() {
    String expel = "NATO expelled six members of the Ardenian mission on Tuesday and cut its size from 20 to 14.";
    String answer = WIRE.substring(0, WIRE.indexOf(" Vell said the alliance"));
    String second = "Vell said the alliance's information office in the capital would be closed from the same date,"
        + " and that urgent business could go through the embassy in the alliance's host country.";
    return List.of(
        article("Harbour Courier", LocalDate.of(2030, 5, 7), expel + " Ardenia called the move hostile.",
            List.<String[]>of(new String[] {"2030-05-07", "asserted", "NATO", "ARD", "161", expel, "expelled"})),
        article("Continental Wire", LocalDate.of(2030, 5, 20), WIRE, List.of(
            new String[] {"2030-06-01", "planned", "ARD", "NATO", "161", answer, "suspend"},
            new String[] {"", "asserted", "NATO", "ARD", "161", answer, "expulsion"},
            new String[] {"2030-06-01", "planned", "ARDGOV", "NATO", "161", second, "closed"})),
        article("Lakeside Post", LocalDate.of(2030, 5, 20), "Ardenia pulls envoys\n\n" + WIRE.replace("Monday", "Mon."),
            List.<String[]>of(new String[] {"2030-06-01", "planned", "ARD", "NATO", "161", answer.replace("Monday", "Mon."),
                "suspend"})),
        article("Eastern Review", LocalDate.of(2031, 5, 2), "NATO expelled four Ardenian diplomats on Friday.",
            List.<String[]>of(new String[] {"2031-05-02", "asserted", "NATO", "ARD", "161",
                "NATO expelled four Ardenian diplomats on Friday.", "expelled"})));
  }

  private static String dump(BatchEventStore store, StoryStore s) throws Exception {
    StringBuilder b = new StringBuilder();
    for (Story st : s.stories(null)) b.append(st).append('\n');
    b.append(s.reactions(null)).append('\n').append(s.channels(null)).append('\n');
    for (Event e : store.events(EventQuery.all())) b.append(e.id()).append(' ').append(e.storyId()).append(' ')
        .append(e.reactsTo()).append('\n');
    return b.toString();
  }

  @Test
  void updatingArticleByArticleEqualsRebuildingAndStoriesAreRight() throws Exception {
    try (BatchEventStore store = EventStores.open(":memory:")) {
      StoryStore stories = StoryStores.of(store);
      StoryStage stage = new StoryStage(StoryConfig.DEFAULT);
      List<Analysis> corpus = corpus();
      int touched = 0;
      for (Analysis a : corpus) {
        store.saveAll(List.of(a), List.of(Outcome.ok(a.article().url(), a.article().id(), "test")));
        StoryStage.Report r = stage.update(stories);
        assertEquals(1, r.articles());
        touched = r.pairs();
      }
      assertEquals(1, touched, "the last article touches one pair only");
      assertEquals(0, stage.update(stories).articles(), "nothing pending");
      String incremental = dump(store, stories);
      stage.rebuild(stories);
      assertEquals(incremental, dump(store, stories));

      List<Story> all = stories.stories("ARD|IGOWSTNAT");
      Map<String, Story> byLabel = new TreeMap<>();
      for (Story s : all) byLabel.put(s.date().value() + " " + s.label(), s);
      assertEquals(3, all.size(), byLabel.keySet().toString());
      Story suspension = byLabel.get("2030-06-01 suspend");
      assertEquals(1, suspension.numArticles(), "the wire copy counts once");
      assertEquals(2, suspension.numSources(), "but both outlets corroborate");
      Story expulsion = byLabel.get("2030-05-07 expelled");
      assertEquals(2, expulsion.events().size(), "the background mention joins the act");
      assertTrue(byLabel.containsKey("2031-05-02 expelled"), "a year later is another expulsion");
      assertEquals(expulsion.id(), stories.reactions("ARD|IGOWSTNAT").stream()
          .filter(r -> r.storyId().equals(suspension.id())).findFirst().orElseThrow().reactsTo());
      assertTrue(stories.channels("ARD|IGOWSTNAT").stream().anyMatch(c ->
          c.channel().equals("IGOWSTNAT information office in ARD") && c.state().equals("closed")));
    }
  }
}
