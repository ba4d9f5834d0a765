package org.riposte.store;

import java.sql.SQLException;

/**
 * A database's bulk-loading API on one connection: the dialect-specific half of {@link AppendingBulkWriter}.
 * Implementations: {@link DuckDbLoader} (DuckDB's appender) and {@link PostgresCopyLoader} (PostgreSQL's COPY).
 */
interface TableLoader {

  /**
   * Called first in every save transaction, before its deletes: where a database that several processes write at
   * once takes the lock that serialises saves (see {@link PostgresCopyLoader#beginSave}). Does nothing by default.
   */
  default void beginSave() throws SQLException {}

  /** An appender for all columns of {@code table}, in table order, writing into the open transaction. */
  TableAppender createAppender(String table) throws SQLException;
}
