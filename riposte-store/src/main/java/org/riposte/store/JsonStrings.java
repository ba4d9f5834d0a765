package org.riposte.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings as a JSON array ({@code ["a","b"]}), the form of the {@code reacts_to} column. Only this shape is
 * written and read: an array of strings, no nulls.
 */
final class JsonStrings {

  private JsonStrings() {}

  /** The JSON array text of {@code values}; {@code []} when empty. */
  static String encode(List<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (String v : values) {
      if (b.length() > 1) b.append(',');
      b.append('"');
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> {
            if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
          }
        }
      }
      b.append('"');
    }
    return b.append(']').toString();
  }

  /**
   * The strings of a JSON array written by {@link #encode}; empty for null or blank text.
   *
   * @throws IllegalArgumentException when the text is not an array of strings
   */
  static List<String> decode(String json) {
    List<String> out = new ArrayList<>();
    if (json == null || json.isBlank()) return out;
    String s = json.strip();
    if (s.length() < 2 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') throw bad(json);
    int i = skipBlanks(s, 1);
    if (s.charAt(i) == ']') return out;
    while (true) {
      if (s.charAt(i) != '"') throw bad(json);
      StringBuilder v = new StringBuilder();
      i++;
      while (true) {
        if (i >= s.length()) throw bad(json);
        char c = s.charAt(i++);
        if (c == '"') break;
        if (c != '\\') {
          v.append(c);
          continue;
        }
        if (i >= s.length()) throw bad(json);
        char e = s.charAt(i++);
        switch (e) {
          case '"', '\\', '/' -> v.append(e);
          case 'n' -> v.append('\n');
          case 'r' -> v.append('\r');
          case 't' -> v.append('\t');
          case 'b' -> v.append('\b');
          case 'f' -> v.append('\f');
          case 'u' -> {
            if (i + 4 > s.length()) throw bad(json);
            v.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> throw bad(json);
        }
      }
      out.add(v.toString());
      i = skipBlanks(s, i);
      char next = s.charAt(i);
      if (next == ']' && i == s.length() - 1) return out;
      if (next != ',') throw bad(json);
      i = skipBlanks(s, i + 1);
    }
  }

  private static int skipBlanks(String s, int i) {
    while (i < s.length() - 1 && Character.isWhitespace(s.charAt(i))) i++;
    return i;
  }

  private static IllegalArgumentException bad(String json) {
    return new IllegalArgumentException("not a JSON array of strings: " + json);
  }
}
