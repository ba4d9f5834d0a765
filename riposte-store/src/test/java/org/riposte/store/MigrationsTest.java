package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.StoreException;

/** Migrations on DuckDB; {@link PostgresMigrationsIT} runs the same tests on PostgreSQL. */
class MigrationsTest {

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
  void appliesEachScriptOnce() throws Exception {
    String db = databases.create();
    try (Connection c = databases.connect(db)) {
      assertEquals(Migrations.SCRIPTS.size(), Migrations.apply(c, db, Clock.systemUTC()));
      assertEquals(0, Migrations.apply(c, db, Clock.systemUTC()));
      assertEquals(Migrations.latest(), Migrations.current(c));
    }
  }

  @Test
  void reopeningAStoreDoesNotMigrateAgain() throws Exception {
    String db = databases.create();
    for (int i = 0; i < 3; i++) EventStores.open(db).close();
    try (Connection c = databases.connect(db);
         ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM schema_version")) {
      r.next();
      assertEquals(Migrations.SCRIPTS.size(), r.getInt(1));
    }
  }

  @Test
  void refusesANewerSchema() throws Exception {
    String db = databases.create();
    EventStores.open(db).close();
    try (Connection c = databases.connect(db)) {
      c.createStatement().execute("INSERT INTO schema_version VALUES (999, 'V999__future.sql', now())");
    }
    StoreException x = assertThrows(StoreException.class, () -> EventStores.open(db));
    assertTrue(x.getMessage().contains("schema version 999"), x.getMessage());
  }

  @Test
  void columnListsMatchTheTablesInOrder() throws Exception {
    String db = databases.create();
    try (Connection c = databases.connect(db)) {
      Migrations.apply(c, db, Clock.systemUTC());
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
        + " WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(r.getString(1));
      }
    }
    return out;
  }
}
