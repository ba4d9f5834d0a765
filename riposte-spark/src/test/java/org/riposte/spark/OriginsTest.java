package org.riposte.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Origins sort in input order: path first, then JSON Lines line numbers as numbers. */
class OriginsTest {

  @Test
  void linesSortNumericallyWithinAFileAndFilesByPath() {
    List<String> origins = new ArrayList<>(List.of("file:/n/b.jsonl:10", "file:/n/b.jsonl:9", "file:/n/a.txt",
        "hdfs://nn:8020/n/c.txt", "file:/n/b.jsonl:1"));
    origins.sort(Origins.ORDER);
    assertEquals(List.of("file:/n/a.txt", "file:/n/b.jsonl:1", "file:/n/b.jsonl:9", "file:/n/b.jsonl:10",
        "hdfs://nn:8020/n/c.txt"), origins);
  }

  @Test
  void aPortInAUriIsNotTakenForALineNumber() {
    assertEquals("hdfs://nn:8020/n/c.txt", Origins.path("hdfs://nn:8020/n/c.txt"));
    assertEquals(0, Origins.line("hdfs://nn:8020/n/c.txt"));
    assertEquals(12, Origins.line("s3a://bucket/x.jsonl:12"));
  }
}
