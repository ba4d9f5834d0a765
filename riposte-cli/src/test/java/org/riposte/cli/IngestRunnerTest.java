package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Evidence;
import org.riposte.api.Layer;
import org.riposte.api.Outcome;
import org.riposte.api.Pipeline;
import org.riposte.api.ProcessingException;
import org.riposte.api.SourceRecord;
import org.riposte.api.Stage;
import org.riposte.api.Status;

class IngestRunnerTest {

  /** Codes one event per occurrence of "expelled"; fails on documents containing "POISON". */
  static final class FakeCoder implements Stage {
    public String name() { return "fake-coder"; }
    public Set<Layer> requires() { return EnumSet.of(Layer.TEXT); }
    public Set<Layer> produces() { return EnumSet.of(Layer.EVENTS); }

    public Analysis process(Analysis in) throws ProcessingException {
      String text = in.article().text();
      if (text.contains("POISON")) throw new ProcessingException("cannot parse " + in.article().id());
      List<Event> events = new ArrayList<>();
      int i = text.indexOf("expelled");
      while (i >= 0) {
        events.add(new Event(in.article().id() + i, null, in.article().id(), EventDate.UNKNOWN, Status.ASSERTED,
            Actor.unknown("someone"), null, "161", "16", "SANCTION", -4, 4, null, new Evidence(text, 0,
            text.length()), "expelled", List.of()));
        i = text.indexOf("expelled", i + 1);
      }
      return in.withEvents(events);
    }
  }

  private static SourceRecord rec(String origin, String text) {
    return SourceRecord.of(origin, Article.of(null, null, null, null, text));
  }

  private final List<SourceRecord> corpus = List.of(
      rec("a.txt", "Country A expelled two envoys of Country B."),
      SourceRecord.problem("b.txt", "not UTF-8: invalid byte at offset 12"),
      rec("c.txt", "POISON pill that the parser cannot take."),
      rec("d.txt", "Nothing happened today."),
      rec("e.txt", "Country A expelled two envoys of Country B."),
      SourceRecord.problem("f.txt", "empty file"),
      rec("g.txt", "Country C expelled a diplomat and then expelled another."));

  @Test
  void everyRecordGetsAnOutcomeAndTheRunGoesOnAfterFailures() throws Exception {
    for (int threads : new int[] {1, 3}) {
      MemoryStore store = new MemoryStore();
      List<Outcome> seen = new ArrayList<>();
      IngestRunner.Report r = new IngestRunner(Pipeline.of(List.of(new FakeCoder())), store, threads)
          .run(corpus, seen::add);
      assertEquals(seen, r.outcomes());
      assertEquals(List.of("ok", "failed", "failed", "ok", "skipped", "skipped", "ok"),
          r.outcomes().stream().map(o -> o.kind().label()).toList());
      assertEquals("1 event", r.outcomes().get(0).reason());
      assertEquals("no events", r.outcomes().get(3).reason());
      assertTrue(r.outcomes().get(2).reason().contains("cannot parse"));
      assertEquals("same text as an earlier input of this run", r.outcomes().get(4).reason());
      assertEquals(3, r.events());
      assertEquals(3, store.saved.size());
      assertEquals("7 documents: 3 ok (3 events), 2 skipped, 2 failed", r.summary());
    }
  }

  @Test
  void aSecondRunStoresNothingNew() throws Exception {
    MemoryStore store = new MemoryStore();
    Pipeline p = Pipeline.of(List.of(new FakeCoder()));
    new IngestRunner(p, store, 2).run(corpus, o -> { });
    int saves = store.saves;
    IngestRunner.Report again = new IngestRunner(p, store, 2).run(corpus, o -> { });
    assertEquals(saves, store.saves);
    assertEquals(0, again.counts().get(Outcome.Kind.OK));
    assertEquals("already stored", again.outcomes().get(0).reason());
  }
}
