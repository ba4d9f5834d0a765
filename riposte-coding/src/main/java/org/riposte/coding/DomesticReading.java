package org.riposte.coding;

import org.riposte.api.Actor;
import org.riposte.api.Location;

/**
 * The domestic reading of a bare role: an actor that is only a role ("rebels" {@code REB}, "the president" {@code GOV},
 * "police" {@code COP}) names no party, yet the news rarely leaves its country unsaid — it is the country the event
 * happens in. Such an actor takes the country of its event's other party when that is a state ("the Mozambique
 * government accepted demands from rebels": {@code MOZREB}), else the country of the event's location ("police fired
 * on protesters in Cairo": {@code EGYCOP}), as CAMEO coders read it. An actor of a party, an organisation or an
 * uncoded one is left as it is, and so is a role that would become its own event partner.
 */
final class DomesticReading {

  private DomesticReading() {}

  /**
   * The actor {@code a} with the country the event implies, or {@code a} itself.
   *
   * @param a        the actor to situate (may be null)
   * @param other    the event's other actor (may be null)
   * @param location the event's location (may be null)
   */
  static Actor situate(Actor a, Actor other, Location location) {
    if (a == null || !a.isGeneric() || a.role() == null) return a;
    String country = other != null && other.country() != null ? other.country()
        : location != null ? location.country() : null;
    if (country == null || !country.matches("[A-Z]{3}")) return a;
    String code = country + a.role();
    if (other != null && code.equals(other.code())) return a;
    return new Actor(code, a.name(), country, a.role(), a.kind());
  }
}
