package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.EventQuery;
import org.riposte.api.Evidence;
import org.riposte.api.Status;

/** Event filters on DuckDB; {@link PostgresEventQueryIT} runs the same tests on PostgreSQL. */
class EventQueryTest {

  @TempDir Path dir;

  private TestDatabases databases;
  private BatchEventStore store;

  /** The kind of database the tests run on; PostgreSQL tests override it. */
  TestDatabases databases() { return TestDatabases.duckDb(dir); }
  private Article a;
  private Article b;
  private Event sanction;   // RUSGOV → NATO, 161, 2021-10-18
  private Event protest;    // NATO → RUSGOV, 111, October 2021
  private Event consult;    // POLMIL → USA, 040, 2021 (year)
  private Event undated;    // uncoded → null, 172, unknown
  private Event later;      // USA → RUSGOV, 163, 2022-02-24 (article b)

  @BeforeEach
  void fill() throws Exception {
    a = Fixtures.article("Article A.", LocalDate.of(2021, 10, 19));
    b = Fixtures.article("Article B.", LocalDate.of(2022, 2, 25));
    sanction = Fixtures.event(a, "1", EventDate.day(LocalDate.of(2021, 10, 18)), Fixtures.RUSGOV, Fixtures.NATO,
        "161", 50);
    protest = Fixtures.event(a, "2", EventDate.month(2021, 10), Fixtures.NATO, Fixtures.RUSGOV, "111", 10);
    consult = Fixtures.event(a, "3", EventDate.year(2021), Fixtures.POLMIL, Fixtures.USA, "040", 90);
    undated = Fixtures.event(a, "4", EventDate.UNKNOWN, org.riposte.api.Actor.unknown("rebels"), null, "172", 5);
    later = Fixtures.event(b, "1", EventDate.day(LocalDate.of(2022, 2, 24)), Fixtures.USA, Fixtures.RUSGOV, "163",
        0);
    databases = databases();
    store = EventStores.open(databases.create());
    store.saveAll(List.of(Fixtures.analysis(a, List.of(sanction, protest, consult, undated), List.of()),
        Fixtures.analysis(b, List.of(later), List.of())), List.of());
  }

  @AfterEach
  void close() throws Exception {
    if (store != null) store.close();
    if (databases != null) databases.close();
  }

  private List<Event> q(String actor, String root, LocalDate since, LocalDate until, String docId, int limit)
      throws Exception {
    return store.events(new EventQuery(actor, root, since, until, docId, limit));
  }

  @Test
  void statusesFilterWhenGiven() throws Exception {
    Article c = Fixtures.article("Article C.", LocalDate.of(2022, 2, 26));
    Event plannedInC = new Event(c.id().substring(0, 8) + "-p", null, c.id(), later.date(), Status.PLANNED,
        later.source(), later.target(), later.cameo(), later.root(), later.plover(), later.goldstein(),
        later.quadClass(), later.location(), new Evidence("Sentence p.", 0, 12), later.trigger(), List.of());
    store.saveAll(List.of(Fixtures.analysis(c, List.of(plannedInC), List.of())), List.of());
    assertEquals(List.of(plannedInC),
        store.events(new EventQuery(null, null, null, null, null, Set.of(Status.PLANNED), 0)));
    assertEquals(6, store.events(new EventQuery(null, null, null, null, null,
        Set.of(Status.PLANNED, Status.ASSERTED), 0)).size());
    assertEquals(6, store.events(new EventQuery(null, null, null, null, null, Set.of(), 0)).size(), "empty: any");
    assertEquals(List.of(), store.events(new EventQuery(null, null, null, null, null, Set.of(Status.NEGATED), 0)));
  }

  @Test
  void allInDateArticleAndOffsetOrder() throws Exception {
    // consult (2021-01-01) < protest (2021-10-01) < sanction (2021-10-18) < later; unknown last
    assertEquals(List.of(consult, protest, sanction, later, undated), q(null, null, null, null, null, 0));
  }

  @Test
  void actorMatchesCodePrefixOfSourceOrTargetOrCountry() throws Exception {
    assertEquals(List.of(protest, sanction, later), q("RUS", null, null, null, null, 0));
    assertEquals(List.of(protest, sanction, later), q("RUSGOV", null, null, null, null, 0));
    assertEquals(List.of(protest, sanction), q("IGOWSTNAT", null, null, null, null, 0));
    assertEquals(List.of(protest, sanction), q("IGO", null, null, null, null, 0));
    assertEquals(List.of(consult), q("POL", null, null, null, null, 0));
    assertEquals(List.of(consult, later), q("USA", null, null, null, null, 0));
    assertEquals(List.of(), q("GOV", null, null, null, null, 0), "a prefix, not a substring");
  }

  @Test
  void countryEqualityMatchesUncodedActors() throws Exception {
    Article c = Fixtures.article("Article C.", null);
    Event e = Fixtures.event(c, "1", EventDate.UNKNOWN,
        new org.riposte.api.Actor(null, "Ukrainian officials", "UKR", "GOV", org.riposte.api.ActorKind.GROUP), null,
        "010", 0);
    store.save(Fixtures.analysis(c, List.of(e), List.of()), null);
    assertEquals(List.of(e), q("UKR", null, null, null, null, 0));
  }

  @Test
  void rootMatchesCameoPrefix() throws Exception {
    assertEquals(List.of(sanction, later), q(null, "16", null, null, null, 0));
    assertEquals(List.of(sanction), q(null, "161", null, null, null, 0));
    assertEquals(List.of(consult), q(null, "04", null, null, null, 0));
    assertEquals(List.of(), q(null, "1611", null, null, null, 0));
  }

  @Test
  void sinceAndUntilCompareOnTheFirstDayInclusive() throws Exception {
    assertEquals(List.of(sanction, later), q(null, null, LocalDate.of(2021, 10, 18), null, null, 0));
    assertEquals(List.of(later), q(null, null, LocalDate.of(2021, 10, 19), null, null, 0));
    assertEquals(List.of(consult, protest), q(null, null, null, LocalDate.of(2021, 10, 1), null, 0));
    assertEquals(List.of(protest, sanction),
        q(null, null, LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 18), null, 0));
  }

  @Test
  void docIdAndLimit() throws Exception {
    assertEquals(List.of(later), q(null, null, null, null, b.id(), 0));
    assertEquals(List.of(consult, protest, sanction, undated), q(null, null, null, null, a.id(), 0));
    assertEquals(List.of(consult, protest), q(null, null, null, null, a.id(), 2));
    assertEquals(List.of(consult), q(null, null, null, null, null, 1));
  }

  @Test
  void filtersCombine() throws Exception {
    assertEquals(List.of(sanction), q("RUS", "16", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), a.id(), 5));
  }

  @Test
  void valuesAreBoundNotSpliced() throws Exception {
    assertEquals(List.of(), q("%", null, null, null, null, 0), "a LIKE wildcard matches only itself");
    assertEquals(List.of(), q("_US", null, null, null, null, 0));
    assertEquals(List.of(), q("' OR 1=1 --", "1' OR '1'='1", null, null, null, 0));
    assertEquals(5, store.countEvents());
  }

  @Test
  void likePrefixEscapesWildcards() {
    assertEquals("RUS%", EventFilter.likePrefix("RUS"));
    assertEquals("!%!_!!x%", EventFilter.likePrefix("%_!x"));
  }
}
