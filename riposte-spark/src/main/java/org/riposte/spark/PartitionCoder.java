package org.riposte.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.riposte.api.Analysis;
import org.riposte.api.ConfigException;
import org.riposte.api.Outcome;
import org.riposte.api.Pipeline;
import org.riposte.api.RiposteException;
import org.riposte.cli.StandardPipeline;

/**
 * Codes the documents of one partition with the CLI's pipeline. The pipeline (and so the CoreNLP models and the
 * dictionaries) is built once per JVM, on the first partition an executor runs, and shared by all its task threads
 * ({@code Pipeline} is thread safe). A document the pipeline fails on gets a failed outcome with the reason; the
 * partition goes on.
 */
final class PartitionCoder implements FlatMapFunction<Iterator<Doc>, DocResult> {
  private static final long serialVersionUID = 1L;

  private static volatile Pipeline shared;

  /** The JVM's pipeline, built on first use. */
  static Pipeline pipeline() throws ConfigException {
    Pipeline p = shared;
    if (p == null) {
      synchronized (PartitionCoder.class) {
        p = shared;
        if (p == null) shared = p = StandardPipeline.create();
      }
    }
    return p;
  }

  @Override
  public Iterator<DocResult> call(Iterator<Doc> docs) throws ConfigException {
    if (!docs.hasNext()) return java.util.Collections.emptyIterator();
    Pipeline p = pipeline();
    return new Iterator<>() {
      public boolean hasNext() { return docs.hasNext(); }

      public DocResult next() { return code(p, docs.next()); }
    };
  }

  /** The result for one document: analysed when it is to be, its decided outcome otherwise. */
  static DocResult code(Pipeline p, Doc d) {
    if (!d.toAnalyse()) return DocResult.of(d.outcome());
    try {
      Analysis a = p.run(d.article());
      return DocResult.of(a, Outcome.ok(d.origin, d.id, summary(a.events().size())));
    } catch (RiposteException e) {
      return DocResult.of(Outcome.failed(d.origin, d.id, e.getMessage()));
    } catch (RuntimeException e) {
      return DocResult.of(Outcome.failed(d.origin, d.id, e.toString()));
    }
  }

  /** The summary of an ok outcome, as {@code riposte ingest} words it: {@code 3 events}, {@code no events}. */
  static String summary(int events) {
    return events == 0 ? "no events" : events + (events == 1 ? " event" : " events");
  }
}
