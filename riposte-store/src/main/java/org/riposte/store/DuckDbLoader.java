package org.riposte.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's appender ({@link DuckDBConnection#createAppender}) as a {@link TableLoader}. The appender writes into the
 * connection's open transaction. DuckDB allows one writing process per file, so {@link #beginSave} has nothing to
 * lock.
 */
final class DuckDbLoader implements TableLoader {

  private final DuckDBConnection connection;

  DuckDbLoader(DuckDBConnection connection) { this.connection = connection; }

  @Override
  public TableAppender createAppender(String table) throws SQLException {
    DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    return new TableAppender() {
      @Override public void beginRow() throws SQLException { a.beginRow(); }
      @Override public void append(String value) throws SQLException { a.append(value); }
      @Override public void append(double value) throws SQLException { a.append(value); }
      @Override public void append(int value) throws SQLException { a.append(value); }
      @Override public void append(LocalDate value) throws SQLException { a.append(value); }
      @Override public void append(LocalDateTime value) throws SQLException { a.append(value); }
      @Override public void appendNull() throws SQLException { a.appendNull(); }
      @Override public void endRow() throws SQLException { a.endRow(); }
      @Override public void flush() throws SQLException { a.flush(); }
      @Override public void close() throws SQLException { a.close(); }
    };
  }
}
