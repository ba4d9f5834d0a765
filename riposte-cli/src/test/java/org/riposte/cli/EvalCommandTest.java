package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code riposte eval}'s refusals, which come before any model is loaded. */
class EvalCommandTest {

  @TempDir
  Path dir;

  @Test
  void aMissingGoldFileIsNamed() {
    CliRun r = CliRun.of("eval", "--gold", "fiveclass", dir.resolve("none.tsv").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("none.tsv") && r.err().contains("no such file"), r.err());
  }

  @Test
  void theDefaultFileIsLookedForUnderTheReferenceFolder() {
    CliRun r = CliRun.of("eval", "--gold", "codebook", "--reference", dir.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(dir.resolve("codebook").toString()), r.err());
  }

  @Test
  void aGoldFileWithoutRecordsIsAnError() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.json"), "[]");
    CliRun r = CliRun.of("eval", "--gold", "plover", empty.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("empty.json") && r.err().contains("no usable plover gold record"), r.err());
  }

  @Test
  void unknownFormatsAndOutputsAreUsageErrors() {
    assertEquals(2, CliRun.of("eval", "--gold", "xml").exitCode());
    CliRun r = CliRun.of("eval", "--format", "csv", dir.resolve("x").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--format must be table or json"), r.err());
  }
}
