package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Actor;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.EventQuery;
import org.riposte.api.Evidence;
import org.riposte.api.Location;
import org.riposte.api.Outcome;
import org.riposte.api.Quote;
import org.riposte.api.Status;
import org.riposte.api.StoreException;

/**
 * The store contract on DuckDB files. {@link PostgresEventStoreIT} runs every test here on PostgreSQL too: a test
 * opens its database with {@link #db()} and looks under the store with {@code databases.connect}.
 */
class DuckDbEventStoreTest {

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

  /** This test's database (a new one for each test, in a folder that does not exist yet for DuckDB). */
  String db() throws Exception {
    if (db == null) db = databases.create();
    return db;
  }

  @Test
  void roundTripKeepsEveryFieldIncludingNulls() throws Exception {
    Article article = new Article("doc1", null, null, null, null, "en", "Moscow suspended its NATO mission.");
    Event full = new Event("e1", "story1", "doc1", EventDate.day(LocalDate.of(2021, 10, 18)), Status.PLANNED,
        Fixtures.RUSGOV, Fixtures.NATO, "161", "16", "SANCTION", -4.0, 4, new Location("Moscow", "RUS"),
        new Evidence("Moscow suspended its NATO mission.", 0, 34), "suspended", List.of("e0", "x\"y,z"));
    Event sparse = new Event("e2", null, "doc1", EventDate.UNKNOWN, Status.NEGATED, Actor.unknown("the separatists"),
        null, "0231", "02", null, 0.0, 1, null, new Evidence("…", 5, 9), null, null);
    Event coarse = new Event("e3", null, "doc1", EventDate.week(LocalDate.of(2021, 10, 20)), Status.CLAIMED,
        new Actor(null, "Polish officials", "POL", "GOV", org.riposte.api.ActorKind.GROUP), Fixtures.USA, "04",
        "04", "CONSULT", 1.0, 1, new Location(null, "POL"), new Evidence("s", 40, 50), "met", List.of());
    Quote spoken = new Quote("q1", "doc1", "We will respond", Fixtures.RUSGOV, "warned", 3, 18,
        EventDate.month(2021, 10));
    Quote anonymous = new Quote("q2", "doc1", "No comment", null, null, 20, 30, EventDate.UNKNOWN);
    Quote undated = new Quote("q3", "doc1", "Later", Actor.unknown("a spokesman"), "said", 31, 36, null);

    try (BatchEventStore store = EventStores.open(db())) {
      assertFalse(store.contains("doc1"));
      store.save(Fixtures.analysis(article, List.of(full, sparse, coarse), List.of(spoken, anonymous, undated)),
          Outcome.ok("in/a.txt", "doc1", "3 events"));
      assertTrue(store.contains("doc1"));
      assertEquals(List.of(full, coarse, sparse), store.events(EventQuery.all()));
      assertEquals(List.of(spoken, anonymous, undated), store.quotes(0));
      assertEquals(List.of(article), store.articles(10));
      assertEquals(List.of(Outcome.ok("in/a.txt", "doc1", "3 events")), store.outcomes());
      assertEquals(3, store.countEvents());
      assertEquals(1, store.countArticles());
      assertEquals(3, store.countQuotes());
    }
  }

  @Test
  void reopenedFileReadsBackAndIsNotMigratedAgain() throws Exception {
    Article a = Fixtures.article("A report.", LocalDate.of(2021, 10, 18));
    Event e = Fixtures.event(a, "1", EventDate.day(LocalDate.of(2021, 10, 18)), Fixtures.RUSGOV, Fixtures.NATO,
        "161", 0);
    try (BatchEventStore store = EventStores.open(db())) {
      store.save(Fixtures.analysis(a, List.of(e), List.of()), Outcome.ok("a.txt", a.id(), "1 event"));
    }
    assertTrue(databases.exists(db()));
    try (BatchEventStore store = EventStores.open(db())) {
      assertTrue(store.contains(a.id()));
      assertEquals(List.of(e), store.events(EventQuery.all()));
      assertEquals(List.of(a), store.articles(0));
    }
    try (Connection c = databases.connect(db());
         var r = c.createStatement().executeQuery("SELECT count(*), max(version) FROM schema_version")) {
      r.next();
      assertEquals(Migrations.SCRIPTS.size(), r.getInt(1));
      assertEquals(Migrations.latest(), r.getInt(2));
    }
  }

