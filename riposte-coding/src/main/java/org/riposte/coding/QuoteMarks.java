package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the direct quotations of a text by their marks: curly double quotes ({@code “…”}), straight double quotes
 * ({@code "…"}) and, outside double quotes, curly single quotes ({@code ‘…’}) that are not apostrophes. A quote
 * nested in another ({@code “nothing to ‘worsen’ here”}) is part of the outer one. A quotation never crosses a
 * paragraph (blank line): one left open runs to the paragraph's end, as in the convention of quotes continued over
 * several paragraphs, each opening again.
 *
 * <p>Stateless and thread safe.
 */
final class QuoteMarks {

  /**
   * One quotation.
   *
   * @param open  offset of the opening mark
   * @param close offset after the closing mark (the paragraph's end when it has none)
   * @param start offset of the first quoted character (leading spaces skipped)
   * @param end   offset after the last quoted character (trailing spaces and a trailing comma dropped: the comma of
   *              "“…,” he said" belongs to the attribution)
   */
  record Span(int open, int close, int start, int end) {

    /** Whether a character offset lies between the marks, the marks included. */
    boolean coversMarked(int begin, int endExclusive) { return begin >= open && endExclusive <= close; }
  }

  private QuoteMarks() {}

  /** The quotations of a text, in text order; empty ones ({@code ""}) are left out. */
  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      int paraEnd = paragraphEnd(text, i);
      int close = -1;
      if (c == '“' || c == '"' && opensStraight(text, i)) {
        close = closeDouble(text, i + 1, paraEnd, c == '"');
      } else if (c == '‘' && !isWordChar(text, i - 1)) {
        close = closeSingle(text, i + 1, paraEnd);
      }
      if (close < 0) {
        i++;
        continue;
      }
      int afterClose = close < paraEnd && isClosingMark(text.charAt(close)) ? close + 1 : close;
      int start = i + 1;
      int end = close;
      while (start < end && Character.isWhitespace(text.charAt(start))) start++;
      while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) end--;
      if (end > start) out.add(new Span(i, afterClose, start, end));
      i = afterClose;
    }
    return out;
  }

  /** A straight double quote opens when it starts the text or follows a space, an opening bracket or a dash. */
  private static boolean opensStraight(String text, int i) {
    if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) return false;
    if (i == 0) return true;
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || "([{—–-:".indexOf(p) >= 0;
  }

  /**
   * The offset of the closing double mark; else, for a quotation left open, of the next opening mark or of the
   * paragraph's end; -1 when nothing follows the opening mark.
   */
  private static int closeDouble(String text, int from, int paraEnd, boolean straight) {
    for (int j = from; j < paraEnd; j++) {
      char c = text.charAt(j);
      if (c == '”' || c == '"' && (straight || !opensStraight(text, j))) return j;
      if (c == '“') return j;  // a new quotation opens: this one was left open
    }
    return paraEnd > from ? paraEnd : -1;
  }

  /** The offset of a closing single mark (not an apostrophe: no letter follows) in the paragraph, or -1. */
  private static int closeSingle(String text, int from, int paraEnd) {
    for (int j = from; j < paraEnd; j++) {
      char c = text.charAt(j);
      if (c == '’' && !isWordChar(text, j + 1) && j > from && !Character.isWhitespace(text.charAt(j - 1))) return j;
      if (c == '“' || c == '”' || c == '"' || c == '‘') return -1;
    }
    return -1;
  }

  private static boolean isClosingMark(char c) { return c == '”' || c == '"' || c == '’'; }

  private static boolean isWordChar(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }

  /** The offset of the blank line that ends the paragraph of {@code i}, or the text's length. */
  private static int paragraphEnd(String text, int i) {
    int j = text.indexOf('\n', i);
    while (j >= 0) {
      int k = j + 1;
      while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) k++;
      if (k >= text.length() || text.charAt(k) == '\n') return j;
      j = text.indexOf('\n', k);
    }
    return text.length();
  }
}
