package org.riposte.store;

import org.riposte.api.StoryStore;

/** Opens the story side of a store. */
public final class StoryStores {

  private StoryStores() {}

  /**
   * The story store of an open event store: the same database and connection (closing the event store closes both).
   *
   * @throws IllegalArgumentException when the store is not one of this module's SQL stores
   */
  public static StoryStore of(BatchEventStore store) {
    if (store instanceof SqlEventStore s) return new SqlStoryStore(s.connection(), s.database(), s.loader());
    throw new IllegalArgumentException("no story store for " + store.getClass().getName());
  }
}
