package org.riposte.store;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.Outcome;
import org.riposte.api.Quote;

/**
 * Writes rows in bulk through a database's own loading API: the dialect-specific half of saving. Each method appends
 * all its rows and flushes them before it returns, inside the caller's transaction, so a later statement of that
 * transaction sees them. Rows follow the column order of {@link Columns}; it neither deletes nor checks for
 * duplicates (the caller deletes first).
 */
interface BulkWriter {

  /**
   * Called first in every save transaction, before its deletes: takes whatever lock the database needs so that
   * concurrent writers (other processes) never interleave their saves. Does nothing by default.
   */
  default void beginSave() throws SQLException {}

  /** The loader these rows go through: other bulk writers of the same connection (the story tables) use it too. */
  TableLoader loader();

  /** Appends event rows, with {@code date_first}/{@code date_last} computed from each event's date. */
  void events(List<Event> events) throws SQLException;

  /** Appends quote rows. */
  void quotes(List<Quote> quotes) throws SQLException;

  /** Appends article rows, each ingested at {@code ingestedAt} (UTC). */
  void articles(List<Article> articles, LocalDateTime ingestedAt) throws SQLException;

  /** Appends outcome rows, each recorded at {@code recordedAt} (UTC). */
  void outcomes(List<Outcome> outcomes, LocalDateTime recordedAt) throws SQLException;
}
