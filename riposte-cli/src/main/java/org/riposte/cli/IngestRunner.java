package org.riposte.cli;

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
 * writer and saves in input order, so outcomes and ids are the same whatever the thread count.
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
   * Processes the records as the iterator yields them, holding at most a few per worker in memory, calling
   * {@code onOutcome} as each outcome is decided (in input order).
   *
   * @throws StoreException only when the store cannot even be asked whether an article is there
   */
  Report run(Iterator<SourceRecord> records, Consumer<Outcome> onOutcome) throws StoreException {
    List<Outcome> outcomes = new ArrayList<>();
    int events = 0;
    Set<String> seen = new HashSet<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "riposte-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      int chunk = threads * 4;
      while (records.hasNext()) {
        List<SourceRecord> part = new ArrayList<>(chunk);
        while (part.size() < chunk && records.hasNext()) part.add(records.next());
        List<Future<Analysis>> futures = new ArrayList<>();
        Outcome[] decided = new Outcome[part.size()];
        for (int i = 0; i < part.size(); i++) {
          SourceRecord r = part.get(i);
          decided[i] = triage(r, seen);
          futures.add(decided[i] == null ? pool.submit(() -> pipeline.run(r.article())) : null);
        }
        List<Analysis> toSave = new ArrayList<>();
        List<Integer> saveIndex = new ArrayList<>();
        for (int i = 0; i < part.size(); i++) {
          if (decided[i] != null) continue;
          SourceRecord r = part.get(i);
          try {
            Analysis a = futures.get(i).get();
            int n = a.events().size();
            decided[i] = Outcome.ok(r.origin(), r.article().id(),
                n == 0 ? "no events" : n + (n == 1 ? " event" : " events"));
            toSave.add(a);
            saveIndex.add(i);
          } catch (ExecutionException e) {
            Throwable c = e.getCause();
            decided[i] = Outcome.failed(r.origin(), r.article().id(),
                c instanceof RiposteException ? c.getMessage() : c.toString());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while ingesting " + r.origin(), e);
          }
        }
        save(toSave, saveIndex, decided);
        for (int i = 0; i < part.size(); i++) {
          Outcome o = decided[i];
          if (o.kind() == Outcome.Kind.OK) events += countEvents(toSave, saveIndex, i);
          else if (!ALREADY_STORED.equals(o.reason())) recordQuietly(o);
          outcomes.add(o);
          onOutcome.accept(o);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Report(outcomes, events);
  }

  /**
   * Saves a chunk in one bulk write; when that fails, saves article by article so that one bad article fails alone
   * (its outcome in {@code decided} becomes failed).
   */
  private void save(List<Analysis> analyses, List<Integer> index, Outcome[] decided) {
    if (analyses.isEmpty()) return;
    List<Outcome> oks = new ArrayList<>();
    for (int i : index) oks.add(decided[i]);
    try {
      store.saveAll(analyses, oks);
      return;
    } catch (StoreException e) {
      // fall through: find the article that cannot be saved
    }
    for (int k = 0; k < analyses.size(); k++) {
      int i = index.get(k);
      try {
        store.save(analyses.get(k), decided[i]);
      } catch (StoreException e) {
        decided[i] = Outcome.failed(decided[i].origin(), decided[i].docId(), e.getMessage());
      }
    }
  }

  private static int countEvents(List<Analysis> saved, List<Integer> index, int i) {
    int k = index.indexOf(i);
    return k < 0 ? 0 : saved.get(k).events().size();
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
