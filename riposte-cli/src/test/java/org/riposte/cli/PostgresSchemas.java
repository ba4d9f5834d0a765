package org.riposte.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh schemas in the PostgreSQL test database named by {@code RIPOSTE_TEST_PG} ({@code .ci/run} sets it), one per
 * {@link #create}, dropped by {@link #close}. Unset: the calling test is skipped with a message; set but unreachable:
 * it fails.
 */
final class PostgresSchemas implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("postgres(?:ql)?://([^:@/]+)(?::([^@/]*))?@([^/]+)/([^?]+).*");

  private final String base;
  private final List<String> schemas = new ArrayList<>();

  PostgresSchemas() {
    String url = System.getenv("RIPOSTE_TEST_PG");
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        "RIPOSTE_TEST_PG is not set: PostgreSQL tests skipped (.ci/run starts a server and sets it; see README)");
    base = url.strip();
  }

  /** The URL of a new, empty schema, for {@code --db}. */
  String create() throws SQLException {
    String schema = "riposte_cli_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    schemas.add(schema);
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  public void close() throws SQLException {
    if (schemas.isEmpty()) return;
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (String schema : schemas) s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private Connection connect() throws SQLException {
    Matcher m = URL.matcher(base);
    if (!m.matches()) throw new SQLException("RIPOSTE_TEST_PG is not postgresql://user:password@host:port/dbname");
    return DriverManager.getConnection("jdbc:postgresql://" + m.group(3) + "/" + m.group(4), m.group(1),
        m.group(2));
  }
}
