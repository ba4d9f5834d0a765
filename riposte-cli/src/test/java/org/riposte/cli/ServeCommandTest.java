package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code riposte serve} refuses what it cannot serve before it listens: like the other reading commands. */
class ServeCommandTest {

  @TempDir
  Path tmp;

  @Test
  void aMissingDatabaseIsAnErrorNotANewEmptyOne() {
    Path db = tmp.resolve("typo.duckdb");
    CliRun run = CliRun.of("serve", "--db", db.toString(), "--port", "0");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("no database at " + db), run.err());
    assertFalse(Files.exists(db));
  }

  @Test
  void aShortOrMissingTokenFileIsRefused() throws Exception {
    Path token = tmp.resolve("token");
    Files.writeString(token, "short\n");
    CliRun run = CliRun.of("serve", "--db", tmp.resolve("x.duckdb").toString(), "--token-file", token.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("the token must be at least 16"), run.err());
    CliRun missing = CliRun.of("serve", "--token-file", tmp.resolve("none").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("cannot read the token file"), missing.err());
  }

  @Test
  void aBadPortIsRefused() {
    CliRun run = CliRun.of("serve", "--port", "70000");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("the port must be 0 to 65535"), run.err());
  }
}
