package org.riposte.cli;

import org.riposte.api.EventStore;
import org.riposte.api.StoreException;
import org.riposte.store.EventStores;
import picocli.CommandLine.Option;

/** The {@code --db} option every command shares. */
final class DbOption {

  static final String DEFAULT_DB = "riposte.duckdb";

  @Option(names = "--db", paramLabel = "PATH", defaultValue = DEFAULT_DB,
      description = "Database: a DuckDB file (created on first use). Default: ${DEFAULT-VALUE}.")
  String db;

  EventStore open() throws StoreException {
    return EventStores.open(db);
  }
}
