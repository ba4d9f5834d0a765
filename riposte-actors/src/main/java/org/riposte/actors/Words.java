package org.riposte.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word normalisation shared by the dictionary and the matcher. */
final class Words {

  private Words() {}

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /**
   * A word as compared: typographic quotes and apostrophes made plain, dashes made {@code -}, diacritics removed
   * ("Élysée" → "Elysee", "Russia’s" → "Russia's"). Case is kept.
   */
  static String fold(String w) {
    if (plainAscii(w)) return w;  // the common case, without the cost of normalising
    StringBuilder b = new StringBuilder(w.length());
    String d = Normalizer.normalize(w, Normalizer.Form.NFD);
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      switch (c) {
        case '\u2019', '\u2018', '\u02BC', '`' -> b.append('\'');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> b.append('-');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean plainAscii(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= 0x80 || c == '`') return false;
    }
    return true;
  }

  /** The lookup key of a word: folded and lower-cased. */
  static String key(String w) {
    return fold(w).toLowerCase(Locale.ROOT);
  }

  /**
   * Splits a dictionary phrase into words the way CoreNLP tokenises text: on white space, with hyphens as words of
   * their own ("NATO-Russia Council" → NATO, -, Russia, Council) and a trailing possessive split off.
   */
  static List<String> split(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : SPACES.split(fold(phrase).trim())) {
      if (w.isEmpty()) continue;
      splitHyphens(w, out);
    }
    return out;
  }

  /** Adds the hyphen-separated parts of one word to {@code out}, the hyphens included as words. */
  static void splitHyphens(String w, List<String> out) {
    if (w.length() <= 1 || w.indexOf('-') < 0) {
      out.add(w);
      return;
    }
    int start = 0;
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) == '-' && i > 0 && i < w.length() - 1) {
        if (i > start) out.add(w.substring(start, i));
        out.add("-");
        start = i + 1;
      }
    }
    out.add(w.substring(start));
  }

  /**
   * Whether a word of the text matches a word of a dictionary phrase. Lower-case dictionary words match any case
   * ("diplomats" matches "Diplomats"); others match exactly, except that an all-capitals word of four or more letters
   * matches in any case ("Nato", and "RUSSIA" in a shouted headline) — but never "us" for "US" or "Who" for "WHO".
   */
  static boolean caseMatches(String dictWord, String textWord) {
    if (dictWord.equals(textWord)) return true;
    if (!dictWord.equalsIgnoreCase(textWord)) return false;
    if (!hasUpper(dictWord)) return true;
    int letters = 0;
    for (int i = 0; i < dictWord.length(); i++) if (Character.isLetter(dictWord.charAt(i))) letters++;
    if (letters < 4) return false;
    return isAllUpper(dictWord) || isAllUpper(textWord);
  }

  static boolean hasUpper(String w) {
    for (int i = 0; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i))) return true;
    return false;
  }

  static boolean isAllUpper(String w) {
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isLetter(c)) letter = true;
    }
    return letter;
  }

  /**
   * The regular plural of an agent phrase's head word: the word before "of", "for", "to" or "in" when there is one,
   * else the last word ("minister of defence" → "ministers of defence", "spokesman" → "spokesmen", "ministry" →
   * "ministries"); of a hyphenated head word its last part ("hostage-taker" → "hostage-takers"). Null when the head
   * word is not a plain lower-case word or such words joined by hyphens.
   */
  static String plural(String phrase) {
    String[] w = SPACES.split(phrase.trim());
    int head = w.length - 1;
    for (int i = 1; i < w.length; i++) {
      if (w[i].equals("of") || w[i].equals("for") || w[i].equals("to") || w[i].equals("in")) {
        head = i - 1;
        break;
      }
    }
    String whole = w[head];
    if (!whole.matches("[a-z]+(-[a-z]+)*")) return null;
    int hyphen = whole.lastIndexOf('-');  // "hostage-taker" → "hostage-takers": the last part takes the plural
    String h = whole.substring(hyphen + 1);
    String p;
    if (h.endsWith("man")) p = h.substring(0, h.length() - 3) + "men";
    else if (h.endsWith("y") && h.length() > 1 && "aeiou".indexOf(h.charAt(h.length() - 2)) < 0) {
      p = h.substring(0, h.length() - 1) + "ies";
    } else if (h.endsWith("s") || h.endsWith("x") || h.endsWith("ch") || h.endsWith("sh") || h.endsWith("z")) {
      p = h + "es";
    } else p = h + "s";
    w[head] = whole.substring(0, hyphen + 1) + p;
    return String.join(" ", w);
  }

  /**
   * Whether two different words are one slip apart: one letter added, dropped or changed, or two neighbours swapped
   * (the optimal-string-alignment distance is 1). Equal words are not.
   */
  static boolean withinOneEdit(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) return false;
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
    if (a.length() == b.length()) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) return true;                  // one letter changed
      return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));                            // two letters swapped
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));                      // one letter added or dropped
  }
}
