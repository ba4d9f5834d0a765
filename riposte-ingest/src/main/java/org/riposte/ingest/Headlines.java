package org.riposte.ingest;

/**
 * Picks the headline of a plain-text article: its first line, when that line reads like one. Stateless and thread
 * safe.
 */
final class Headlines {

  /** The longest first line still taken for a headline. */
  static final int MAX_LENGTH = 200;

  private Headlines() {}

  /**
   * The first line of {@code text} when it is headline-like, else null. Headline-like means: at most
   * {@value #MAX_LENGTH} characters, with a letter, not ending in {@code .}, {@code ,}, {@code ;} or {@code :}, not a
   * dateline or a date line, and followed by more text, either after a blank line or, after a single line break,
   * starting a new sentence (a capital, a digit, a quote or a dash): a single break followed by lower case is a
   * wrapped paragraph, not a headline.
   *
   * @param text normalised text ({@link org.riposte.api.Article#normalise(String)})
   */
  static String title(String text) {
    int nl = text.indexOf('\n');
    if (nl < 0) return null;
    String first = text.substring(0, nl).strip();
    String rest = text.substring(nl + 1);
    if (first.isEmpty() || first.length() > MAX_LENGTH || rest.isBlank()) return null;
    if (".,;:".indexOf(first.charAt(first.length() - 1)) >= 0) return null;
    if (first.codePoints().noneMatch(Character::isLetter)) return null;
    boolean blankLineAfter = rest.startsWith("\n") || rest.lines().findFirst().map(String::isBlank).orElse(false);
    if (!blankLineAfter && !startsSentence(rest.strip())) return null;
    if (Datelines.isDateOrDateline(first)) return null;
    return first;
  }

  private static boolean startsSentence(String s) {
    int c = s.codePointAt(0);
    return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c) || "\"'“‘«—–-(".indexOf(c) >= 0;
  }
}
