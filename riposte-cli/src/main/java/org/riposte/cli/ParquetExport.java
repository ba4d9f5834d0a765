package org.riposte.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.riposte.api.Event;

/**
 * Writes events as a Parquet file through a private in-memory DuckDB: rows go in through DuckDB's appender, out with
 * {@code COPY … TO (FORMAT parquet)}; the same for events read from any store. Columns: those of the CSV export
 * ({@link EventPrinter#CSV_HEADER}), typed — {@code goldstein} DOUBLE, {@code quadClass}, {@code evidenceStart},
 * {@code evidenceEnd} INTEGER, {@code reactsTo} a list of strings, the rest VARCHAR (dates keep their precision:
 * {@code 2021-10}).
 */
final class ParquetExport {

  private static final Map<String, String> TYPES = Map.of("goldstein", "DOUBLE", "quadClass", "INTEGER",
      "evidenceStart", "INTEGER", "evidenceEnd", "INTEGER", "reactsTo", "VARCHAR[]");

  private ParquetExport() {}

  /** Writes {@code events} to {@code file} (replaced if it exists). */
  static void write(List<Event> events, Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      StringBuilder ddl = new StringBuilder("CREATE TABLE events (");
      for (int i = 0; i < EventPrinter.CSV_HEADER.size(); i++) {
        String col = EventPrinter.CSV_HEADER.get(i);
        ddl.append(i == 0 ? "" : ", ").append('"').append(col).append("\" ").append(TYPES.getOrDefault(col, "VARCHAR"));
      }
      try (Statement s = c.createStatement()) {
        s.execute(ddl.append(")").toString());
      }
      try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
          "events")) {
        for (Event e : events) {
          List<Object> row = EventPrinter.csvRow(e);
          a.beginRow();
          for (int i = 0; i < row.size() - 1; i++) {
            Object v = row.get(i);
            if (v == null) a.appendNull();
            else if (v instanceof Double d) a.append(d.doubleValue());
            else if (v instanceof Integer n) a.append(n.intValue());
            else a.append(v.toString());
          }
          a.append(e.reactsTo());
          a.endRow();
        }
        a.flush();
      }
      try (Statement s = c.createStatement()) {
        s.execute("COPY events TO '" + file.toAbsolutePath().toString().replace("'", "''")
            + "' (FORMAT parquet, COMPRESSION zstd)");
      }
    }
  }
}
