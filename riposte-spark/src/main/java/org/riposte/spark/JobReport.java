package org.riposte.spark;

import java.util.EnumMap;
import java.util.Map;
import org.riposte.api.Outcome;

/**
 * What a job did.
 *
 * @param outcomes      documents per outcome kind (every kind present, 0 when none)
 * @param events        events written
 * @param quotes        quotes written
 * @param loaded        articles saved into the store ({@code --db}); 0 without a store
 * @param alreadyStored articles the store had from an earlier run, left as they were
 * @param seconds       wall time of the job, reading to the last write
 */
public record JobReport(Map<Outcome.Kind, Long> outcomes, long events, long quotes, long loaded, long alreadyStored,
                        double seconds) {

  public JobReport {
    EnumMap<Outcome.Kind, Long> all = new EnumMap<>(Outcome.Kind.class);
    for (Outcome.Kind k : Outcome.Kind.values()) all.put(k, outcomes.getOrDefault(k, 0L));
    outcomes = Map.copyOf(all);
  }

  public long documents() { return outcomes.values().stream().mapToLong(Long::longValue).sum(); }

  public long count(Outcome.Kind kind) { return outcomes.get(kind); }

  /** {@code 12 documents: 10 ok (31 events), 1 skipped, 1 failed}, as {@code riposte ingest} prints it. */
  public String summary() {
    long n = documents();
    return n + (n == 1 ? " document: " : " documents: ") + count(Outcome.Kind.OK) + " ok (" + events
        + (events == 1 ? " event), " : " events), ") + count(Outcome.Kind.SKIPPED) + " skipped, "
        + count(Outcome.Kind.FAILED) + " failed";
  }
}
