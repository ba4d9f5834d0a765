package org.riposte.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Event;
import org.riposte.api.EventQuery;
import org.riposte.api.EventStore;
import org.riposte.api.IngestException;
import org.riposte.api.Outcome;
import org.riposte.cli.Main;
import org.riposte.cli.SampleCorpus;
import org.riposte.ingest.IngestConfig;
import org.riposte.store.EventStores;

/**
 * The Spark job in {@code local[2]} against {@code riposte ingest} on the same folder: the sample corpus plus an
 * empty file, a binary file and a copy of one report. Same events (ids and every field), same outcomes.
 */
class SparkJobIT {

  @TempDir
  static Path tmp;

  static SparkSession spark;
  static Path corpus;
  static Path cliDb;

  @BeforeAll
  static void setUp() throws Exception {
    corpus = tmp.resolve("corpus");
    List<Path> files = SampleCorpus.extractTo(corpus);
    Files.createDirectories(corpus.resolve("odd"));
    Files.writeString(corpus.resolve("odd/empty.txt"), "");
    Files.write(corpus.resolve("odd/binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2, 0, 0, 9});
    Files.copy(files.get(0), corpus.resolve("zz-copy-of-first.txt"));
    cliDb = tmp.resolve("cli.duckdb");
    // The CLI runs in a JVM of its own, as a user runs it.
    Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", corpus.toString(),
        "--db", cliDb.toString()).inheritIO().start();
    assertEquals(0, cli.waitFor());
    // Loopback only: the test talks to no other address.
    spark = SparkSession.builder().master("local[2]").appName("riposte-it").config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void tearDown() {
    if (spark != null) spark.stop();
  }

  @Test
  void eventsAndOutcomesEqualTheCommandLinesOnTheSameInput() throws Exception {
    Path out = tmp.resolve("out");
    Path sparkDb = tmp.resolve("spark.duckdb");
    JobReport report = SparkIngestJob.run(spark,
        new SparkJobConfig(corpus.toString(), out.toString(), sparkDb.toString(), 2, IngestConfig.DEFAULT));

    List<Event> cliEvents;
    List<Outcome> cliOutcomes;
    try (EventStore store = EventStores.open(cliDb.toString())) {
      cliEvents = store.events(EventQuery.all());
      cliOutcomes = store.outcomes();
    }
    assertTrue(cliEvents.size() >= 30, "the CLI coded " + cliEvents.size() + " events");

    List<Event> parquetEvents = spark.read().parquet(out.resolve("events").toString()).collectAsList().stream()
        .map(TableRows::event).toList();
    // the Parquet holds each document's own coding; stories and reactions link documents, in the store (--db)
    assertSameEvents(byId(cliEvents.stream().map(SparkJobIT::withoutStory).toList()), byId(parquetEvents));
    assertTrue(parquetEvents.stream().allMatch(e -> e.storyId() == null && e.reactsTo().isEmpty()));
    assertEquals(cliEvents.size(), report.events());

    try (EventStore store = EventStores.open(sparkDb.toString())) {
      List<Event> loaded = store.events(EventQuery.all());
      // the events are the CLI's, story links and reactions (built in the store) included
      assertSameEvents(byId(cliEvents), byId(loaded));
      assertTrue(loaded.stream().anyMatch(e -> e.storyId() != null), "the store's events are linked into stories");
      assertEquals(report.count(Outcome.Kind.OK), store.articles(0).size());
    }

    Map<String, String> cliKinds = kinds(cliOutcomes.stream().map(o -> new String[] {o.origin(), o.kind().label()}));
    Map<String, String> sparkKinds = kinds(spark.read().parquet(out.resolve("outcomes").toString()).collectAsList()
        .stream().map(r -> new String[] {r.getString(0), r.getString(2)}));
    assertEquals(cliKinds, sparkKinds);
    assertEquals("skipped", sparkKinds.get("odd/empty.txt"));
    assertEquals("failed", sparkKinds.get("odd/binary.txt"));
    assertEquals("skipped", sparkKinds.get("zz-copy-of-first.txt"));
    assertEquals(2, report.count(Outcome.Kind.SKIPPED));
    assertEquals(1, report.count(Outcome.Kind.FAILED));

    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
    assertEquals(report.count(Outcome.Kind.OK), articles.size());
    assertTrue(articles.stream().allMatch(r -> r.getString(1).startsWith("file:") || r.getString(1).startsWith("http")),
        "article URLs name the input, not a temporary copy: " + articles.stream().map(r -> r.getString(1)).toList());
    assertFalse(articles.stream().anyMatch(r -> r.getString(1).contains("riposte-spark-in")));
  }

  @Test
  void aMissingInputOrAnExistingOutputStopsTheJobBeforeAnythingIsWritten() throws Exception {
    IngestException missing = assertThrows(IngestException.class, () -> SparkIngestJob.run(spark,
        new SparkJobConfig(tmp.resolve("nowhere").toString(), tmp.resolve("o1").toString(), null, 0,
            IngestConfig.DEFAULT)));
    assertTrue(missing.getMessage().contains("nowhere"), missing.getMessage());
    Path existing = Files.createDirectories(tmp.resolve("taken"));
    IngestException taken = assertThrows(IngestException.class, () -> SparkIngestJob.run(spark,
        new SparkJobConfig(corpus.toString(), existing.toString(), null, 0, IngestConfig.DEFAULT)));
    assertTrue(taken.getMessage().contains("taken"), taken.getMessage());
    assertFalse(Files.exists(tmp.resolve("o1")));
  }

  /**
   * Equal maps, field for field, or a failure that lists only the events that differ. (The job's executors annotate
   * the documents in another order than the CLI, on other threads: a date that depended on the order, as SUTime's
   * shared weekday tags once made one, shows here.)
   */
  private static void assertSameEvents(Map<String, Event> expected, Map<String, Event> actual) {
    List<String> diff = new java.util.ArrayList<>();
    for (var e : expected.entrySet()) {
      Event a = actual.get(e.getKey());
      if (!e.getValue().equals(a)) diff.add("expected " + e.getValue() + "\n     got " + a);
    }
    for (var a : actual.entrySet()) {
      if (!expected.containsKey(a.getKey())) diff.add("unexpected " + a.getValue());
    }
    assertTrue(diff.isEmpty(), diff.size() + " events differ:\n" + String.join("\n", diff));
  }

  private static Event withoutStory(Event e) {
    return new Event(e.id(), null, e.docId(), e.date(), e.status(), e.source(), e.target(), e.cameo(), e.root(),
        e.plover(), e.goldstein(), e.quadClass(), e.location(), e.evidence(), e.trigger(), List.of());
  }

  private static Map<String, Event> byId(List<Event> events) {
    Map<String, Event> m = new TreeMap<>(events.stream().collect(Collectors.toMap(Event::id, Function.identity())));
    assertEquals(events.size(), m.size(), "event ids are unique");
    return m;
  }

  /** Outcome kind by origin relative to the corpus folder ({@code wire.jsonl:3}, {@code odd/empty.txt}). */
  private static Map<String, String> kinds(java.util.stream.Stream<String[]> originKind) {
    String base = corpus.toString() + "/";
    return new TreeMap<>(originKind.collect(Collectors.toMap(
        ok -> ok[0].substring(ok[0].indexOf(base) + base.length()), ok -> ok[1])));
  }

}
