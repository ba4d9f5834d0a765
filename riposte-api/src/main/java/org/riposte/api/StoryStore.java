package org.riposte.api;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where stories, reactions, channel states and near-duplicate groups are kept, next to the events of an
 * {@link EventStore} (the same database). Story building reads what it needs through this interface and writes its
 * results back with {@link #apply}, one pair set at a time, so that ingesting more articles recomputes only the pairs
 * they touch.
 *
 * <p>Story membership is the events' own {@code story_id}; {@link #apply} also sets the events' {@code reacts_to}.
 * Not thread safe: one thread at a time per instance, as for the event store it shares a connection with.
 */
public interface StoryStore {

  /** Saved articles whose events are not in stories yet, sorted by id. */
  List<String> pendingDocs() throws StoreException;

  /** The articles with these ids (text included). Unknown ids are left out. */
  List<Article> articles(Collection<String> ids) throws StoreException;

  /** Every article's story facts (outlet, publication date, near-duplicate group, signature), signed or not. */
  List<StoryDoc> docs() throws StoreException;

  /** The events of these articles. */
  List<Event> eventsOfDocs(Collection<String> docIds) throws StoreException;

  /** The events already placed in stories of these pairs. */
  List<Event> eventsOfPairs(Collection<String> pairs) throws StoreException;

  /** The pairs of the stories that mention any of these articles. */
  Set<String> pairsOfDocs(Collection<String> docIds) throws StoreException;

  /** Replaces the stories, reactions and channel states of {@code update.pairs()}, in one transaction. */
  void apply(StoryUpdate update) throws StoreException;

  /** Forgets every story, reaction, channel state and signature, and marks every article pending. */
  void clear() throws StoreException;

  /** Stories, of one pair or (pair null) all, ordered by date (undated last) then id. */
  List<Story> stories(String pair) throws StoreException;

  /** One story, or null. */
  Story story(String id) throws StoreException;

  /** Reactions of one pair, or (pair null) all. */
  List<Reaction> reactions(String pair) throws StoreException;

  /** Channel states of one pair, or (pair null) all, by channel then date. */
  List<ChannelState> channels(String pair) throws StoreException;
}
