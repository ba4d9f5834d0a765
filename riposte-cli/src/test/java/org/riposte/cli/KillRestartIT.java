package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventQuery;
import org.riposte.api.EventStore;
import org.riposte.store.EventStores;

/**
 * An ingest killed half-way (SIGKILL, in a child JVM) and run again leaves every article stored exactly once, with
 * the same events as an uninterrupted run.
 */
class KillRestartIT {

  @TempDir
  Path tmp;

  @Test
  void killedIngestRunAgainStoresEveryArticleExactlyOnce() throws Exception {
    Path corpus = tmp.resolve("corpus");
    SampleCorpus.extractTo(corpus);
    Path killed = tmp.resolve("killed.duckdb");

    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
        "org.riposte.cli.Main", "ingest", "-v", "--threads", "1", "--db", killed.toString(), corpus.toString())
        .redirectErrorStream(true).start();
    int oks = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("ok: ") && ++oks == 3) break;
      }
    }
    p.destroyForcibly();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(3, oks, "the child ingest should have stored three articles before it was killed");

    CliRun resumed = CliRun.of("ingest", "--db", killed.toString(), corpus.toString());
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertTrue(resumed.err().contains("already stored"), resumed.err());

    Path clean = tmp.resolve("clean.duckdb");
    CliRun full = CliRun.of("ingest", "--db", clean.toString(), corpus.toString());
    assertEquals(0, full.exitCode(), full.err());

    try (EventStore a = EventStores.open(killed.toString()); EventStore b = EventStores.open(clean.toString())) {
      List<Article> articles = a.articles(0);
      assertEquals(b.articles(0).size(), articles.size());
      assertEquals(articles.size(), articles.stream().map(Article::id).distinct().count());
      List<Event> ea = a.events(EventQuery.all());
      assertEquals(ea.size(), ea.stream().map(Event::id).distinct().count(), "duplicated events");
      assertEquals(ids(b.events(EventQuery.all())), ids(ea));
    }
  }

  private static Set<String> ids(List<Event> events) {
    Set<String> s = new TreeSet<>();
    events.forEach(e -> s.add(e.id()));
    return s;
  }
}
