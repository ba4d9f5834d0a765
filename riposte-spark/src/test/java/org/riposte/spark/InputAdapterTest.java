package org.riposte.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Outcome;
import org.riposte.ingest.IngestConfig;

/** Files of a remote file system go through the ingest readers, chosen by extension, and keep their own names. */
class InputAdapterTest {

  private final InputAdapter adapter = new InputAdapter(IngestConfig.DEFAULT);

  private static InputAdapter.Source bytes(String s) {
    return () -> new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aTextFileIsOneArticleNamedByItsOriginalPath() {
    List<Doc> docs = adapter.read("hdfs://nn:8020/news/day1/report.txt",
        bytes("Norland recalls its ambassador\n\nNorland recalled its ambassador to Sudia on Monday, 4 March 2024."));
    assertEquals(1, docs.size());
    Doc d = docs.get(0);
    assertTrue(d.toAnalyse());
    assertEquals("hdfs://nn:8020/news/day1/report.txt", d.origin);
    assertEquals("hdfs://nn:8020/news/day1/report.txt", d.url);
    assertTrue(d.article().text().contains("recalled its ambassador"));
  }

  @Test
  void aJsonLinesFileGivesOneDocumentPerLineWithItsLineNumber() {
    String jsonl = "{\"url\":\"https://example.org/1\",\"published\":\"2024-03-04\",\"text\":\"Sudia closed its border.\"}\n"
        + "{\"url\":\"https://example.org/2\",\"text\":\n"
        + "{\"url\":\"https://example.org/3\",\"text\":\"Norland protested the closure.\"}\n";
    List<Doc> docs = adapter.read("s3a://bucket/feed.jsonl", bytes(jsonl));
    assertEquals(3, docs.size());
    assertEquals("s3a://bucket/feed.jsonl:1", docs.get(0).origin);
    assertEquals("https://example.org/1", docs.get(0).url);
    assertEquals("2024-03-04", docs.get(0).published);
    assertEquals("s3a://bucket/feed.jsonl:2", docs.get(1).origin);
    assertEquals(Outcome.Kind.FAILED, docs.get(1).outcome().kind());
    assertTrue(docs.get(2).toAnalyse());
  }

  @Test
  void anEmptyFileIsSkippedAndAnUnreadableOneFailsWithItsName() {
    Doc empty = adapter.read("hdfs://nn/news/empty.txt", bytes("")).get(0);
    assertEquals(Outcome.Kind.SKIPPED, empty.outcome().kind());
    assertEquals("hdfs://nn/news/empty.txt", empty.outcome().origin());
    Doc broken = adapter.read("hdfs://nn/news/gone.txt", () -> {
      throw new IOException("connection reset");
    }).get(0);
    assertEquals(Outcome.Kind.FAILED, broken.outcome().kind());
    assertEquals("hdfs://nn/news/gone.txt", broken.outcome().origin());
    assertTrue(broken.outcome().reason().contains("connection reset"), broken.outcome().reason());
    assertNull(broken.article());
  }

  @Test
  void aRepeatKeepsItsArticleButIsSkipped() {
    Doc d = adapter.read("file:/n/a.txt", bytes("Sudia closed its border with Norland on Friday.")).get(0);
    Doc r = d.repeat();
    assertEquals(Outcome.Kind.SKIPPED, r.outcome().kind());
    assertEquals(d.id, r.outcome().docId());
  }

  @Test
  void fileNamesComeFromTheLastPathSegment() {
    assertEquals("a.jsonl", InputAdapter.fileName("hdfs://nn/news/a.jsonl"));
    assertEquals("input", InputAdapter.fileName("/"));
  }
}
