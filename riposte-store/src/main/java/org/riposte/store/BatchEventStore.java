package org.riposte.store;

import java.util.List;
import org.riposte.api.Analysis;
import org.riposte.api.EventStore;
import org.riposte.api.Outcome;
import org.riposte.api.StoreException;

/**
 * An {@link EventStore} that also saves in batches and counts what it holds. What {@link EventStores#open} returns.
 */
public interface BatchEventStore extends EventStore {

  /**
   * Saves analysed articles and outcomes in one transaction, with the crash-safety order of {@link #save} for every
   * article: earlier rows of the batch's articles are removed first, then all events and quotes of the batch are
   * written and flushed, then the article rows, then the outcomes. An article that appears twice in the batch is
   * saved once, as its last analysis; an origin that appears twice keeps its last outcome. Saving an article that is
   * already stored replaces it.
   *
   * @param analyses the articles with their events and quotes; every event and quote must carry its article's id
   * @param outcomes outcomes to record (for these articles or for inputs that gave none); may be empty
   * @throws StoreException when the batch cannot be written (nothing of it is then stored) or an event or quote
   *                        names another article than the one it comes with
   */
  void saveAll(List<Analysis> analyses, List<Outcome> outcomes) throws StoreException;

  /** The database as named in messages: its file path, or {@code :memory:}. */
  String database();

  /** The number of events of completely saved articles. */
  long countEvents() throws StoreException;

  /** The number of completely saved articles. */
  long countArticles() throws StoreException;

  /** The number of quotes of completely saved articles. */
  long countQuotes() throws StoreException;

  /**
   * The actors of completely saved articles — sources and targets of events, speakers of quotes — with how often
   * each occurs, most frequent first.
   *
   * @param unknown true for the actors that could not be coded (grouped by their text), false for coded actors
   *                (grouped by code)
   * @param limit   at most this many rows; all when {@code limit <= 0}
   */
  List<ActorCount> actorCounts(boolean unknown, int limit) throws StoreException;
}
