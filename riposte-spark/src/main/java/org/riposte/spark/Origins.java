package org.riposte.spark;

import java.util.Comparator;

/**
 * Input order of origins, as {@code riposte ingest} reads them: by path, then by line number for JSON Lines
 * ({@code a.jsonl:9} before {@code a.jsonl:10}). The earliest input of a repeated text is the one coded.
 */
final class Origins {
  private Origins() {}

  /** Orders {@code path} and {@code path:line} origins by path, then numerically by line. */
  static final Comparator<String> ORDER = Comparator.comparing(Origins::path).thenComparingLong(Origins::line);

  static String path(String origin) {
    int i = lineSeparator(origin);
    return i < 0 ? origin : origin.substring(0, i);
  }

  static long line(String origin) {
    int i = lineSeparator(origin);
    return i < 0 ? 0 : Long.parseLong(origin.substring(i + 1));
  }

  /** Index of the colon before a trailing line number, or -1. */
  private static int lineSeparator(String origin) {
    int i = origin.lastIndexOf(':');
    if (i < 0 || i == origin.length() - 1 || origin.length() - i > 19) return -1;
    for (int k = i + 1; k < origin.length(); k++) if (!Character.isDigit(origin.charAt(k))) return -1;
    return i;
  }
}
