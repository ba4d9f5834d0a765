package org.riposte.coding;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.riposte.actors.ActorDictionary;
import org.riposte.api.Actor;

/**
 * The country of a place name, for event locations: "Geneva" → {@code CHE}, "Brussels" → {@code BEL} (even where the
 * actor stage read it as NATO), "Kharkiv" → {@code UKR}, from the actor dictionary's countries, capitals and cities.
 * Null for a name the dictionary does not know. Thread safe; answers are cached.
 */
final class PlaceCountries {

  /** The value cached for a name without a country (a concurrent map holds no nulls). */
  private static final String NONE = "";

  private final ActorDictionary dictionary;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  PlaceCountries(ActorDictionary dictionary) { this.dictionary = dictionary; }

  /** The ISO alpha-3 country of the place, or null. */
  String countryOf(String place) {
    if (place == null || place.isBlank()) return null;
    String c = cache.computeIfAbsent(place, p -> dictionary.lookup(p, null).map(Actor::country).orElse(NONE));
    return c.isEmpty() ? null : c;
  }
}
