package org.riposte.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a string that is, as a whole, one calendar date as news pages write it: {@code 21 October 2021},
 * {@code October 21, 2021}, {@code Oct. 21, 2021}, {@code 21st of Sept 2021}, {@code 2021-10-21} or
 * {@code 2021-10-21T08:00:00Z}. A leading weekday ({@code Thursday, }) and a trailing time of day
 * ({@code 08:00 GMT}, {@code , 3:15 p.m. ET}) are allowed. Stateless and thread safe.
 *
 * <p>Design decision: the whole string must be the date. A date inside a sentence ("talks planned for October 25,
 * 2021") is the date of an event, not of the article, so callers hand over only the part of a line that their
 * pattern (a dateline, a closing line, a "Published:" label) says is a date.
 *
 * <p>A date without a year ({@code Oct 18}) gives nothing: the year is never guessed.
 */
final class DateExpressions {

  private static final String MONTH =
      "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<year>\\d{4})";
  private static final String WEEKDAY =
      "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
  private static final String TIME =
      "(?:\\s*(?:,|at|@|\\||·|-|–|—)?\\s*\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
          + "\\s*(?:\\(?[a-z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)?)?)?";
  private static final String END = "\\s*\\.?";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + TIME + END, FLAGS);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + TIME + END, FLAGS);
  private static final Pattern ISO = Pattern.compile(WEEKDAY
      + "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})"
      + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?" + TIME + END, FLAGS);

  private static final Pattern MONTH_NAME = Pattern.compile(MONTH, FLAGS);

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2199;

  private DateExpressions() {}

  /**
   * The date the whole of {@code s} writes, or empty when {@code s} is not exactly one full date (day, month and
   * year) or names a day that does not exist (31 September).
   */
  static Optional<LocalDate> parse(String s) {
    if (s == null) return Optional.empty();
    String t = s.strip();
    if (t.isEmpty() || t.length() > 80) return Optional.empty();
    Matcher m = ISO.matcher(t);
    if (m.matches()) return date(m.group("year"), Integer.parseInt(m.group("month")), m.group("day"));
    m = DAY_MONTH_YEAR.matcher(t);
    if (!m.matches()) m = MONTH_DAY_YEAR.matcher(t);
    if (m.matches()) return date(m.group("year"), monthNumber(m.group("month")), m.group("day"));
    return Optional.empty();
  }

  /** Whether {@code word} is a month name, full or abbreviated, with or without a final period. */
  static boolean isMonthName(String word) {
    return MONTH_NAME.matcher(word.strip()).matches();
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    int y = Integer.parseInt(year);
    if (y < MIN_YEAR || y > MAX_YEAR) return Optional.empty();
    try {
      return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int monthNumber(String name) {
    String p = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return switch (p) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalStateException("month pattern let through " + name);
    };
  }
}
