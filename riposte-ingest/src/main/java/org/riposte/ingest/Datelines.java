package org.riposte.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line shapes in which news text states its own outlet and publication date. Stateless and thread safe; shared
 * by {@link PublicationDateDetector} and {@link OutletDetector} so that both read a line the same way.
 *
 * <ul>
 *   <li>A <em>closing line</em>, near the end: {@code The Globe and Mail, October 21, 2021} or
 *       {@code — The Example Times, 21 October 2021}: outlet and date.</li>
 *   <li>A <em>dateline</em>, opening the story: {@code MOSCOW, Oct 18 (Reuters) -} (outlet, no date: it has no
 *       year), {@code BRUSSELS (AP) — October 18, 2021 —} (outlet and date), {@code OSLO, 18 October 2021 —}
 *       (date only).</li>
 *   <li>A <em>date line</em>: a line that is only a date, bare or labelled: {@code Published: 18 October 2021},
 *       {@code Updated 2021-10-18}, {@code Monday, October 18, 2021}. An "updated" or "modified" label is marked,
 *       since a first-publication date should win over it.</li>
 * </ul>
 */
final class Datelines {

  /** How many non-empty lines at the start, and at the end, may hold a dateline, date line or closing line. */
  static final int EDGE_LINES = 3;

  /** What a closing line says. */
  record Closing(String outlet, LocalDate date) {}

  /** What a dateline says; either part may be null, not both. */
  record Dateline(String outlet, LocalDate date) {}

  /** What a date line says. */
  record DateLine(LocalDate date, boolean updated) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String DASH = "[-—–]+";

  private static final Pattern CLOSING =
      Pattern.compile("^(?:[—–-]+\\s*)?(?<outlet>[^,]{2,80}?)\\s*,\\s*(?<date>.+?)$");
  private static final Pattern DATELINE_WITH_SOURCE = Pattern.compile(
      "^(?<place>\\p{Lu}[^,()]{0,40}?)\\s*(?:,\\s*(?<pre>[^()]{1,60}?))?\\s*\\((?<outlet>[^()]{2,40})\\)\\s*"
          + DASH + "(?:\\s+(?<rest>.*))?$");
  private static final Pattern DATE_BEFORE_DASH = Pattern.compile("^(?<date>.{4,60}?)\\s+" + DASH + "(?:\\s.*)?$");
  private static final Pattern DATELINE_PLAIN =
      Pattern.compile("^(?<place>\\p{Lu}[^,()]{0,40}?)\\s*,\\s*(?<date>.{4,60}?)\\s+" + DASH + "(?:\\s.*)?$");
  private static final Pattern LABELLED = Pattern.compile(
      "^(?<label>first published|published|posted|date|last updated|updated|last modified|modified)"
          + "(?:\\s+on)?\\s*[:|—–-]?\\s*(?<date>.+)$", FLAGS);

  private static final Set<String> CONNECTORS = Set.of(
      "and", "of", "the", "on", "for", "de", "del", "der", "des", "du", "la", "le", "el", "al", "y", "und", "&");
  private static final Set<String> NOT_OUTLETS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
      "published", "posted", "updated", "date", "by", "reporting", "editing");
  private static final int MAX_OUTLET_WORDS = 8;

  private Datelines() {}

  /** The first {@link #EDGE_LINES} non-empty lines of {@code text}, stripped. */
  static List<String> head(String text) {
    List<String> lines = nonEmptyLines(text);
    return List.copyOf(lines.subList(0, Math.min(EDGE_LINES, lines.size())));
  }

  /** The last {@link #EDGE_LINES} non-empty lines of {@code text}, stripped, the last line first. */
  static List<String> tailFromEnd(String text) {
    List<String> lines = nonEmptyLines(text);
    List<String> tail = new ArrayList<>();
    for (int i = lines.size() - 1; i >= 0 && tail.size() < EDGE_LINES; i--) tail.add(lines.get(i));
    return List.copyOf(tail);
  }

  private static List<String> nonEmptyLines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String s = line.strip();
      if (!s.isEmpty()) out.add(s);
    }
    return out;
  }

  /** The outlet and date of a closing line such as {@code The Globe and Mail, October 21, 2021}. */
  static Optional<Closing> closing(String line) {
    Matcher m = CLOSING.matcher(line.strip());
    if (!m.matches() || !plausibleOutlet(m.group("outlet"), false)) return Optional.empty();
    return DateExpressions.parse(m.group("date")).map(d -> new Closing(m.group("outlet").strip(), d));
  }

  /**
   * The outlet and date of a dateline opening a story, such as {@code MOSCOW, Oct 18 (Reuters) -}. The date is null
   * when the dateline has none with a year.
   */
  static Optional<Dateline> dateline(String line) {
    String s = line.strip();
    Matcher m = DATELINE_WITH_SOURCE.matcher(s);
    if (m.matches() && upperCasePlace(m.group("place")) && plausibleOutlet(m.group("outlet"), true)) {
      LocalDate date = DateExpressions.parse(m.group("pre")).orElse(null);
      String rest = m.group("rest");
      if (date == null && rest != null) {
        Matcher r = DATE_BEFORE_DASH.matcher(rest);
        if (r.matches()) date = DateExpressions.parse(r.group("date")).orElse(null);
      }
      return Optional.of(new Dateline(m.group("outlet").strip(), date));
    }
    m = DATELINE_PLAIN.matcher(s);
    if (m.matches() && upperCasePlace(m.group("place"))) {
      return DateExpressions.parse(m.group("date")).map(d -> new Dateline(null, d));
    }
    return Optional.empty();
  }

  /** The date of a line that is only a date, bare or after a label such as {@code Published:}. */
  static Optional<DateLine> dateLine(String line) {
    String s = line.strip();
    Matcher m = LABELLED.matcher(s);
    if (m.matches()) {
      String label = m.group("label").toLowerCase(Locale.ROOT);
      boolean updated = label.contains("updated") || label.contains("modified");
      return DateExpressions.parse(m.group("date")).map(d -> new DateLine(d, updated));
    }
    return DateExpressions.parse(s).map(d -> new DateLine(d, false));
  }

  /** Whether {@code line} is any of the shapes above: such a line is not a headline. */
  static boolean isDateOrDateline(String line) {
    return dateLine(line).isPresent() || dateline(line).isPresent() || closing(line).isPresent();
  }

  private static boolean upperCasePlace(String place) {
    String p = place.strip();
    if (p.codePoints().noneMatch(Character::isLetter)) return false;
    return p.codePoints().noneMatch(Character::isLowerCase);
  }

  /**
   * Whether {@code name} reads like an outlet's name: one to eight words, each capitalised or a connector ("and",
   * "of", "the"…), no sentence punctuation, not a weekday or a label. In parentheses ({@code (Reuters)}) the first
   * word alone must be capitalised.
   */
  static boolean plausibleOutlet(String name, boolean inParentheses) {
    String s = name.strip();
    if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))) {
      return false;
    }
    if (s.chars().anyMatch(c -> ":;!?\"“”".indexOf(c) >= 0)) return false;
    if (s.codePoints().noneMatch(Character::isLetter)) return false;
    String[] words = s.split("\\s+");
    if (words.length > MAX_OUTLET_WORDS) return false;
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (NOT_OUTLETS.contains(lower)) return false;
      if (DateExpressions.isMonthName(w)) return false;
      if (!inParentheses && !CONNECTORS.contains(lower) && Character.isLowerCase(w.codePointAt(0))) return false;
    }
    return true;
  }
}
