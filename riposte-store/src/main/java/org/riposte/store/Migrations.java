package org.riposte.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.riposte.api.StoreException;

/**
 * Brings a database's schema up to date. The schema is a sequence of SQL scripts, resources
 * {@code db/migration/V<n>__<name>.sql} numbered from 1; table {@code schema_version} has one row per script applied.
 * Each script that is not yet applied runs in order, in its own transaction together with its {@code schema_version}
 * row, so each runs exactly once and a failed script leaves no trace.
 *
 * <p>A script is plain SQL: statements end with a semicolon at the end of a line, lines starting with {@code --} are
 * comments.
 */
final class Migrations {

  /** The scripts, in order. A new migration is a new resource and a new entry here. */
  static final List<String> SCRIPTS = List.of("V1__init.sql",
      "V2__stories.sql",
      "V3__story_links.sql");

  private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

  private Migrations() {}

  /** The schema version this code writes and reads. */
  static int latest() { return version(SCRIPTS.get(SCRIPTS.size() - 1)); }

  /**
   * Applies the scripts the database lacks.
   *
   * @param db a name for messages (the database file)
   * @return the number of scripts applied (0 when the schema was up to date)
   * @throws StoreException naming the database and the script when a script fails, or when the database's schema is
   *                        newer than {@link #latest()}
   */
  static int apply(Connection c, String db, Clock clock) throws StoreException {
    int current;
    try {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, "
            + "applied_at TIMESTAMP NOT NULL)");
      }
      current = current(c);
    } catch (SQLException e) {
      throw new StoreException("database " + db + ": cannot read the schema version: " + e.getMessage(), e);
    }
    if (current > latest()) {
      throw new StoreException("database " + db + " has schema version " + current
          + ", newer than this version of Riposte supports (" + latest() + ")");
    }
    int applied = 0;
    for (String script : SCRIPTS) {
      int v = version(script);
      if (v <= current) continue;
      run(c, db, script, v, clock);
      applied++;
    }
    return applied;
  }

  /** The highest version applied, 0 for a new database. */
  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
      r.next();
      int v = r.getInt(1);
      return r.wasNull() ? 0 : v;
    }
  }

  private static void run(Connection c, String db, String script, int version, Clock clock) throws StoreException {
    List<String> statements = statements(script);
    try {
      c.setAutoCommit(false);
      try {
        try (Statement s = c.createStatement()) {
          for (String sql : statements) s.execute(sql);
        }
        try (PreparedStatement p =
                 c.prepareStatement("INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
          p.setInt(1, version);
          p.setString(2, script);
          p.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now(clock)));
          p.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("database " + db + ": migration " + script + " failed: " + e.getMessage(), e);
    }
  }

  /** The statements of a script resource. */
  static List<String> statements(String script) throws StoreException {
    String text;
    try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
      if (in == null) throw new StoreException("migration " + script + " is missing from the class path");
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read migration " + script + ": " + e.getMessage(), e);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("--")) continue;
      if (t.endsWith(";")) {
        current.append(t, 0, t.length() - 1);
        out.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(t).append('\n');
      }
    }
    if (!current.toString().isBlank()) out.add(current.toString().strip());
    return out;
  }

  private static int version(String script) {
    Matcher m = NAME.matcher(script);
    if (!m.matches()) throw new IllegalStateException("migration name not V<n>__<name>.sql: " + script);
    return Integer.parseInt(m.group(1));
  }
}
