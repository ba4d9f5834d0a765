package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.riposte.api.StoreException;

class PostgresUrlTest {

  @Test
  void readsUserPasswordHostPortDatabaseAndParameters() throws Exception {
    PostgresUrl u = PostgresUrl.parse("postgresql://ana:p%40ss%3Aw0rd@db.example.org:6543/events?sslmode=require");
    assertEquals("jdbc:postgresql://db.example.org:6543/events?sslmode=require", u.jdbcUrl());
    assertEquals("ana", u.user());
    assertEquals("p@ss:w0rd", u.password());
    assertEquals("postgresql://ana:***@db.example.org:6543/events?sslmode=require", u.display());
    assertEquals("ana", u.properties().getProperty("user"));
    assertEquals("riposte", u.properties().getProperty("ApplicationName"));
  }

  @Test
  void acceptsTheJdbcAndShortFormsWithDefaults() throws Exception {
    PostgresUrl j = PostgresUrl.parse("jdbc:postgresql://localhost/riposte?user=bob&password=hunter2");
    assertEquals("jdbc:postgresql://localhost:5432/riposte?user=bob&password=hunter2", j.jdbcUrl());
    assertNull(j.user());
    assertEquals("jdbc:postgresql://localhost/riposte?user=bob&password=***", j.display());
    PostgresUrl s = PostgresUrl.parse("postgres://carol@127.0.0.1/x");
    assertEquals("carol", s.user());
    assertNull(s.password());
    assertEquals("postgres://carol@127.0.0.1/x", s.display());
  }

  @Test
  void tellsServerUrlsFromFilePaths() {
    assertTrue(PostgresUrl.isPostgres("postgresql://h/d"));
    assertTrue(PostgresUrl.isPostgres("JDBC:PostgreSQL://h/d"));
    assertTrue(EventStores.isServer("postgres://h/d"));
    assertFalse(PostgresUrl.isPostgres("riposte.duckdb"));
    assertFalse(PostgresUrl.isPostgres("data/postgresql.duckdb"));
    assertFalse(PostgresUrl.isPostgres(":memory:"));
  }

  @Test
  void badUrlsAreClearErrorsThatNeverShowThePassword() {
    assertBad("postgresql://u:secret@/db", "no valid host name");
    assertBad("postgresql:///db?password=secret", "no host");
    assertBad("postgresql://u:secret@host", "no database name");
    assertBad("postgresql://u:secret@host/", "no database name");
    assertBad("postgresql://u:secret@host/a/b", "'a/b' is not a database name");
    assertBad("postgresql://u:secret@host:port/db", "no valid host name");
    assertBad("postgresql://u:secret@host/db name", "not a well-formed URL");
  }

  @Test
  void otherSchemesAreRefusedNotTakenForFiles() {
    StoreException x = assertThrows(StoreException.class, () -> EventStores.open("mysql://u:secret@h/db"));
    assertTrue(x.getMessage().contains("not a supported database"), x.getMessage());
    assertTrue(x.getMessage().contains("postgresql://user:password@host:port/dbname"), x.getMessage());
    assertFalse(x.getMessage().contains("secret"), x.getMessage());
    x = assertThrows(StoreException.class, () -> EventStores.open("jdbc:sqlite:x.db"));
    assertTrue(x.getMessage().contains("not a supported database"), x.getMessage());
  }

  @Test
  void anUnreachableServerIsAClearError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();  // free once closed: nothing listens there
    }
    String url = "postgresql://u:secret@127.0.0.1:" + port + "/db";
    StoreException x = assertThrows(StoreException.class, () -> EventStores.open(url));
    assertTrue(x.getMessage().startsWith("database postgresql://u:***@127.0.0.1:" + port + "/db: cannot connect"),
        x.getMessage());
    assertFalse(x.getMessage().contains("secret"), x.getMessage());
  }

  private static void assertBad(String url, String problem) {
    StoreException x = assertThrows(StoreException.class, () -> PostgresUrl.parse(url));
    assertTrue(x.getMessage().contains(problem), x.getMessage());
    assertTrue(x.getMessage().contains("expected postgresql://user:password@host:port/dbname"), x.getMessage());
    assertFalse(x.getMessage().contains("secret"), x.getMessage());
  }
}
