package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.StoreException;

/** What only DuckDB has: in-memory databases and database files (the shared contract is in DuckDbEventStoreTest). */
class DuckDbFilesTest {

  @TempDir Path dir;

  @Test
  void inMemoryDatabasesArePrivate() throws Exception {
    Article a = Fixtures.article("Memory.", null);
    try (BatchEventStore one = EventStores.open(DuckDbEventStore.IN_MEMORY);
         BatchEventStore two = EventStores.open(DuckDbEventStore.IN_MEMORY)) {
      one.save(Analysis.of(a), null);
      assertTrue(one.contains(a.id()));
      assertFalse(two.contains(a.id()));
    }
  }

  @Test
  void aFolderOrGarbageFileIsAClearError() throws Exception {
    StoreException x = assertThrows(StoreException.class, () -> EventStores.open(dir.toString()));
    assertTrue(x.getMessage().contains("is a folder"), x.getMessage());
    Path junk = dir.resolve("junk.duckdb");
    Files.writeString(junk, "this is not a database, just some text that is long enough to be read as a header"
        .repeat(100));
    x = assertThrows(StoreException.class, () -> EventStores.open(junk.toString()));
    assertTrue(x.getMessage().startsWith("database " + junk + ": cannot open"), x.getMessage());
  }
}
