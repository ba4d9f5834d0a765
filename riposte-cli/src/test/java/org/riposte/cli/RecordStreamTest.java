package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.riposte.api.IngestException;
import org.riposte.api.IngestStage;
import org.riposte.api.SourceRecord;

class RecordStreamTest {

  private static final List<Path> INPUTS = List.of(Path.of("feed.jsonl"));

  @Test
  void yieldsEveryRecordInOrderWhileReadingAheadOnlyAFew() {
    AtomicInteger produced = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    IngestStage stage = (inputs, sink) -> {
      for (int i = 0; i < 1000; i++) {
        sink.accept(SourceRecord.problem("feed.jsonl:" + (i + 1), "record " + i));
        maxAhead.accumulateAndGet(produced.incrementAndGet() - consumed.get(), Math::max);
      }
    };
    List<String> origins = new ArrayList<>();
    try (RecordStream s = RecordStream.open(stage, INPUTS)) {
      while (s.hasNext()) {
        origins.add(s.next().origin());
        consumed.incrementAndGet();
      }
      assertFalse(s.hasNext(), "stays ended");
    }
    assertEquals(1000, origins.size());
    assertEquals("feed.jsonl:1", origins.get(0));
    assertEquals("feed.jsonl:1000", origins.get(999));
    assertTrue(maxAhead.get() <= RecordStream.CAPACITY + 2, "read ahead " + maxAhead.get());
  }

  @Test
  void aReadingErrorReachesTheConsumerAfterTheRecordsBeforeIt() {
    IngestStage stage = (inputs, sink) -> {
      sink.accept(SourceRecord.problem("a.txt", "empty file"));
      throw new IngestException("no readable input in [feed.jsonl]");
    };
    try (RecordStream s = RecordStream.open(stage, INPUTS)) {
      assertEquals("a.txt", s.next().origin());
      RecordStream.Failure f = assertThrows(RecordStream.Failure.class, s::hasNext);
      assertEquals("no readable input in [feed.jsonl]", f.getCause().getMessage());
    }
  }

  @Test
  void closingEarlyStopsTheReader() throws Exception {
    AtomicInteger produced = new AtomicInteger();
    IngestStage stage = (inputs, sink) -> {
      for (int i = 0; i < 1_000_000; i++) {
        sink.accept(SourceRecord.problem("x:" + i, "p"));
        produced.incrementAndGet();
      }
    };
    RecordStream s = RecordStream.open(stage, INPUTS);
    s.next();
    s.close();
    Thread.sleep(200);
    int after = produced.get();
    Thread.sleep(200);
    assertEquals(after, produced.get(), "the reader goes on after close");
    assertTrue(after < 1_000_000);
  }
}
