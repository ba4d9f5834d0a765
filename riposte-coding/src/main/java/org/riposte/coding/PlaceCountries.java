package org.riposte.coding;

import org.riposte.actors.ActorDictionary;
import org.riposte.api.Actor;

/**
 * The country of a place name, for event locations and city arguments: "Geneva" → {@code CHE}, "Brussels" →
 * {@code BEL} (even where the actor stage read it as NATO), "Kharkiv" → {@code UKR}, from the actor dictionary's
 * countries, capitals and cities. Null for a name the dictionary does not know. Thread safe (the dictionary is
 * immutable); a lookup is one phrase-index match, so nothing is cached.
 */
final class PlaceCountries {

  private final ActorDictionary dictionary;

  PlaceCountries(ActorDictionary dictionary) { this.dictionary = dictionary; }

  /** The ISO alpha-3 country of the place, or null. */
  String countryOf(String place) {
    if (place == null || place.isBlank()) return null;
    return dictionary.lookup(place, null).map(Actor::country).orElse(null);
  }

  /** The name of a country code for an actor the text does not name ("SRB" → "Serbia"); the code when unknown. */
  String nameOf(String country) {
    String name = dictionary.countryName(country);
    return name != null ? name : country;
  }
}
