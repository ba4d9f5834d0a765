package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.store.BatchEventStore;
import org.riposte.store.EventStores;

class SyntheticCommandTest {

  @TempDir Path dir;

  @Test
  void addsArticlesAndEventsThatStoriesAreBuiltFromAndRepeatsItself() throws Exception {
    String db = dir.resolve("s.duckdb").toString();
    CliRun first = CliRun.of("synthetic", "--db", db, "--articles", "30", "--events", "3");
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.err().contains("added 30 articles and 90 events"), first.err());
    assertEquals(0, CliRun.of("synthetic", "--db", db, "--articles", "30", "--events", "3").exitCode());
    assertEquals(0, CliRun.of("synthetic", "--db", db, "--articles", "5", "--events", "3", "--first", "30").exitCode());
    try (BatchEventStore store = EventStores.open(db)) {
      assertEquals(35, store.countArticles(), "the same seed and numbers give the same articles, replaced on save");
      assertEquals(105, store.countEvents());
    }
    CliRun stories = CliRun.of("stories", "--db", db, "--rebuild");
    assertEquals(0, stories.exitCode(), stories.err());
    assertTrue(stories.err().contains("rebuilt: 35 articles"), stories.err());
    assertEquals(2, CliRun.of("synthetic", "--db", db, "--articles", "0").exitCode());
  }
}
