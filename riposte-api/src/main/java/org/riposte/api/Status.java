package org.riposte.api;

import java.util.Locale;

/** Whether an event happened, as the report tells it (DESIGN.md, "status"). */
public enum Status {
  /** Reported as having happened (or happening). */
  ASSERTED,
  /** Announced or scheduled for the future. */
  PLANNED,
  /** Reported as not happening, or denied. */
  NEGATED,
  /** Conditional or speculative ("would", "could", "if"). */
  HYPOTHETICAL,
  /** Asserted only by a party to it ("Moscow says NATO provoked…"). */
  CLAIMED;

  public String label() { return name().toLowerCase(Locale.ROOT); }

  public static Status fromLabel(String s) { return valueOf(s.toUpperCase(Locale.ROOT)); }
}
