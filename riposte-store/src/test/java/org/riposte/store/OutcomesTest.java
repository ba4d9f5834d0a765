package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Outcome;
import org.riposte.api.StoreException;

/** Outcomes on DuckDB; {@link PostgresOutcomesIT} runs the same tests on PostgreSQL. */
class OutcomesTest {

  @TempDir Path dir;

  private TestDatabases databases;

  /** The kind of database the tests run on; PostgreSQL tests override it. */
  TestDatabases databases() { return TestDatabases.duckDb(dir); }

  @BeforeEach
  void openDatabases() { databases = databases(); }

  @AfterEach
  void closeDatabases() throws Exception {
    if (databases != null) databases.close();
  }

  @Test
  void keepsTheLatestOutcomePerOrigin() throws Exception {
    String db = databases.create();
    Article a = Fixtures.article("Outcome.", null);
    try (BatchEventStore store = EventStores.open(db)) {
      store.recordOutcome(Outcome.failed("b.txt", null, "not UTF-8"));
      store.recordOutcome(Outcome.skipped("a.txt", null, "empty file"));
      store.recordOutcome(Outcome.failed("b.txt", null, "too large"));
      store.save(Analysis.of(a), Outcome.ok("a.txt", a.id(), "no events"));
      store.saveAll(List.of(), List.of(Outcome.failed("c.jsonl:3", null, "bad JSON"),
          Outcome.skipped("c.jsonl:3", null, "duplicate")));
    }
    try (BatchEventStore store = EventStores.open(db)) {
      assertEquals(List.of(Outcome.ok("a.txt", a.id(), "no events"), Outcome.failed("b.txt", null, "too large"),
          Outcome.skipped("c.jsonl:3", null, "duplicate")), store.outcomes());
    }
  }

  @Test
  void anOutcomeNeedsAnOrigin() throws Exception {
    try (BatchEventStore store = EventStores.open(databases.create())) {
      assertThrows(StoreException.class, () -> store.recordOutcome(new Outcome(null, null, Outcome.Kind.OK, "")));
    }
  }
}
