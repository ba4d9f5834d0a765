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
 * @param role  the role the office plays when the code names none (an organisation's office: "Secretary-General of
 *              the United Nations", {@code IGOUNO}, is {@code GOV}; "UN Special Envoy for Syria" {@code DIP}), read
 *              from the title's agent nouns when the dictionary is loaded; else null, and the code's sector is the
 *              role
 */
public record DatedRole(String code, LocalDate from, LocalDate to, String title, String role) {

  /** A role whose code gives its sector (or whose title is not yet read). */
  public DatedRole(String code, LocalDate from, LocalDate to, String title) {
    this(code, from, to, title, null);
  }

  /** The role held: the code's sector ({@code RUSGOV} → GOV), else the one the title names, else null. */
  public String heldRole() {
    String r = Codes.roleOf(code);
    return r != null ? r : role;
  }

  /** True when the role was held on {@code date}. */
  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
