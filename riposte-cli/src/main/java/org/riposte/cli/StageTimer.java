package org.riposte.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.riposte.api.Analysis;
import org.riposte.api.Layer;
import org.riposte.api.RiposteException;
import org.riposte.api.Stage;

/**
 * Wraps the stages of a pipeline to add up the CPU time each spends (the calling thread's CPU time, so that other
 * processes on a shared machine do not count), for {@code riposte bench}'s share per stage. Thread safe.
 */
final class StageTimer {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<Timed> timed = new ArrayList<>();

  /** A stage that counts its own CPU time and otherwise does what the wrapped one does. */
  private static final class Timed implements Stage {
    final Stage inner;
    final AtomicLong nanos = new AtomicLong();

    Timed(Stage inner) { this.inner = inner; }

    public String name() { return inner.name(); }

    public Set<Layer> requires() { return inner.requires(); }

    public Set<Layer> produces() { return inner.produces(); }

    public Analysis process(Analysis in) throws RiposteException {
      long t0 = THREADS.getCurrentThreadCpuTime();
      try {
        return inner.process(in);
      } finally {
        nanos.addAndGet(THREADS.getCurrentThreadCpuTime() - t0);
      }
    }
  }

  /** The stages, each wrapped. */
  List<Stage> wrap(List<Stage> stages) {
    List<Stage> out = new ArrayList<>();
    for (Stage s : stages) {
      Timed t = new Timed(s);
      timed.add(t);
      out.add(t);
    }
    return out;
  }

  /** Starts counting afresh (after the warm-up runs). */
  void reset() { timed.forEach(t -> t.nanos.set(0)); }

  /** "corenlp 93.1 % (12.30 s), actors 2.0 % (…)…": each stage's share of the CPU time counted since the reset. */
  String shares() {
    long total = timed.stream().mapToLong(t -> t.nanos.get()).sum();
    List<String> parts = new ArrayList<>();
    for (Timed t : timed) {
      parts.add(String.format(Locale.ROOT, "%s %.1f %% (%.2f s)", t.name(),
          total == 0 ? 0.0 : 100.0 * t.nanos.get() / total, t.nanos.get() / 1e9));
    }
    return String.join(", ", parts);
  }
}
