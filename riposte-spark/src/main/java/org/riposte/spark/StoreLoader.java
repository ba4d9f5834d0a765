package org.riposte.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.riposte.api.Analysis;
import org.riposte.api.EventStore;
import org.riposte.api.Outcome;
import org.riposte.api.StoreException;

/**
 * Loads a job's results into a store from the driver, in bulk ({@link EventStore#saveAll}) batches: an article the
 * store already holds is left as it is (as {@code riposte ingest} does), skipped and failed outcomes are recorded.
 * When a batch cannot be saved, its articles are saved one by one so that one bad article fails alone.
 */
final class StoreLoader {
  private static final int BATCH = 64;

  private final EventStore store;
  private long loaded;
  private long alreadyStored;
  private final List<String> errors = new ArrayList<>();

  StoreLoader(EventStore store) { this.store = store; }

  /**
   * Loads every result.
   *
   * @throws StoreException when the store cannot even be asked whether an article is there
   */
  void load(Iterator<DocResult> results) throws StoreException {
    List<Analysis> analyses = new ArrayList<>(BATCH);
    List<Outcome> outcomes = new ArrayList<>(BATCH);
    while (results.hasNext()) {
      DocResult r = results.next();
      Outcome o = r.outcomeRecord();
      Analysis a = r.analysis();
      if (a == null) {
        record(o);
      } else if (store.contains(a.article().id())) {
        alreadyStored++;
      } else {
        analyses.add(a);
        outcomes.add(o);
        if (analyses.size() == BATCH) flush(analyses, outcomes);
      }
    }
    flush(analyses, outcomes);
  }

  private void flush(List<Analysis> analyses, List<Outcome> outcomes) {
    if (analyses.isEmpty()) return;
    try {
      store.saveAll(analyses, outcomes);
      loaded += analyses.size();
    } catch (StoreException e) {
      for (int i = 0; i < analyses.size(); i++) {
        try {
          store.save(analyses.get(i), outcomes.get(i));
          loaded++;
        } catch (StoreException one) {
          Outcome o = outcomes.get(i);
          errors.add(o.origin() + ": " + one.getMessage());
          record(Outcome.failed(o.origin(), o.docId(), one.getMessage()));
        }
      }
    }
    analyses.clear();
    outcomes.clear();
  }

  private void record(Outcome o) {
    try {
      store.recordOutcome(o);
    } catch (StoreException e) {
      errors.add(o.origin() + ": outcome not recorded: " + e.getMessage());
    }
  }

  long loaded() { return loaded; }

  long alreadyStored() { return alreadyStored; }

  /** One line per article or outcome the store refused. */
  List<String> errors() { return List.copyOf(errors); }
}
