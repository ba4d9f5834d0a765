package org.riposte.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)} through PgJDBC's {@link CopyManager}, as a {@link TableLoader}.
 * COPY runs inside the connection's open transaction, so a rolled-back save leaves no rows.
 *
 * <p><b>Encoding.</b> Every text value is written quoted, its quotes doubled; SQL NULL is the unquoted empty field
 * (COPY's CSV default), so an empty string and a null stay apart. Line breaks, commas and quotes need no further
 * escaping inside a quoted CSV field. Doubles use Java's notation (PostgreSQL reads {@code 1.0E-4}, {@code NaN},
 * {@code Infinity}); dates are ISO; timestamps have microseconds. PostgreSQL text cannot hold U+0000: such a value is
 * refused with an {@link SQLException} that says so.
 *
 * <p><b>Concurrency.</b> {@link #beginSave} takes a transaction-level advisory lock, keyed by the schema, so that the
 * saves of several processes writing one database run one after another: each save's deletes then see every row the
 * saves before it committed, and no two writers insert the same article at once (which would fail on the primary
 * key or leave both copies' rows). Readers take no lock.
 */
final class PostgresCopyLoader implements TableLoader {

  /** The advisory-lock class of saves ("RPSV"); the second key is the hash of the schema name. */
  static final int SAVE_LOCK = 0x52505356;

  private static final int CHUNK = 1 << 16;
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private final Connection connection;
  private final CopyManager copy;

  PostgresCopyLoader(Connection connection) throws SQLException {
    this.connection = connection;
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
  }

  /** Waits for the save lock of this schema; PostgreSQL releases it when the transaction ends. */
  @Override
  public void beginSave() throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT pg_advisory_xact_lock(?, hashtext(coalesce(current_schema(), '')))")) {
      p.setInt(1, SAVE_LOCK);
      p.execute();
    }
  }

  @Override
  public TableAppender createAppender(String table) throws SQLException {
    return new CsvAppender(copy.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)"));
  }

  /** One COPY operation: rows encoded as CSV, sent in chunks of about 64 KiB. */
  private static final class CsvAppender implements TableAppender {
    private final CopyIn in;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);
    private boolean inRow;
    private boolean firstValue;
    private boolean closed;

    CsvAppender(CopyIn in) { this.in = in; }

    @Override
    public void beginRow() throws SQLException {
      if (inRow) throw new SQLException("COPY: beginRow before the previous row ended");
      inRow = true;
      firstValue = true;
    }

    @Override
    public void append(String value) throws SQLException {
      if (value.indexOf('\0') >= 0) {
        throw new SQLException("a text value contains the character U+0000, which PostgreSQL text cannot hold: '"
            + value.substring(0, Math.min(40, value.length())).replace('\0', '?') + "…'");
      }
      separator();
      buffer.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"') buffer.append('"');
        buffer.append(c);
      }
      buffer.append('"');
    }

    @Override
    public void append(double value) throws SQLException {
      separator();
      buffer.append(Double.toString(value));
    }

    @Override
    public void append(int value) throws SQLException {
      separator();
      buffer.append(value);
    }

    @Override
    public void append(LocalDate value) throws SQLException {
      separator();
      buffer.append(value);
    }

    @Override
    public void append(LocalDateTime value) throws SQLException {
      separator();
      buffer.append(TIMESTAMP.format(value));
    }

    @Override
    public void appendNull() throws SQLException { separator(); }

    @Override
    public void endRow() throws SQLException {
      if (!inRow) throw new SQLException("COPY: endRow without beginRow");
      buffer.append('\n');
      inRow = false;
      if (buffer.length() >= CHUNK) send();
    }

    @Override
    public void flush() throws SQLException {
      send();
      in.flushCopy();
    }

    /** Ends the COPY, which makes its rows part of the transaction; cancels it when a row was left unfinished. */
    @Override
    public void close() throws SQLException {
      if (closed) return;
      closed = true;
      if (inRow) {
        if (in.isActive()) in.cancelCopy();
        return;
      }
      try {
        send();
        in.endCopy();
      } finally {
        if (in.isActive()) in.cancelCopy();
      }
    }

    private void separator() throws SQLException {
      if (!inRow) throw new SQLException("COPY: a value outside a row");
      if (!firstValue) buffer.append(',');
      firstValue = false;
    }

    private void send() throws SQLException {
      if (buffer.length() == 0) return;
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      buffer.setLength(0);
      in.writeToCopy(bytes, 0, bytes.length);
    }
  }
}
