package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.EventQuery;
import org.riposte.api.EventStore;
import org.riposte.api.Outcome;
import org.riposte.store.EventStores;

/** {@code riposte demo}: the sample corpus into a fresh database, events and pairs printed. */
class DemoIT {

  @TempDir
  Path tmp;

  @Test
  void demoCodesTheSampleCorpusAndPrintsEventsAndPairs() throws Exception {
    Path db = tmp.resolve("demo.duckdb");
    CliRun run = CliRun.of("demo", "--db", db.toString());
    assertEquals(0, run.exitCode(), run.err() + run.out());
    int files = SampleCorpus.files().size();
    assertTrue(files >= 10, "sample corpus has " + files + " files");
    assertTrue(run.out().contains("DATE") && run.out().contains("EVIDENCE"), run.out());
    assertTrue(run.out().contains("IGOWSTNAT–RUS"), run.out());
    try (EventStore store = EventStores.open(db.toString())) {
      long ok = store.outcomes().stream().filter(o -> o.kind() == Outcome.Kind.OK).count();
      assertTrue(ok >= 12, "articles coded: " + ok + "\n" + store.outcomes());
      assertEquals(0, store.outcomes().stream().filter(o -> o.kind() == Outcome.Kind.FAILED).count(),
          store.outcomes().toString());
      assertTrue(store.events(EventQuery.all()).size() >= 30, "too few events from the sample corpus");
      assertTrue(store.articles(0).stream().allMatch(a -> a.published() != null && a.outlet() != null),
          "every sample article carries its date and outlet");
    }
  }

  @Test
  void demoRefusesToOverwriteADatabaseThatIsNotItsOwn() throws Exception {
    Path db = tmp.resolve("mine.duckdb");
    Files.writeString(db, "precious");
    CliRun run = CliRun.of("demo", "--db", db.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("fresh database"), run.err());
    assertEquals("precious", Files.readString(db));
  }
}
