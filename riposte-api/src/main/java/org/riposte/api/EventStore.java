package org.riposte.api;

import java.util.List;

/**
 * Where articles, events, quotes and per-document outcomes are kept: DuckDB by default, PostgreSQL for shared
 * deployments, both behind this interface.
 *
 * <p><b>Crash safety.</b> {@link #save} writes an article's events and quotes before its article row and removes any
 * earlier partial rows of the same article first, so an ingest killed at any point and run again leaves every article
 * stored exactly once. An article already saved completely (by another writer in the meantime) is left as it is. {@link #contains} is true only for articles whose save completed.
 *
 * <p>Implementations are not required to be thread safe; one writer thread per store instance.
 */
public interface EventStore extends AutoCloseable {

  /** True when the article with this id was completely saved before. */
  boolean contains(String articleId) throws StoreException;

  /** Saves one analysed article with its events, quotes and outcome, atomically as far as readers can tell. */
  void save(Analysis analysis, Outcome outcome) throws StoreException;

  /**
   * Saves several analysed articles with their outcomes ({@code outcomes.get(i)} belongs to {@code analyses.get(i)}),
   * with the same crash-safety guarantee per article as {@link #save}. Implementations write in bulk; this default
   * saves one by one.
   */
  default void saveAll(List<Analysis> analyses, List<Outcome> outcomes) throws StoreException {
    if (analyses.size() != outcomes.size()) {
      throw new IllegalArgumentException(analyses.size() + " analyses but " + outcomes.size() + " outcomes");
    }
    for (int i = 0; i < analyses.size(); i++) save(analyses.get(i), outcomes.get(i));
  }

  /** Records an outcome for an input that gave no stored article (skipped or failed). */
  void recordOutcome(Outcome outcome) throws StoreException;

  /** Events matching a query, ordered by date, then article, then evidence offset. */
  List<Event> events(EventQuery query) throws StoreException;

  /** Stored articles, newest publication first. */
  List<Article> articles(int limit) throws StoreException;

  /** Stored quotes, in article order. */
  List<Quote> quotes(int limit) throws StoreException;

  /**
   * Stored quotes matching a query ({@link QuoteQuery#matches}), in article order. Implementations filter in the
   * database; this default filters {@link #quotes(int) all quotes}.
   */
  default List<Quote> quotes(QuoteQuery query) throws StoreException {
    List<Quote> all = quotes(0).stream().filter(query::matches).toList();
    return query.limit() > 0 && all.size() > query.limit() ? all.subList(0, query.limit()) : all;
  }

  /** The latest outcome recorded for each origin. */
  List<Outcome> outcomes() throws StoreException;

  @Override
  void close() throws StoreException;
}
