package org.riposte.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.riposte.api.EventStore;
import org.riposte.api.StoreException;
import org.riposte.api.StoryStore;
import org.riposte.store.BatchEventStore;
import org.riposte.store.EventStores;
import org.riposte.store.StoryStores;
import org.riposte.stories.StoryConfig;
import org.riposte.stories.StoryStage;
import picocli.CommandLine.Option;

/** The {@code --db} option every command shares. */
final class DbOption {

  static final String DEFAULT_DB = "riposte.duckdb";

  @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = DEFAULT_DB,
      description = "Database: a DuckDB file (ingest and demo create it, the other commands read an existing one) or"
          + " a PostgreSQL database, postgresql://user:password@host:port/dbname. Default: ${DEFAULT-VALUE}.")
  String db;

  /** The database as output may show it: a URL's password masked. */
  String display() { return EventStores.display(db); }

  /** Opens the database, creating it (and its schema) when the file does not exist yet: for writing commands. */
  BatchEventStore open() throws StoreException {
    return EventStores.open(db);
  }

  /**
   * Opens a database that must exist already: for reading commands, so that a mistyped path is an error rather than
   * a new empty database that answers "0 events".
   */
  BatchEventStore openExisting() throws StoreException {
    if (!EventStores.isServer(db) && !db.contains(":") && !Files.exists(Path.of(db))) {
      throw new StoreException("no database at " + db + " (create one with: riposte ingest PATH... --db " + db + ")");
    }
    return EventStores.open(db);
  }

  /**
   * The story side of an open store, brought up to date first: the stories of articles stored since the last update
   * (by an interrupted ingest, say) are built before a reading command shows them.
   */
  static StoryStore currentStories(BatchEventStore store) throws StoreException {
    StoryStore stories = StoryStores.of(store);
    new StoryStage(StoryConfig.DEFAULT).update(stories);
    return stories;
  }
}
