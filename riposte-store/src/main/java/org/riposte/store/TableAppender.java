package org.riposte.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Appends rows to one table in bulk, one value per column in the table's column order (those of {@link Columns}):
 * {@link #beginRow}, one {@code append…} per column, {@link #endRow}. The same calls as DuckDB's appender, so that one
 * piece of code ({@link AppendingBulkWriter}) builds the rows for every database. Rows are part of the connection's
 * open transaction once {@link #close} returns (DuckDB's appender already after {@link #flush}; PostgreSQL's COPY
 * when it ends, at close).
 */
interface TableAppender extends AutoCloseable {

  void beginRow() throws SQLException;

  /** A text value; never null (use {@link #appendNull}). */
  void append(String value) throws SQLException;

  void append(double value) throws SQLException;

  void append(int value) throws SQLException;

  /** A DATE value; never null. */
  void append(LocalDate value) throws SQLException;

  /** A TIMESTAMP value (UTC, without zone); never null. */
  void append(LocalDateTime value) throws SQLException;

  void appendNull() throws SQLException;

  /** A text value, or SQL NULL for null. */
  default void appendOrNull(String value) throws SQLException {
    if (value == null) appendNull();
    else append(value);
  }

  /** A DATE value, or SQL NULL for null. */
  default void appendOrNull(LocalDate value) throws SQLException {
    if (value == null) appendNull();
    else append(value);
  }

  /** An INTEGER value, or SQL NULL for null. */
  default void appendOrNull(Integer value) throws SQLException {
    if (value == null) appendNull();
    else append(value.intValue());
  }

  void endRow() throws SQLException;

  /** Writes the rows appended so far. */
  void flush() throws SQLException;

  /** Flushes and releases the appender; a later call does nothing. */
  @Override
  void close() throws SQLException;
}
