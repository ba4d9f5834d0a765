package org.riposte.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.riposte.api.Analysis;
import org.riposte.api.EventStore;
import org.riposte.api.Outcome;
import org.riposte.api.Pipeline;
import org.riposte.api.RiposteException;
import org.riposte.api.SourceRecord;
import org.riposte.api.StoreException;

/**
 * Runs the pipeline over source records and saves the results, one outcome per record: it never stops on a bad
 * document. Documents are analysed by {@code threads} workers sharing one pipeline; the calling thread is the only
 * writer and saves in input order while the workers go on, so outcomes and ids are the same whatever the thread
 * count.
 */
final class IngestRunner {

  /** What a run did. */
  record Report(List<Outcome> outcomes, int events) {
    Map<Outcome.Kind, Integer> counts() {
      Map<Outcome.Kind, Integer> c = new EnumMap<>(Outcome.Kind.class);
      for (Outcome.Kind k : Outcome.Kind.values()) c.put(k, 0);
      for (Outcome o : outcomes) c.merge(o.kind(), 1, Integer::sum);
      return c;
    }

    /** {@code 12 documents: 10 ok (31 events), 1 skipped, 1 failed}. */
    String summary() {
      Map<Outcome.Kind, Integer> c = counts();
      return outcomes.size() + (outcomes.size() == 1 ? " document: " : " documents: ") + c.get(Outcome.Kind.OK)
          + " ok (" + events + (events == 1 ? " event), " : " events), ") + c.get(Outcome.Kind.SKIPPED)
          + " skipped, " + c.get(Outcome.Kind.FAILED) + " failed";
    }
  }

  /** The reason given for an article stored by an earlier run; such outcomes do not replace the stored one. */
  static final String ALREADY_STORED = "already stored";

  private final Pipeline pipeline;
  private final EventStore store;
  private final int threads;
  private int outcomeErrors;

  IngestRunner(Pipeline pipeline, EventStore store, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    this.pipeline = pipeline;
    this.store = store;
    this.threads = threads;
  }

  /**
   * Processes every record, calling {@code onOutcome} as each outcome is decided (in input order).
   *
   * @throws StoreException only when the store cannot even be asked whether an article is there
   */
  Report run(List<SourceRecord> records, Consumer<Outcome> onOutcome) throws StoreException {
    return run(records.iterator(), onOutcome);
  }