  @Test
  void savingTwiceKeepsOneCopy() throws Exception {
    Article a = Fixtures.article("Twice.", LocalDate.of(2021, 1, 1));
    Analysis an = Fixtures.analysis(a,
        List.of(Fixtures.event(a, "1", EventDate.UNKNOWN, Fixtures.RUSGOV, null, "111", 0)),
        List.of(Fixtures.quote(a, "1", Fixtures.RUSGOV, 0)));
    try (BatchEventStore store = EventStores.open(db())) {
      store.save(an, Outcome.ok("x.txt", a.id(), "1 event"));
      store.save(an, Outcome.ok("x.txt", a.id(), "1 event"));
      store.saveAll(List.of(an, an), List.of());
      assertEquals(1, store.countArticles());
      assertEquals(1, store.countEvents());
      assertEquals(1, store.countQuotes());
      assertEquals(1, store.outcomes().size());
    }
  }

  @Test
  void leftoversOfAKilledRunAreHiddenAndReplaced() throws Exception {
    Article a = Fixtures.article("Killed mid-save.", LocalDate.of(2021, 3, 1));
    Event e1 = Fixtures.event(a, "1", EventDate.day(LocalDate.of(2021, 3, 1)), Fixtures.RUSGOV, Fixtures.NATO,
        "161", 0);
    Event e2 = Fixtures.event(a, "2", EventDate.day(LocalDate.of(2021, 3, 1)), Fixtures.NATO, Fixtures.RUSGOV,
        "172", 20);
    Quote q = Fixtures.quote(a, "1", Fixtures.RUSGOV, 5);
    try (BatchEventStore store = EventStores.open(db())) {
      store.save(Fixtures.analysis(a, List.of(e1), List.of(q)), null);
    }
    // A killed run: events and quotes written, article row not (as if the process died before it).
    try (Connection c = databases.connect(db())) {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM articles WHERE id = ?")) {
        p.setString(1, a.id());
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO events (id, doc_id, date_precision, reacts_to)"
          + " VALUES (?, ?, 'unknown', '[]')")) {
        p.setString(1, "stray-event");
        p.setString(2, a.id());
        p.executeUpdate();
      }
    }
    try (BatchEventStore store = EventStores.open(db())) {
      assertFalse(store.contains(a.id()));
      assertEquals(List.of(), store.events(EventQuery.all()), "rows of an unsaved article are invisible");
      assertEquals(0, store.countEvents());
      assertEquals(List.of(), store.quotes(0));
      store.save(Fixtures.analysis(a, List.of(e1, e2), List.of(q)), Outcome.ok("k.txt", a.id(), "2 events"));
      assertTrue(store.contains(a.id()));
      assertEquals(List.of(e1, e2), store.events(EventQuery.all()));
      assertEquals(List.of(q), store.quotes(0));
    }
    try (Connection c = databases.connect(db());
         var r = c.createStatement().executeQuery("SELECT count(*) FROM events")) {
      r.next();
      assertEquals(2, r.getInt(1), "the stray rows are gone, not just hidden");
    }
  }

  @Test
  void aFailedBatchStoresNothing() throws Exception {
    Article a = Fixtures.article("First.", null);
    Article b = Fixtures.article("Second.", null);
    Event ea = Fixtures.event(a, "1", EventDate.UNKNOWN, Fixtures.RUSGOV, null, "111", 0);
    Event clash = new Event(ea.id(), null, b.id(), EventDate.UNKNOWN, Status.ASSERTED, Fixtures.NATO, null, "111",
        "11", null, 0, 3, null, null, null, List.of());
    try (BatchEventStore store = EventStores.open(db())) {
      StoreException x = assertThrows(StoreException.class, () -> store.saveAll(
          List.of(Fixtures.analysis(a, List.of(ea), List.of()), Fixtures.analysis(b, List.of(clash), List.of())),
          List.of(Outcome.ok("a", a.id(), ""))));
      assertTrue(x.getMessage().contains(databases.displayed(db())), x.getMessage());
      assertTrue(x.getMessage().contains("save 2 articles"), x.getMessage());
      assertEquals(0, store.countArticles());
      assertEquals(List.of(), store.outcomes());
      store.save(Fixtures.analysis(a, List.of(ea), List.of()), null);
      assertEquals(1, store.countEvents());
    }
  }

  @Test
  void refusesEventsOfAnotherArticleAndUnreadableDates() throws Exception {
    Article a = Fixtures.article("Mine.", null);
    Article b = Fixtures.article("Theirs.", null);
    Event foreign = Fixtures.event(b, "1", EventDate.UNKNOWN, Fixtures.RUSGOV, null, "111", 0);
    Event badDate = new Event("bad", null, a.id(), new EventDate("2021-13-45", org.riposte.api.DatePrecision.DAY),
        Status.ASSERTED, Fixtures.RUSGOV, null, "111", "11", null, 0, 3, null, null, null, List.of());
    try (BatchEventStore store = EventStores.open(db())) {
      StoreException x = assertThrows(StoreException.class,
          () -> store.save(Fixtures.analysis(a, List.of(foreign), List.of()), null));
      assertTrue(x.getMessage().contains("names article " + b.id()), x.getMessage());
      x = assertThrows(StoreException.class,
          () -> store.save(Fixtures.analysis(a, List.of(badDate), List.of()), null));
      assertTrue(x.getMessage().contains("unreadable day date '2021-13-45'"), x.getMessage());
      assertFalse(store.contains(a.id()));
    }
  }

  @Test
  void batchesAndSingleSavesMix() throws Exception {
    Article a = Fixtures.article("Batch one.", LocalDate.of(2021, 5, 1));
    Article b = Fixtures.article("Batch two.", LocalDate.of(2021, 6, 1));
    Article c = Fixtures.article("Undated.", null);
    try (BatchEventStore store = EventStores.open(db())) {
      assertEquals(databases.displayed(db()), store.database());
      store.saveAll(List.of(
          Fixtures.analysis(a, List.of(Fixtures.event(a, "1", EventDate.UNKNOWN, Fixtures.USA, null, "010", 0)),
              List.of()),
          Fixtures.analysis(b, List.of(), List.of(Fixtures.quote(b, "1", null, 2)))),
          List.of(Outcome.ok("a", a.id(), "1 event"), Outcome.ok("b", b.id(), "no events"),
              Outcome.failed("c", null, "not UTF-8")));
      store.save(Analysis.of(c), Outcome.ok("d", c.id(), "no events"));
      assertEquals(List.of(b, a, c), store.articles(0), "newest first, undated last");
      assertEquals(List.of(b, a), store.articles(2));
      assertEquals(1, store.countEvents());
      assertEquals(1, store.countQuotes());
      assertEquals(4, store.outcomes().size());
    }
  }

  @Test
  void separateDatabasesArePrivate() throws Exception {
    Article a = Fixtures.article("Private.", null);
    try (BatchEventStore one = EventStores.open(db()); BatchEventStore two = EventStores.open(databases.create())) {
      one.save(Analysis.of(a), null);
      assertTrue(one.contains(a.id()));
      assertFalse(two.contains(a.id()));
    }
  }

  @Test
  void closingTwiceIsHarmlessAndAClosedStoreSaysSo() throws Exception {
    BatchEventStore store = EventStores.open(db());
    store.close();
    store.close();
    StoreException x = assertThrows(StoreException.class, () -> store.contains("x"));
    assertTrue(x.getMessage().contains(databases.displayed(db())), x.getMessage());
  }
}
