package org.riposte.api;

import java.util.Locale;

/**
 * How precise an event date is. {@code WEEK} dates are ISO week dates ({@code 2021-W42}); DESIGN.md's schema lists
 * day, month, year and unknown, week was added for expressions such as "this week".
 */
public enum DatePrecision {
  DAY, WEEK, MONTH, YEAR, UNKNOWN;

  /** The lower-case name used in JSON and the database. */
  public String label() { return name().toLowerCase(Locale.ROOT); }

  public static DatePrecision fromLabel(String s) { return valueOf(s.toUpperCase(Locale.ROOT)); }
}
