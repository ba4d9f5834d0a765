package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Article;
import org.riposte.api.ChannelState;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.EventQuery;
import org.riposte.api.Outcome;
import org.riposte.api.Reaction;
import org.riposte.api.Status;
import org.riposte.api.Story;
import org.riposte.api.StoryDoc;
import org.riposte.api.StoryStore;
import org.riposte.api.StoryUpdate;

/**
 * The story store on a DuckDB file. {@link PostgresStoryStoreIT} runs every test here on PostgreSQL too: a test opens
 * its database with {@link #db()} and looks under the store with {@code databases.connect}.
 */
class SqlStoryStoreTest {

  @TempDir Path dir;

  TestDatabases databases;
  private String db;

  /** The kind of database the tests run on; PostgreSQL tests override it. */
  TestDatabases databases() { return TestDatabases.duckDb(dir); }

  @BeforeEach
  void openDatabases() { databases = databases(); }

  @AfterEach
  void closeDatabases() throws Exception {
    if (databases != null) databases.close();
  }

  /** This test's database, new for each test. */
  String db() throws Exception {
    if (db == null) db = databases.create();
    return db;
  }

  @Test
  void storiesReactionsChannelsAndLinksAreWrittenReadAndReplacedByPair() throws Exception {
    try (BatchEventStore store = EventStores.open(db())) {
      Article a = Fixtures.article("Russia suspends its mission.", LocalDate.of(2021, 10, 18));
      Event e1 = Fixtures.event(a, "1", EventDate.day(LocalDate.of(2021, 11, 1)), Fixtures.RUSGOV, Fixtures.NATO, "161", 0);
      Event e2 = Fixtures.event(a, "2", EventDate.day(LocalDate.of(2021, 10, 6)), Fixtures.NATO, Fixtures.RUSGOV, "161", 40);
      store.saveAll(List.of(Fixtures.analysis(a, List.of(e1, e2), List.of())), List.of(Outcome.ok("a", a.id(), "2")));
      StoryStore s = StoryStores.of(store);
      assertEquals(List.of(a.id()), s.pendingDocs());
      assertEquals(2, s.eventsOfDocs(List.of(a.id())).size());
      Story st1 = story("s1", e1, EventDate.day(LocalDate.of(2021, 11, 1)));
      Story st2 = story("s2", e2, EventDate.day(LocalDate.of(2021, 10, 6)));
      Reaction r = new Reaction("s1", "s2", Reaction.Kind.EXPLICIT, "in response to", e1.id(), e2.id(), 26);
      ChannelState c = new ChannelState("IGOWSTNAT|RUS", "RUS mission to IGOWSTNAT", "mission", "RUS", "suspended",
          EventDate.day(LocalDate.of(2021, 11, 1)), Status.PLANNED, "s1", e1.id(), "Sentence 1.", null, 3);
      StoryDoc d = new StoryDoc(a.id(), "Example News", a.published(), a.id(), "sig", a.published());
      StoryUpdate u = new StoryUpdate(Set.of("IGOWSTNAT|RUS"), List.of(st1, st2), List.of(r), List.of(c),
          List.of(new StoryUpdate.EventLink(e1.id(), "IGOWSTNAT|RUS", "s1", List.of(e2.id())),
              new StoryUpdate.EventLink(e2.id(), "IGOWSTNAT|RUS", "s2", List.of())), List.of(d), Set.of(a.id()));
      s.apply(u);
      s.apply(u);  // replacing a pair with the same rows, ids included, in one transaction
      assertEquals(List.of(), s.pendingDocs());
      assertEquals(List.of(st2, st1), s.stories("IGOWSTNAT|RUS"), "by date");
      assertEquals(st1, s.story("s1"));
      assertNull(s.story("nope"));
      assertEquals(List.of(r), s.reactions("IGOWSTNAT|RUS"));
      assertEquals(List.of(c), s.channels(null));
      assertEquals(Set.of("IGOWSTNAT|RUS"), s.pairsOfDocs(List.of(a.id())));
      assertEquals(2, s.eventsOfPairs(List.of("IGOWSTNAT|RUS")).size());
      assertEquals("sig", s.docs().get(0).signature());
      Event stored = store.events(EventQuery.all()).stream().filter(x -> x.id().equals(e1.id())).findFirst().orElseThrow();
      assertEquals("s1", stored.storyId());
      assertEquals(List.of(e2.id()), stored.reactsTo());

      s.clear();
      assertEquals(List.of(a.id()), s.pendingDocs());
      assertTrue(s.stories(null).isEmpty());
      assertTrue(store.events(EventQuery.all()).stream().allMatch(x -> x.storyId() == null && x.reactsTo().isEmpty()));
    }
    try (Connection c = databases.connect(db()); ResultSet r = c.createStatement().executeQuery(
        "SELECT count(*) FROM story_links")) {
      r.next();
      assertEquals(0, r.getInt(1), "the scratch table of links is empty once an update has committed");
    }
  }

  private static Story story(String id, Event e, EventDate date) {
    return new Story(id, "IGOWSTNAT|RUS", e.source().party(), e.target().party(), "16", "161", "SANCTION", 4, -4.0,
        Status.ASSERTED, date, Map.of(date.value(), 1), List.of(e.id()), List.of(e.docId()), List.of("Example News"),
        1, 1, LocalDate.of(2021, 10, 18), LocalDate.of(2021, 10, 18), "suspend");
  }
}
