package org.riposte.cli;

import java.io.PrintStream;
import java.util.List;

/** Small helpers for terminal tables. */
final class Text {
  private Text() {}

  /** The text on one line, cut to {@code max} characters with an ellipsis. */
  static String clip(String s, int max) {
    if (s == null) return "";
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }

  /** Prints rows with columns padded to their widest cell; the first row is the header. */
  static void printTable(List<String[]> rows, PrintStream out) {
    if (rows.isEmpty()) return;
    int cols = rows.get(0).length;
    int[] w = new int[cols];
    for (String[] r : rows) for (int i = 0; i < cols; i++) w[i] = Math.max(w[i], r[i].length());
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < cols; i++) {
        sb.append(r[i]);
        if (i < cols - 1) sb.append(" ".repeat(w[i] - r[i].length() + 2));
      }
      out.println(sb.toString().stripTrailing());
    }
  }
}
