package org.riposte.actors;

import java.time.LocalDate;

/**
 * A role a person held over a period.
 *
 * @param code  the actor code while in the role: a state code ({@code RUSGOV}) or an organisation code
 *              ({@code IGOWSTNAT})
 * @param from  first day in the role, inclusive; null when unknown or long ago
 * @param to    last day in the role, inclusive; null while still held
 * @param title the office as written ("Minister of Foreign Affairs")
 */
public record DatedRole(String code, LocalDate from, LocalDate to, String title) {

  /** True when the role was held on {@code date}. */
  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
