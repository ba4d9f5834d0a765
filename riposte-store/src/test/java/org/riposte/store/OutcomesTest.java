package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Outcome;
import org.riposte.api.StoreException;

class OutcomesTest {

  @TempDir Path dir;

  @Test
  void keepsTheLatestOutcomePerOrigin() throws Exception {
    String db = dir.resolve("o.duckdb").toString();
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
    try (BatchEventStore store = EventStores.open(DuckDbEventStore.IN_MEMORY)) {
      assertThrows(StoreException.class, () -> store.recordOutcome(new Outcome(null, null, Outcome.Kind.OK, "")));
    }
  }
}
