package org.riposte.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, empty databases for one test, of one kind: what lets the same test body run on DuckDB ({@code *Test}) and on
 * PostgreSQL ({@code Postgres*IT}, which extend them and override {@code databases()}).
 *
 * <p>DuckDB databases are files in a temporary folder. PostgreSQL databases are new schemas in the server database
 * named by the environment variable {@value #ENV} ({@code .ci/run} sets it); the URL of each names its schema with
 * {@code ?currentSchema=}, and {@link #close} drops them. When {@value #ENV} is unset the PostgreSQL tests are skipped
 * with a message saying so; when it is set and the server cannot be reached they fail.
 */
abstract class TestDatabases implements AutoCloseable {

  /** The environment variable with the URL of the PostgreSQL test database. */
  static final String ENV = "RIPOSTE_TEST_PG";

  /** A new, empty database, as {@link EventStores#open} takes it. */
  abstract String create() throws Exception;

  /** A plain JDBC connection to a database made by {@link #create} (to look under the store or damage it). */
  abstract Connection connect(String db) throws SQLException;

  /** True when the database holds Riposte's tables. */
  boolean exists(String db) throws SQLException {
    try (Connection c = connect(db); ResultSet r = c.createStatement().executeQuery(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
            + " AND table_name = 'articles'")) {
      r.next();
      return r.getInt(1) == 1;
    }
  }

  /** How the store names the database in messages ({@code BatchEventStore#database}). */
  String displayed(String db) { return db; }

  @Override
  public void close() throws Exception {}

  static TestDatabases duckDb(Path dir) {
    return new TestDatabases() {
      private int n;

      @Override
      String create() { return dir.resolve("db" + (++n) + "/sub/riposte.duckdb").toString(); }

      @Override
      Connection connect(String db) throws SQLException {
        try {
          Files.createDirectories(Path.of(db).getParent());
        } catch (java.io.IOException e) {
          throw new SQLException("cannot create the folder of " + db, e);
        }
        return DriverManager.getConnection("jdbc:duckdb:" + db);
      }

      @Override
      boolean exists(String db) throws SQLException { return Files.exists(Path.of(db)) && super.exists(db); }
    };
  }

  /** The URL in {@value #ENV}; skips the calling test (with a message) when it is unset. */
  static String postgresUrl() {
    String url = System.getenv(ENV);
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        ENV + " is not set: PostgreSQL tests skipped (.ci/run starts a server and sets it; see README)");
    return url.strip();
  }

  static TestDatabases postgres() {
    String base = postgresUrl();
    return new TestDatabases() {
      private final List<String> schemas = new ArrayList<>();

      @Override
      String create() throws Exception {
        String schema = "riposte_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (Connection c = raw(base); Statement s = c.createStatement()) {
          s.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      }

      @Override
      Connection connect(String db) throws SQLException { return raw(db); }

      @Override
      String displayed(String db) { return PostgresUrl.mask(db); }

      @Override
      public void close() throws Exception {
        if (schemas.isEmpty()) return;
        try (Connection c = raw(base); Statement s = c.createStatement()) {
          for (String schema : schemas) s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    };
  }

  /** A JDBC connection for a {@code postgresql://} URL, as the store would open it. */
  static Connection raw(String url) throws SQLException {
    try {
      PostgresUrl u = PostgresUrl.parse(url);
      return DriverManager.getConnection(u.jdbcUrl(), u.properties());
    } catch (org.riposte.api.StoreException e) {
      throw new SQLException(e.getMessage(), e);
    } catch (SQLException e) {
      throw new SQLException("cannot reach the PostgreSQL test database " + ENV + "=" + PostgresUrl.mask(url)
          + ": " + e.getMessage(), e);
    }
  }
}
