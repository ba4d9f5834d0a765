package org.riposte.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.riposte.stories.DyadSummary;

/** Prints per-pair summaries as a table. */
final class PairPrinter {
  private PairPrinter() {}

  static void print(List<DyadSummary> pairs, PrintStream out) { print(pairs, "EVENTS", out); }

  /** Prints pairs counted in {@code unit} ({@code EVENTS} or {@code STORIES}). */
  static void print(List<DyadSummary> pairs, String unit, PrintStream out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"PAIR", unit, "A→B", "B→A", "VERB.COOP", "MAT.COOP", "VERB.CONF", "MAT.CONF",
        "GOLDSTEIN", "MEAN", "FROM", "TO"});
    for (DyadSummary d : pairs) {
      int[] q = d.quadCounts();
      rows.add(new String[] {d.dyad().toString(), Integer.toString(d.events()), Integer.toString(d.aToB()),
          Integer.toString(d.bToA()), Integer.toString(q[0]), Integer.toString(q[1]), Integer.toString(q[2]),
          Integer.toString(q[3]), String.format(Locale.ROOT, "%.1f", d.goldsteinSum()),
          String.format(Locale.ROOT, "%.2f", d.goldsteinMean()), nz(d.firstDate()), nz(d.lastDate())});
    }
    Text.printTable(rows, out);
  }

  private static String nz(String s) { return s == null ? "?" : s; }
}
