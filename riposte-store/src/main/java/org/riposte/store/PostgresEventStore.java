package org.riposte.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import org.riposte.api.StoreException;

/**
 * The PostgreSQL store: one connection to a server database, bulk writes through {@code COPY}
 * ({@link PostgresCopyLoader}), the same queries, save order and migrations as DuckDB ({@link SqlEventStore},
 * {@link Migrations}). Tables live in the connection's current schema ({@code public} unless the URL says
 * {@code ?currentSchema=name}).
 *
 * <p><b>Several writers.</b> Any number of processes may open the same database and ingest at once. Opening
 * migrates under a session-level advisory lock, so two processes that meet an empty database create the schema
 * once; every save takes the schema's save lock (see {@link PostgresCopyLoader#beginSave}), so an article that two
 * processes save at the same time is stored once, as the last save wrote it, and no save is lost.
 *
 * <p>Messages name the database by its URL with the password masked. Not thread safe: one thread at a time per
 * instance (each process or thread opens its own store).
 */
public final class PostgresEventStore extends SqlEventStore {

  /** The advisory-lock class of migrations ("RPMG"); the second key is the hash of the schema name. */
  static final int MIGRATION_LOCK = 0x52504d47;

  private final PostgresUrl url;

  private PostgresEventStore(Connection connection, PostgresUrl url, Clock clock) throws SQLException {
    super(connection, url.display(), new AppendingBulkWriter(new PostgresCopyLoader(connection)), clock);
    this.url = url;
  }

  @Override
  Connection openReader() throws SQLException {
    return DriverManager.getConnection(url.jdbcUrl(), url.properties());
  }

  /**
   * Connects to a database and brings its schema up to date.
   *
   * @param url {@code postgresql://user:password@host:port/dbname} (see {@link PostgresUrl})
   * @throws StoreException naming the database (password masked): a malformed URL, a server that cannot be reached,
   *                        refused credentials, a missing database, a failed migration, or a schema newer than this
   *                        version of Riposte
   */
  public static PostgresEventStore open(String url) throws StoreException {
    PostgresUrl u = PostgresUrl.parse(url);
    Connection c;
    try {
      c = DriverManager.getConnection(u.jdbcUrl(), u.properties());
    } catch (SQLException e) {
      throw new StoreException("database " + u + ": cannot connect: " + e.getMessage(), e);
    }
    try {
      migrate(c, u.display());
      return new PostgresEventStore(c, u, Clock.systemUTC());
    } catch (SQLException e) {
      closeQuietly(c, e);
      throw new StoreException("database " + u + ": cannot open: " + e.getMessage(), e);
    } catch (StoreException | RuntimeException e) {
      closeQuietly(c, e);
      throw e;
    }
  }

  private static void closeQuietly(Connection c, Exception cause) {
    try {
      c.close();
    } catch (SQLException x) {
      cause.addSuppressed(x);
    }
  }

  /** Applies the migrations while holding the schema's migration lock, so concurrent openers migrate once. */
  private static void migrate(Connection c, String db) throws StoreException, SQLException {
    lock(c, "pg_advisory_lock");
    try {
      Migrations.apply(c, db, Clock.systemUTC());
    } finally {
      lock(c, "pg_advisory_unlock");
    }
  }

  private static void lock(Connection c, String function) throws SQLException {
    try (PreparedStatement p =
             c.prepareStatement("SELECT " + function + "(?, hashtext(coalesce(current_schema(), '')))")) {
      p.setInt(1, MIGRATION_LOCK);
      p.execute();
    }
  }
}
