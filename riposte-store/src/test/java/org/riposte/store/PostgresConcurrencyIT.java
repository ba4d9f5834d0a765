package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riposte.api.EventQuery;

/**
 * Two writers, each with its own connection, ingest overlapping ranges of the same 120 articles into one fresh
 * PostgreSQL schema at the same time (they also race to create the schema): every article must end up stored exactly
 * once with all its rows, nothing duplicated, nothing lost. Once as two threads, once as two processes; and a writer
 * killed (SIGKILL) mid-ingest leaves only whole articles, which a rerun completes without duplicates.
 */
class PostgresConcurrencyIT {

  private static final int ARTICLES = 120;

  private TestDatabases databases;

  @BeforeEach
  void open() { databases = TestDatabases.postgres(); }

  @AfterEach
  void close() throws Exception {
    if (databases != null) databases.close();
  }

  @Test
  void twoThreadsWithTheirOwnConnections() throws Exception {
    String db = databases.create();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Future<Integer> a = pool.submit(() -> {
        start.await();
        return ConcurrentWriter.write(db, 0, 90, false);
      });
      Future<Integer> b = pool.submit(() -> {
        start.await();
        return ConcurrentWriter.write(db, 30, ARTICLES, true);
      });
      start.countDown();
      assertEquals(90, a.get(120, TimeUnit.SECONDS));
      assertEquals(90, b.get(120, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
    assertExactlyOnce(db);
  }

  @Test
  void twoProcesses() throws Exception {
    String db = databases.create();
    List<Process> writers = new ArrayList<>();
    try {
      writers.add(writer(db, 0, 90, "forward"));
      writers.add(writer(db, 30, ARTICLES, "reverse"));
      for (Process p : writers) {
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a writer process did not finish");
        String out;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          out = r.readLine();
        }
        assertEquals(0, p.exitValue());
        assertEquals("done 90", out);
      }
    } finally {
      for (Process p : writers) if (p.isAlive()) p.destroyForcibly();
    }
    assertExactlyOnce(db);
  }

  @Test
  void aWriterKilledMidIngestLeavesWholeArticlesAndARerunCompletesThem() throws Exception {
    String db = databases.create();
    Process p = writer(db, 0, 5000, "forward", "progress");
    int saved = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null && saved < 10 * ConcurrentWriter.BATCH; ) {
        if (line.startsWith("saved ")) saved = Integer.parseInt(line.substring(6));
      }
    } finally {
      p.destroyForcibly();
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(saved >= 10 * ConcurrentWriter.BATCH, "the writer saved ten batches before it was killed");
    long articles;
    try (BatchEventStore store = EventStores.open(db)) {
      articles = store.countArticles();
      assertTrue(articles >= saved && articles < 5000, articles + " articles after the kill");
      assertEquals(articles * ConcurrentWriter.EVENTS_PER_ARTICLE, store.countEvents());
    }
    try (Connection c = databases.connect(db)) {
      assertEquals(articles * ConcurrentWriter.EVENTS_PER_ARTICLE, count(c, "SELECT count(*) FROM events"),
          "a killed save leaves no rows: it was one transaction");
      assertEquals(articles, count(c, "SELECT count(*) FROM quotes"));
    }
    assertEquals(ARTICLES, ConcurrentWriter.write(db, 0, ARTICLES, false));
    try (BatchEventStore store = EventStores.open(db)) {
      long expected = Math.max(articles, ARTICLES);
      assertEquals(expected, store.countArticles(), "the rerun added what was missing and duplicated nothing");
      assertEquals(expected * ConcurrentWriter.EVENTS_PER_ARTICLE, store.countEvents());
      assertEquals(expected, store.countQuotes());
    }
  }

  private static Process writer(String db, int from, int to, String... order) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), ConcurrentWriter.class.getName(), db,
        Integer.toString(from), Integer.toString(to)));
    command.addAll(List.of(order));
    return new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private void assertExactlyOnce(String db) throws Exception {
    try (BatchEventStore store = EventStores.open(db)) {
      assertEquals(ARTICLES, store.countArticles());
      assertEquals(ARTICLES * ConcurrentWriter.EVENTS_PER_ARTICLE, store.countEvents());
      assertEquals(ARTICLES, store.countQuotes());
      assertEquals(ARTICLES, store.outcomes().size());
      List<org.riposte.api.Event> expected = new ArrayList<>();
      for (int i = 0; i < ARTICLES; i++) {
        assertTrue(store.contains(ConcurrentWriter.analysis(i).article().id()), "article " + i + " is missing");
        expected.addAll(ConcurrentWriter.analysis(i).events());
      }
      assertEquals(expected.stream().map(org.riposte.api.Event::id).sorted().toList(),
          store.events(EventQuery.all()).stream().map(org.riposte.api.Event::id).sorted().toList());
    }
    try (Connection c = databases.connect(db)) {
      assertEquals(ARTICLES * ConcurrentWriter.EVENTS_PER_ARTICLE, count(c, "SELECT count(*) FROM events"),
          "no hidden leftovers either");
      assertEquals(ARTICLES, count(c, "SELECT count(*) FROM quotes"));
      assertEquals(Migrations.SCRIPTS.size(), count(c, "SELECT count(*) FROM schema_version"), "migrated once");
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
