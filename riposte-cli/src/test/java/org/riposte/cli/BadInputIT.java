package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.EventStore;
import org.riposte.store.EventStores;

/** Bad inputs get one clear line naming the file (and line) and the run goes on with the rest. */
class BadInputIT {

  @TempDir
  Path tmp;

  @Test
  void eachBadInputIsNamedAndTheGoodOnesAreStored() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a-good.txt"), "Ruritania expels two Freedonian diplomats\n\n"
        + "The Ruritanian government expelled two Freedonian diplomats on Tuesday, the foreign ministry said.\n\n"
        + "The Daily Example, March 3, 2020");
    Files.writeString(in.resolve("b-empty.txt"), "");
    Files.write(in.resolve("c-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x14, 0, 0, 0, 0});
    Files.write(in.resolve("d-latin1.txt"), "Caf\u00e9 talks in Gen\u00e8ve".getBytes("ISO-8859-1"));
    Files.writeString(in.resolve("e-feed.jsonl"),
        "{\"outlet\":\"Example Wire\",\"published\":\"2020-03-04\",\"text\":\"Freedonia recalled its ambassador "
            + "from Ruritania on Wednesday.\"}\n"
            + "{\"outlet\": \"Example Wire\", \"text\": \n"
            + "{\"outlet\":\"Example Wire\"}\n");
    Path db = tmp.resolve("bad.duckdb");
    CliRun run = CliRun.of("ingest", in.toString(), "--db", db.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("7 documents: 2 ok (3 events), 1 skipped, 4 failed"), run.out());
    assertTrue(run.err().contains("b-empty.txt"), run.err());
    assertTrue(run.err().contains("c-binary.txt"), run.err());
    assertTrue(run.err().contains("d-latin1.txt"), run.err());
    assertTrue(run.err().contains("e-feed.jsonl:2"), run.err());
    assertTrue(run.err().contains("e-feed.jsonl:3"), run.err());
    try (EventStore store = EventStores.open(db.toString())) {
      assertEquals(2, store.articles(0).size());
      assertEquals(7, store.outcomes().size());
    }
  }

  @Test
  void nothingToDoGivesANonZeroExit() {
    CliRun run = CliRun.of("ingest", tmp.resolve("does-not-exist").toString(), "--db",
        tmp.resolve("x.duckdb").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("does-not-exist"), run.err());
  }

  @Test
  void queryingAMissingDatabaseIsAnErrorAndCreatesNothing() {
    Path db = tmp.resolve("typo.duckdb");
    for (String command : new String[] {"events", "articles"}) {
      CliRun run = CliRun.of(command, "--db", db.toString());
      assertEquals(1, run.exitCode(), command);
      assertTrue(run.err().contains("no database at " + db), run.err());
      assertTrue(!Files.exists(db), command + " created " + db);
    }
  }
}
