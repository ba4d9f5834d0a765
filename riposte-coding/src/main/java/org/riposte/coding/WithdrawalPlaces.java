package org.riposte.coding;

import java.util.List;
import java.util.Set;
import org.riposte.api.Actor;

/**
 * A withdrawal is aimed at the ground given up: "withdrew its troops from the disputed zone", "pulled its forces out
 * of the buffer strip". A withdrawal (CAMEO 087) of the source's own forces that names no actor as its target takes
 * the place it leaves, by its name, when the dictionaries know no country for it (a place of known country is already
 * the target, as that country).
 */
final class WithdrawalPlaces {

  private WithdrawalPlaces() {}

  /** Lexicon classes of ground a force holds (territory, border crossings). */
  private static final List<String> GROUND_CLASSES = List.of("TERRITORY", "FRONTIER");
  /** Further nouns of ground held. */
  private static final Set<String> GROUND = Set.of("zone", "strip", "position", "base", "outpost", "district",
      "valley", "area", "region", "buffer", "line", "front", "frontline");

  static Frame aimed(ParseGraph g, Frame f, ActorFinder actors, Lexicon lexicon) {
    int p = f.predicate();
    if (!f.targets().isEmpty() || !f.pattern().code().startsWith("087") || !g.token(p).isVerb()) return f;
    for (String w : List.of("from", "out_of")) {
      for (int a : g.prepArgs(p, w)) {
        if (!g.token(a).isNoun() || g.sentence().timexAt(a) != null || actors.isPronoun(a)) continue;
        if (actors.mentionAt(a) != null || actors.placeCountry(a) != null) continue;
        String lemma = g.lemma(a);
        boolean ground = GROUND.contains(lemma) || GROUND_CLASSES.stream().anyMatch(c -> lexicon.contains(c, lemma))
            || actors.isPlaceName(a);
        if (!ground) continue;
        return new Frame(f.match(), f.sources(), List.of(new Party(Actor.unknown(actors.phrase(a)), a, null, false)),
            f.location(), f.anchor());
      }
    }
    return f;
  }
}
