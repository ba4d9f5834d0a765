package org.riposte.api;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * A date at a stated precision: {@code 2021-10-18}/day, {@code 2021-W42}/week, {@code 2021-10}/month,
 * {@code 2021}/year, or null/unknown.
 */
public record EventDate(String value, DatePrecision precision) {

  public static final EventDate UNKNOWN = new EventDate(null, DatePrecision.UNKNOWN);

  public EventDate {
    Objects.requireNonNull(precision, "precision");
    if (precision == DatePrecision.UNKNOWN) value = null;
    else Objects.requireNonNull(value, "value");
  }

  public static EventDate day(LocalDate d) { return new EventDate(d.toString(), DatePrecision.DAY); }

  public static EventDate week(LocalDate anyDayOfWeek) {
    int y = anyDayOfWeek.get(IsoFields.WEEK_BASED_YEAR);
    int w = anyDayOfWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return new EventDate(String.format("%04d-W%02d", y, w), DatePrecision.WEEK);
  }

  public static EventDate month(int year, int month) {
    return new EventDate(String.format("%04d-%02d", year, month), DatePrecision.MONTH);
  }

  public static EventDate year(int year) { return new EventDate(String.format("%04d", year), DatePrecision.YEAR); }

  public boolean isKnown() { return precision != DatePrecision.UNKNOWN; }

  /** The first day this date can mean (the Monday of a week, the 1st of a month, 1 January); null if unknown. */
  public LocalDate firstDay() {
    if (value == null) return null;
    return switch (precision) {
      case DAY -> LocalDate.parse(value);
      case WEEK -> LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
          .with(java.time.DayOfWeek.MONDAY);
      case MONTH -> LocalDate.parse(value + "-01");
      case YEAR -> LocalDate.of(Integer.parseInt(value), 1, 1);
      case UNKNOWN -> null;
    };
  }

  /** The last day this date can mean; null if unknown. */
  public LocalDate lastDay() {
    LocalDate f = firstDay();
    if (f == null) return null;
    return switch (precision) {
      case DAY -> f;
      case WEEK -> f.plusDays(6);
      case MONTH -> f.plusMonths(1).minusDays(1);
      case YEAR -> f.plusYears(1).minusDays(1);
      case UNKNOWN -> null;
    };
  }
}
