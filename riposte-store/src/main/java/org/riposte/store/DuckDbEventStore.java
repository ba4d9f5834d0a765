package org.riposte.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import org.duckdb.DuckDBConnection;
import org.riposte.api.StoreException;

/**
 * The DuckDB store: one file (or an in-memory database), one connection, bulk writes through DuckDB's appender. The
 * DuckDB-specific parts live here and in {@link DuckDbLoader}; queries and the save order are those of
 * {@link SqlEventStore}.
 *
 * <p>DuckDB lets one process at a time open a file for writing; opening a file another process holds fails with
 * "database X is in use by another process". Not thread safe: one thread at a time per instance.
 */
public final class DuckDbEventStore extends SqlEventStore {

  /** The name that opens a private in-memory database instead of a file. */
  public static final String IN_MEMORY = ":memory:";

  private DuckDbEventStore(DuckDBConnection connection, String db, Clock clock) {
    super(connection, db, new AppendingBulkWriter(new DuckDbLoader(connection)), clock);
  }

  @Override
  java.sql.Connection openReader() throws SQLException {
    return ((DuckDBConnection) connection()).duplicate();
  }

  /**
   * Opens (creating when missing) a database file, or {@link #IN_MEMORY}, and brings its schema up to date.
   *
   * @param db a file path; its parent folders are created when missing
   * @throws StoreException naming the database: when the path is unusable, the file is not a DuckDB database, another
   *                        process holds it, or a migration fails
   */
  public static DuckDbEventStore open(String db) throws StoreException {
    if (db == null || db.isBlank()) throw new StoreException("no database given (a file path or " + IN_MEMORY + ")");
    String url = IN_MEMORY.equals(db) ? "jdbc:duckdb:" : "jdbc:duckdb:" + file(db);
    DuckDBConnection c = connect(db, url);
    try {
      Migrations.apply(c, db, Clock.systemUTC());
      return new DuckDbEventStore(c, db, Clock.systemUTC());
    } catch (StoreException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException x) {
        e.addSuppressed(x);
      }
      throw e;
    }
  }

  /** The absolute file of {@code db}, its parent folders created. */
  private static Path file(String db) throws StoreException {
    Path p;
    try {
      p = Path.of(db).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw new StoreException("database " + db + ": not a usable file path: " + e.getMessage(), e);
    }
    if (Files.isDirectory(p)) throw new StoreException("database " + db + " is a folder, not a database file");
    try {
      if (p.getParent() != null) Files.createDirectories(p.getParent());
    } catch (IOException e) {
      throw new StoreException("database " + db + ": cannot create its folder " + p.getParent() + ": " + e, e);
    }
    return p;
  }

  private static DuckDBConnection connect(String db, String url) throws StoreException {
    try {
      Connection c = DriverManager.getConnection(url);
      return c.unwrap(DuckDBConnection.class);
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
        int held = m.indexOf("Conflicting lock");
        String detail = held < 0 ? m : m.substring(held);
        int see = detail.indexOf(" See also");
        if (see > 0) detail = detail.substring(0, see);
        detail = detail.strip().replaceAll("\\.$", "");
        throw new StoreException("database " + db + " is in use by another process (" + detail + ")", e);
      }
      throw new StoreException("database " + db + ": cannot open: " + m, e);
    }
  }
}
