package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.StoreException;

class MigrationsTest {

  @TempDir Path dir;

  @Test
  void appliesEachScriptOnce() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("m.duckdb"))) {
      assertEquals(Migrations.SCRIPTS.size(), Migrations.apply(c, "m.duckdb", Clock.systemUTC()));
      assertEquals(0, Migrations.apply(c, "m.duckdb", Clock.systemUTC()));
      assertEquals(Migrations.latest(), Migrations.current(c));
    }
  }

  @Test
  void reopeningAStoreDoesNotMigrateAgain() throws Exception {
    String db = dir.resolve("again.duckdb").toString();
    for (int i = 0; i < 3; i++) EventStores.open(db).close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
         ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM schema_version")) {
      r.next();
      assertEquals(Migrations.SCRIPTS.size(), r.getInt(1));
    }
  }

  @Test
  void refusesANewerSchema() throws Exception {
    String db = dir.resolve("newer.duckdb").toString();
    EventStores.open(db).close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      c.createStatement().execute("INSERT INTO schema_version VALUES (999, 'V999__future.sql', now())");
    }
    StoreException x = assertThrows(StoreException.class, () -> EventStores.open(db));
    assertTrue(x.getMessage().contains("schema version 999"), x.getMessage());
  }

  @Test
  void columnListsMatchTheTablesInOrder() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      Migrations.apply(c, ":memory:", Clock.systemUTC());
      assertEquals(unquoted(Columns.ARTICLES), columns(c, "articles"));
      assertEquals(unquoted(Columns.EVENTS), columns(c, "events"));
      assertEquals(unquoted(Columns.QUOTES), columns(c, "quotes"));
      assertEquals(unquoted(Columns.OUTCOMES), columns(c, "outcomes"));
    }
  }

  @Test
  void scriptsSplitIntoStatements() throws Exception {
    List<String> s = Migrations.statements("V1__init.sql");
    assertTrue(s.get(0).startsWith("CREATE TABLE articles"), s.get(0));
    assertTrue(s.stream().noneMatch(t -> t.contains("--") || t.endsWith(";")), s.toString());
  }

  private static List<String> unquoted(List<String> columns) {
    return columns.stream().map(c -> c.replace("\"", "")).toList();
  }

  private static List<String> columns(Connection c, String table) throws Exception {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT column_name FROM information_schema.columns"
        + " WHERE table_name = ? ORDER BY ordinal_position")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(r.getString(1));
      }
    }
    return out;
  }
}
