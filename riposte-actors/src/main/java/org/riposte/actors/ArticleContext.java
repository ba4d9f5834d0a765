package org.riposte.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.riposte.api.Actor;

/**
 * What the actor stage knows about one article while it reads it: the date roles are taken at, which actors are
 * named where (for conditions such as "Brussels" → NATO), which people were named in full, and the names already
 * identified ("Sergey Utkin" → RUSEDU, reused for a later "Mr. Utkin"). One per article; not thread safe.
 */
final class ArticleContext {

  /** Last words of a title that name the office on their own ("the minister", "the spokesman"). */
  private static final Set<String> TITLE_HEADS = Set.of("minister", "secretary", "spokesman", "spokeswoman",
      "spokesperson", "president", "ambassador", "envoy", "chancellor", "premier", "adviser", "advisor",
      "commander", "diplomat", "representative", "prosecutor", "governor", "mayor");

  private final LocalDate date;
  private final List<Sighting> sightings = new ArrayList<>();
  private final List<Sighting> places = new ArrayList<>();
  private String lastRebelCountry;
  private final Set<Entry> seenPersons = new HashSet<>();
  private final Map<String, Actor> names = new HashMap<>();
  private final Map<String, Actor> titles = new HashMap<>();

  ArticleContext(LocalDate date) {
    this.date = date;
  }

  /** The date roles are looked up at: the article's publication date, or null (latest role). */
  LocalDate date() { return date; }

  /** Records that an unconditional entry with {@code code} is named in a sentence. */
  void sighted(String code, int sentence, int paragraph) {
    sightings.add(new Sighting(code, sentence, paragraph, -1));
  }

  /** Records that a person was named in full. */
  void seen(Entry person) {
    seenPersons.add(person);
  }

  /** Whether a person was named in full somewhere in the article. */
  boolean wasSeen(Entry person) {
    return seenPersons.contains(person);
  }

  /**
   * How near a condition is met: 0 in the same sentence, 1 in the same paragraph, 2 elsewhere in the article; -1
   * when it is not met within its scope.
   */
  int distance(Condition c, int sentence, int paragraph) {
    int best = -1;
    for (Sighting s : sightings) {
      if (!s.code.startsWith(c.code())) continue;
      int d = s.sentence == sentence ? 0 : s.paragraph == paragraph ? 1 : 2;
      int limit = switch (c.scope()) {
        case SENTENCE -> 0;
        case PARAGRAPH -> 1;
        case ARTICLE -> 2;
      };
      if (d <= limit && (best < 0 || d < best)) best = d;
    }
    return best;
  }

  /** Remembers a person identified in this article under the full name and the surname. */
  void remember(String name, Actor actor) {
    names.put(key(name), actor);
    String[] parts = name.trim().split("\\s+");
    if (parts.length > 1) names.putIfAbsent(key(parts[parts.length - 1]), actor);
  }

  /** A person identified earlier in the article by this name or surname, or null. */
  Actor recall(String name) {
    Actor a = names.get(key(name));
    if (a != null) return a;
    String[] parts = name.trim().split("\\s+");
    return parts.length > 1 ? null : names.get(key(parts[0]));
  }

  /** Remembers that a person was introduced with a title ("Kremlin spokesman Dmitry Peskov"). */
  void rememberTitle(String title, Actor person) {
    String k = key(title);
    titles.put(k, person);
    // "Foreign Minister" is also remembered as "minister", so "the minister" finds the person.
    String[] words = k.split(" ");
    if (words.length > 1 && TITLE_HEADS.contains(words[words.length - 1])) titles.put(words[words.length - 1], person);
  }

  /** The person last introduced with this title ("the spokesman" → Peskov), or null. */
  Actor recallTitle(String title) {
    return titles.get(key(title));
  }

  private static String key(String name) {
    return Words.key(name.trim()).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Records that a country, capital, city or region of a country is named as a place in a sentence, at a token (the
   * first of the name).
   */
  void placeSighted(String country, int sentence, int paragraph, int token) {
    places.add(new Sighting(country, sentence, paragraph, token));
  }

  /**
   * The country whose rebels bare "separatists" are: the country of the nearest place named in the same sentence,
   * else in the same paragraph (the last one before the mention, else the first after it), else the country given
   * to the article's last such mention; with a sponsor ("Russian-backed separatists") also the most often named place
   * of the article. Countries in {@code sponsors} never count. Null when nothing says.
   */
  String rebelCountry(int sentence, int token, int paragraph, Set<String> sponsors) {
    String placed = placedIn(sentence, token, paragraph, sponsors);
    if (placed != null) return remembered(placed);
    if (lastRebelCountry != null && !sponsors.contains(lastRebelCountry)) return lastRebelCountry;
    if (sponsors.isEmpty()) return null;
    Map<String, Integer> counts = new HashMap<>();
    for (Sighting p : places) if (!sponsors.contains(p.code)) counts.merge(p.code, 1, Integer::sum);
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best))
          && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
      }
    }
    return best == null ? null : remembered(best);
  }

  /**
   * The country of the first place named in a sentence that is not {@code except} ("ethnic Albanians … in Serbia"
   * → {@code SRB}), or null when the sentence names none.
   */
  String firstPlace(int sentence, String except) {
    for (Sighting p : places) {
      if (p.sentence == sentence && !p.code.equals(except)) return p.code;
    }
    return null;
  }

  /**
   * The country of the place named nearest to a token of a sentence (the earlier of two as near), else of the places
   * of the same paragraph the last one before the sentence, else the first after it; never one of {@code except};
   * null when none is named. For groups that belong where they are: rebels, the opposition, civilians ("students at
   * a university in Sivas protested the dispatch of troops to Iraq" are Turkish: Sivas is nearer than Iraq).
   */
  String placedIn(int sentence, int token, int paragraph, Set<String> except) {
    String nearest = null;
    int distance = Integer.MAX_VALUE;
    for (Sighting p : places) {
      if (p.sentence != sentence || except.contains(p.code)) continue;
      int d = Math.abs(p.token - token) * 2 + (p.token > token ? 1 : 0);
      if (d < distance) {
        nearest = p.code;
        distance = d;
      }
    }
    if (nearest != null) return nearest;
    String before = null;
    String after = null;
    for (Sighting p : places) {
      if (p.paragraph != paragraph || except.contains(p.code)) continue;
      if (p.sentence <= sentence) before = p.code;
      else if (after == null) after = p.code;
    }
    return before != null ? before : after;
  }

  private String remembered(String country) {
    lastRebelCountry = country;
    return country;
  }

  private record Sighting(String code, int sentence, int paragraph, int token) {}
}
