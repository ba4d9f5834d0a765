package org.riposte.store;

import java.util.regex.Pattern;
import org.riposte.api.StoreException;

/** Opens stores: the one factory that picks the database from the {@code --db} value. */
public final class EventStores {

  private static final Pattern OTHER_URL = Pattern.compile("(?i)(jdbc:[a-z0-9+.-]+:|[a-z][a-z0-9+.-]+://).*");

  private EventStores() {}

  /**
   * Opens a store, creating its schema on first use and applying any newer migrations.
   *
   * <ul>
   *   <li>{@code postgresql://user:password@host:port/dbname} (or {@code postgres://…}, {@code jdbc:postgresql://…}):
   *       a PostgreSQL database, which must exist ({@link PostgresEventStore});</li>
   *   <li>{@value DuckDbEventStore#IN_MEMORY}: a private in-memory DuckDB database that disappears when closed;</li>
   *   <li>anything else: a DuckDB file path ({@code riposte.duckdb}, {@code data/riposte.duckdb}), created with its
   *       parent folders when missing ({@link DuckDbEventStore}).</li>
   * </ul>
   *
   * @throws StoreException naming the database (a URL's password masked) when it cannot be opened: another URL scheme
   *                        than PostgreSQL's, a malformed URL, an unreachable server, a file in use by another
   *                        process, or a schema newer than this version of Riposte knows
   */
  public static BatchEventStore open(String db) throws StoreException {
    if (PostgresUrl.isPostgres(db)) return PostgresEventStore.open(db);
    if (db != null && OTHER_URL.matcher(db.strip()).matches()) {
      throw new StoreException("database " + PostgresUrl.mask(db) + ": not a supported database (a DuckDB file path,"
          + " " + DuckDbEventStore.IN_MEMORY + ", or " + PostgresUrl.EXPECTED + ")");
    }
    return DuckDbEventStore.open(db);
  }

  /** {@code db} as messages may show it: a URL with its password masked ({@code ***}), a file path unchanged. */
  public static String display(String db) { return db == null ? null : PostgresUrl.mask(db); }

  /** True when {@code db} names a database server rather than a file: its existence cannot be checked on disk. */
  public static boolean isServer(String db) { return PostgresUrl.isPostgres(db); }
}
