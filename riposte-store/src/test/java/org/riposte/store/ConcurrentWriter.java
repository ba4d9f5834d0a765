package org.riposte.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Outcome;

/**
 * One writer of {@link PostgresConcurrencyIT}: saves articles {@code from} to {@code to} (exclusive) of a fixed,
 * deterministic corpus in batches, forwards or backwards. Run as a thread or, through {@link #main}, as a separate
 * process (arguments: database, from, to, "reverse" or "forward", optionally "progress"; prints {@code done N}).
 */
final class ConcurrentWriter {

  static final int EVENTS_PER_ARTICLE = 3;
  static final int BATCH = 7;

  private ConcurrentWriter() {}

  /** Article {@code i} of the corpus, with its events and one quote. */
  static Analysis analysis(int i) {
    Article a = Fixtures.article("Concurrent report number " + i + ".", LocalDate.of(2021, 1, 1).plusDays(i));
    List<Event> events = new ArrayList<>();
    for (int k = 0; k < EVENTS_PER_ARTICLE; k++) {
      events.add(Fixtures.event(a, i + "-" + k, EventDate.day(LocalDate.of(2021, 1, 1).plusDays(i)), Fixtures.RUSGOV,
          Fixtures.NATO, "161", k * 20));
    }
    return Fixtures.analysis(a, events, List.of(Fixtures.quote(a, Integer.toString(i), Fixtures.RUSGOV, 0)));
  }

  static Outcome outcome(int i) {
    return Outcome.ok("report-" + i + ".txt", analysis(i).article().id(), EVENTS_PER_ARTICLE + " events");
  }

  /** Opens its own store and saves the range; returns the number of articles saved. */
  static int write(String db, int from, int to, boolean reverse) throws Exception {
    return write(db, from, to, reverse, false);
  }

  /** As {@link #write(String, int, int, boolean)}; {@code progress} prints {@code saved N} after each batch. */
  static int write(String db, int from, int to, boolean reverse, boolean progress) throws Exception {
    List<Integer> order = new ArrayList<>();
    for (int i = from; i < to; i++) order.add(i);
    if (reverse) java.util.Collections.reverse(order);
    try (BatchEventStore store = EventStores.open(db)) {
      for (int start = 0; start < order.size(); start += BATCH) {
        List<Analysis> batch = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i : order.subList(start, Math.min(order.size(), start + BATCH))) {
          batch.add(analysis(i));
          outcomes.add(outcome(i));
        }
        store.saveAll(batch, outcomes);
        if (progress) {
          System.out.println("saved " + Math.min(order.size(), start + BATCH));
          System.out.flush();
        }
      }
    }
    return order.size();
  }

  public static void main(String[] args) throws Exception {
    int n = write(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]), "reverse".equals(args[3]),
        args.length > 4 && "progress".equals(args[4]));
    System.out.println("done " + n);
  }
}