  /**
   * Processes the records as the iterator yields them, calling {@code onOutcome} as each outcome is decided (in input
   * order).
   *
   * <p>The workers never wait for the writer: up to {@code threads * 8} documents are in flight, the calling thread
   * takes finished analyses in input order and saves them in bulk ({@code threads * 4} at a time, or whatever is
   * finished when the next document is not) while the workers go on with the documents behind them. At most the
   * window plus one batch of analyses is held in memory.
   *
   * @throws StoreException only when the store cannot even be asked whether an article is there
   */
  Report run(Iterator<SourceRecord> records, Consumer<Outcome> onOutcome) throws StoreException {
    List<Outcome> outcomes = new ArrayList<>();
    int[] events = {0};
    Set<String> seen = new HashSet<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "riposte-worker");
      t.setDaemon(true);
      return t;
    });
    int window = threads * 8;
    int batchSize = threads * 4;
    ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    List<Pending> batch = new ArrayList<>();
    try {
      while (true) {
        while (inFlight.size() < window && records.hasNext()) {
          SourceRecord r = records.next();
          Outcome decided = triage(r, seen);
          inFlight.add(new Pending(r, decided, decided == null ? pool.submit(() -> pipeline.run(r.article())) : null));
        }
        if (inFlight.isEmpty()) break;
        Pending head = inFlight.poll();
        head.await();
        batch.add(head);
        Pending next = inFlight.peek();
        boolean nextWaits = next != null && next.future != null && !next.future.isDone();
        if (batch.size() >= batchSize || next == null || (nextWaits && hasAnalysis(batch))) {
          finish(batch, outcomes, events, onOutcome);
          batch.clear();
        }
      }
      finish(batch, outcomes, events, onOutcome);
    } finally {
      pool.shutdownNow();
    }
    return new Report(outcomes, events[0]);
  }

  /** A document on its way: decided at once (unreadable, repeated, stored) or being analysed. */
  private static final class Pending {
    final SourceRecord record;
    final Future<Analysis> future;
    Outcome decided;
    Analysis analysis;

    Pending(SourceRecord record, Outcome decided, Future<Analysis> future) {
      this.record = record;
      this.decided = decided;
      this.future = future;
    }

    /** Waits for the analysis; a failed one becomes a failed outcome. */
    void await() throws StoreException {
      if (decided != null) return;
      try {
        analysis = future.get();
        int n = analysis.events().size();
        decided = Outcome.ok(record.origin(), record.article().id(),
            n == 0 ? "no events" : n + (n == 1 ? " event" : " events"));
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        decided = Outcome.failed(record.origin(), record.article().id(),
            c instanceof RiposteException ? c.getMessage() : c.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted while ingesting " + record.origin(), e);
      }
    }
  }

  private static boolean hasAnalysis(List<Pending> batch) {
    for (Pending p : batch) if (p.analysis != null) return true;
    return false;
  }

  /** Saves the batch's analyses in one bulk write, then records and reports its outcomes in input order. */
  private void finish(List<Pending> batch, List<Outcome> outcomes, int[] events, Consumer<Outcome> onOutcome) {
    List<Analysis> toSave = new ArrayList<>();
    List<Pending> saved = new ArrayList<>();
    for (Pending p : batch) {
      if (p.analysis == null) continue;
      toSave.add(p.analysis);
      saved.add(p);
    }
    save(toSave, saved);
    for (Pending p : batch) {
      Outcome o = p.decided;
      if (o.kind() == Outcome.Kind.OK) events[0] += p.analysis == null ? 0 : p.analysis.events().size();
      else if (!ALREADY_STORED.equals(o.reason())) recordQuietly(o);
      outcomes.add(o);
      onOutcome.accept(o);
    }
  }

  /**
   * Saves analyses in one bulk write; when that fails, saves article by article so that one bad article fails alone
   * (its outcome becomes failed and its analysis is dropped).
   */
  private void save(List<Analysis> analyses, List<Pending> owners) {
    if (analyses.isEmpty()) return;
    List<Outcome> oks = new ArrayList<>();
    for (Pending p : owners) oks.add(p.decided);
    try {
      store.saveAll(analyses, oks);
      return;
    } catch (StoreException e) {
      // fall through: find the article that cannot be saved
    }
    for (int k = 0; k < analyses.size(); k++) {
      Pending p = owners.get(k);
      try {
        store.save(analyses.get(k), p.decided);
      } catch (StoreException e) {
        p.decided = Outcome.failed(p.decided.origin(), p.decided.docId(), e.getMessage());
        p.analysis = null;
      }
    }
  }

  /** Records a skipped or failed outcome; a store that cannot even record it still leaves it in the report. */
  private void recordQuietly(Outcome o) {
    try {
      store.recordOutcome(o);
    } catch (StoreException e) {
      outcomeErrors++;
    }
  }

  /** Outcomes that could not be recorded in the store (they are still in the report). */
  int outcomeErrors() { return outcomeErrors; }

  /** The outcome of a record that needs no analysis (unreadable, already stored, repeated), else null. */
  private Outcome triage(SourceRecord r, Set<String> seen) throws StoreException {
    if (!r.ok()) {
      String p = r.problem();
      boolean skip = r.skip() || p.toLowerCase(java.util.Locale.ROOT).startsWith("empty");
      return skip ? Outcome.skipped(r.origin(), null, p) : Outcome.failed(r.origin(), null, p);
    }
    String id = r.article().id();
    if (!seen.add(id)) return Outcome.skipped(r.origin(), id, "same text as an earlier input of this run");
    if (store.contains(id)) return Outcome.skipped(r.origin(), id, ALREADY_STORED);
    return null;
  }
}
