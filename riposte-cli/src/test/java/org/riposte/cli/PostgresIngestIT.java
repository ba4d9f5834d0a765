package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventQuery;
import org.riposte.api.EventStore;
import org.riposte.store.EventStores;

/**
 * Two {@code riposte ingest} processes code four reports of the sample corpus into the same PostgreSQL database at the same time:
 * every article is stored exactly once, with the events a single DuckDB ingest of the same corpus gives.
 */
class PostgresIngestIT {

  @TempDir Path tmp;

  private PostgresSchemas schemas;

  @BeforeEach
  void open() { schemas = new PostgresSchemas(); }

  @AfterEach
  void close() throws Exception {
    if (schemas != null) schemas.close();
  }

  @Test
  void twoConcurrentIngestsStoreEveryArticleOnce() throws Exception {
    Path corpus = tmp.resolve("corpus");
    List<Path> files = SampleCorpus.extractTo(corpus);
    for (Path f : files.subList(4, files.size())) Files.delete(f);  // four reports keep the three JVMs short
    String db = schemas.create();

    String java = ProcessHandle.current().info().command().orElse("java");
    List<Process> ingests = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        Path log = tmp.resolve("ingest-" + i + ".log");
        logs.add(log);
        ingests.add(new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
            "org.riposte.cli.Main", "ingest", "--threads", "1", "--db", db, corpus.toString())
            .redirectErrorStream(true).redirectOutput(log.toFile()).start());
      }
      for (int i = 0; i < 2; i++) {
        assertTrue(ingests.get(i).waitFor(15, TimeUnit.MINUTES), "ingest " + i + " did not finish");
        String out = Files.readString(logs.get(i), StandardCharsets.UTF_8);
        assertEquals(0, ingests.get(i).exitValue(), out);
        assertTrue(out.contains("0 failed → postgresql://"), out);
        assertTrue(out.contains(":***@"), "the password is masked: " + out);
      }
    } finally {
      for (Process p : ingests) if (p.isAlive()) p.destroyForcibly();
    }

    Path clean = tmp.resolve("clean.duckdb");
    CliRun full = CliRun.of("ingest", "--db", clean.toString(), corpus.toString());
    assertEquals(0, full.exitCode(), full.err());

    try (EventStore pg = EventStores.open(db); EventStore duck = EventStores.open(clean.toString())) {
      List<Article> articles = pg.articles(0);
      assertEquals(duck.articles(0).size(), articles.size());
      assertEquals(articles.size(), articles.stream().map(Article::id).distinct().count());
      List<Event> events = pg.events(EventQuery.all());
      assertEquals(events.size(), events.stream().map(Event::id).distinct().count(), "duplicated events");
      assertEquals(ids(duck.events(EventQuery.all())), ids(events));
      assertEquals(duck.events(EventQuery.all()), events, "the same events, field for field, in the same order");
    }
  }

  private static Set<String> ids(List<Event> events) {
    Set<String> s = new TreeSet<>();
    events.forEach(e -> s.add(e.id()));
    return s;
  }
}
