package org.riposte.api;

/**
 * A coded actor, as it appears in events and quotes.
 *
 * @param code    CAMEO actor code: ISO 3166 alpha-3 plus role codes ({@code RUSGOV}, {@code POLMIL}) or an
 *                organisation code ({@code IGOWSTNAT}); null when the actor could not be coded
 * @param name    the name as best known: the person's or organisation's canonical name, else the text of the mention
 * @param country ISO alpha-3 of the actor's country, null for organisations and unknowns
 * @param role    the role code held at the event's date ({@code GOV}, {@code MIL}, {@code DIP}, …), or null
 * @param kind    what kind of actor it is
 */
public record Actor(String code, String name, String country, String role, ActorKind kind) {

  /** An actor that could not be coded: kept with its text, never dropped. */
  public static Actor unknown(String text) {
    return new Actor(null, text, null, null, ActorKind.UNKNOWN);
  }

  public boolean isCoded() { return code != null; }

  /**
   * The top-level party: the country code for state actors ({@code RUSGOV} → {@code RUS}), the organisation or region
   * code for organisations and regions ({@code IGOWSTNAT}; {@code WST} for "Western officials", {@code WSTGOV}); null when uncoded or when the actor is only a
   * role without country or organisation ("the diplomats" {@code DIP}, "troops" {@code MIL}), which names no party.
   */
  public String party() {
    if (country != null) return country;
    if (code == null || code.equals(role)) return null;
    if (role != null && code.endsWith(role)) return code.substring(0, code.length() - role.length());  // WSTGOV
    return code;
  }

  /** Whether the actor is only a role without country or organisation ("troops" {@code MIL}). */
  public boolean isGeneric() {
    return code != null && country == null && code.equals(role);
  }
}
