package org.riposte.cli;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV lines. */
final class Csv {
  private Csv() {}

  static String line(List<?> values) {
    return values.stream().map(Csv::cell).collect(Collectors.joining(","));
  }

  static String cell(Object v) {
    if (v == null) return "";
    String s = v.toString();
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
