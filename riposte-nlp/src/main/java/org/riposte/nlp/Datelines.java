package org.riposte.nlp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a story ({@code MOSCOW, Oct 18, 2021 (Example Wire) —}, {@code BRUSSELS (Reuters) -},
 * {@code Kyiv, October 21, 2021 —}) so that the parser does not read it: left in, "MOSCOW" becomes the subject of the
 * first sentence's verbs and the city is taken for the government acting. The dateline's date and outlet are read by
 * ingest; here it only needs to be masked.
 *
 * <p>A dateline is looked for at the start of the first {@value #LINES} non-empty lines (the first may be the title).
 * It is a place — in capitals, or in title case when a date with digits follows — then a comma and a date, or an
 * outlet in parentheses, or both, then a dash and a space.
 */
final class Datelines {

  static final int LINES = 3;

  private static final Pattern DATELINE = Pattern.compile(
      "^(?<place>\\p{Lu}[\\p{L}\\p{M}.'/ -]{1,40}?)"
          + "(?<date>\\s*,\\s*[^()\\n—–]{1,60}?)?"
          + "(?<outlet>\\s*\\([^()\\n]{2,40}\\))?"
          + "\\s*(?:—|–|--|-)\\s+");

  private Datelines() {}

  /**
   * The text with its opening dateline replaced by spaces, so that every character keeps its offset; the text itself
   * when it has none.
   */
  static String mask(String text) {
    int lineStart = 0;
    for (int seen = 0; seen < LINES && lineStart < text.length(); ) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length();
      String line = text.substring(lineStart, lineEnd);
      int lead = line.length() - line.stripLeading().length();
      if (!line.isBlank()) {
        int n = datelineLength(line.substring(lead));
        if (n > 0) {
          int from = lineStart + lead;
          return text.substring(0, from) + " ".repeat(n) + text.substring(from + n);
        }
        seen++;
      }
      lineStart = lineEnd + 1;
    }
    return text;
  }

  /** The length of the dateline opening this line (its trailing dash and space included), else 0. */
  static int datelineLength(String line) {
    Matcher m = DATELINE.matcher(line);
    if (!m.lookingAt()) return 0;
    String place = m.group("place").strip();
    String date = m.group("date");
    boolean capitals = place.equals(place.toUpperCase(Locale.ROOT))
        && place.codePoints().filter(Character::isLetter).count() >= 2;
    boolean datedWithDigits = date != null && date.chars().anyMatch(Character::isDigit);
    if (date == null && m.group("outlet") == null) return 0;
    if (!capitals && !datedWithDigits) return 0;
    return m.end();
  }
}
