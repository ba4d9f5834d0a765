package org.riposte.coding;

import java.util.Set;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Location;

/**
 * The domestic reading of a bare role: an actor that is only a role ("rebels" {@code REB}, "the president" {@code GOV},
 * "police" {@code COP}) names no party, yet the news rarely leaves its country unsaid — it is the country the event
 * happens in. Such an actor takes the country of its event's other party when that is a state ("the Mozambique
 * government accepted demands from rebels": {@code MOZREB}), else the country of the event's location ("police fired
 * on protesters in Cairo": {@code EGYCOP}), as CAMEO coders read it. An actor of a party, an organisation or an
 * uncoded one is left as it is, and so is a role that would become its own event partner. A named person
 * holding an office that deals with other states (head of government, minister, diplomat, lawmaker, spy chief) whose
 * country the dictionary does not know, dealing with a state named bare ("President Mills threatened Russia",
 * "Poland expelled ambassador Jan Smit"), is that state's counterpart, not part of it: the person takes neither that
 * state's country nor the location's (often that state's too), and stays a bare role.
 */
final class DomesticReading {

  private DomesticReading() {}

  /**
   * Offices that deal with other states; not those of forces and police, which act in places (a withdrawal "from the
   * Bosnian town" is one of Bosnia's forces).
   */
  private static final Set<String> STATE_ROLES = Set.of("GOV", "DIP", "LEG", "SPY");

  /**
   * The actor {@code a} with the country the event implies, or {@code a} itself.
   *
   * @param a        the actor to situate (may be null)
   * @param other    the event's other actor (may be null)
   * @param location the event's location (may be null)
   */
  static Actor situate(Actor a, Actor other, Location location) {
    if (a == null || !a.isGeneric() || a.role() == null) return a;
    if (a.kind() == ActorKind.PERSON && STATE_ROLES.contains(a.role()) && isBareState(other)) return a;
    String country = other != null && other.country() != null ? other.country()
        : location != null ? location.country() : null;
    if (country == null || !country.matches("[A-Z]{3}")) return a;
    String code = country + a.role();
    if (other != null && code.equals(other.code())) return a;
    return new Actor(code, a.name(), country, a.role(), a.kind());
  }

  /** Whether the actor is a state named as such ("Russia" {@code RUS}), not one of its organs or people. */
  private static boolean isBareState(Actor o) {
    return o != null && o.kind() == ActorKind.STATE && o.role() == null && o.country() != null
        && o.country().equals(o.code());
  }
}
