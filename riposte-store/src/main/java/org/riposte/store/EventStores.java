package org.riposte.store;

import org.riposte.api.StoreException;

/** Opens stores. */
public final class EventStores {

  private EventStores() {}

  /**
   * Opens a DuckDB store, creating the file, its parent folders and the schema on first use and applying any newer
   * migrations.
   *
   * @param db a database file path ({@code riposte.duckdb}, {@code data/riposte.duckdb}) or {@value
   *           DuckDbEventStore#IN_MEMORY} for a private in-memory database that disappears when closed
   * @throws StoreException naming the database when it cannot be opened, is in use by another process, or has a
   *                        schema newer than this version of Riposte knows
   */
  public static BatchEventStore open(String db) throws StoreException {
    return DuckDbEventStore.open(db);
  }
}
