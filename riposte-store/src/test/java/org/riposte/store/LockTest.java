package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.StoreException;

class LockTest {

  @TempDir Path dir;

  @Test
  void aDatabaseHeldByAnotherProcessIsReportedAsInUse() throws Exception {
    String db = dir.resolve("locked.duckdb").toString();
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), db)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("ready", out.readLine(), "the holder process opened the database");
      StoreException x = assertThrows(StoreException.class, () -> EventStores.open(db));
      assertTrue(x.getMessage().startsWith("database " + db + " is in use by another process"), x.getMessage());
      holder.getOutputStream().close();
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the holder process ended");
      assertEquals(0, holder.exitValue());
      EventStores.open(db).close();
    } finally {
      if (holder.isAlive()) holder.destroyForcibly();
    }
  }
}
