package org.riposte.coding;

import java.util.List;
import java.util.Set;
import org.riposte.api.Actor;
import org.riposte.api.Mention;

/**
 * The place a measure laid on a territory covers: a curfew, a state of siege or emergency, martial law or a blockade,
 * imposed, threatened or lifted ("imposed a curfew in parts of Kashmir", "declared a state of siege in the town",
 * "lifted the state of emergency in four of the country's states"). Such a measure is aimed at the place it covers,
 * named as the sentence names it: a place the actor stage coded is taken as coded there ("a curfew on Basra" is
 * Iraq, "a curfew in the town of Cizre" its townsfolk), a place it did not code by its words ("parts of Kashmir",
 * "the town"), rather than the source country's population. Stateless apart from the sentence; not thread safe.
 */
final class MeasurePlaces {

  /**
   * Codes of measures on a territory: curfews and states of emergency imposed, threatened or lifted (1723, 1724,
   * 1323, 1324, 0813, 0814), blockades and sieges (191).
   */
  static final Set<String> CODES = Set.of("1723", "1724", "1323", "1324", "0813", "0814", "191");

  /** Nouns of an inhabited place or area a measure may cover ("the town", "the district", "parts of …"). */
  private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "district", "province", "region",
      "area", "state", "county", "zone", "neighbourhood", "neighborhood", "territory", "capital", "island", "valley",
      "quarter", "suburb", "township", "municipality", "governorate", "department", "locality", "enclave", "camp",
      "downtown", "street", "part", "portion", "section");

  /** Named-entity tags of a place name. */
  private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  /** Prepositions by which a measure names the place it covers. */
  private static final Set<String> COVER_PREPS = Set.of("in", "on", "over", "around", "across", "throughout", "of");

  private final ParseGraph g;
  private final ActorFinder actors;

  MeasurePlaces(ParseGraph g, ActorFinder actors) {
    this.g = g;
    this.actors = actors;
  }

  /**
   * The place among {@code args} (the measure's place arguments, in order) that it covers: the first place mention
   * of known country on the argument or down its "of" chain ("parts of the city of Ahmedabad"), as the actor stage
   * coded it; else the argument itself, uncoded by its words, when it is a place noun or a place name the tagger
   * knows ("the town", "parts of Kashmir", "Pando") or a number of such places ("four of the country's states").
   * Null when none, or when the place is the source's own country.
   */
  Party covered(List<Integer> args, List<Party> sources) {
    for (int a : args) {
      if (g.sentence().timexAt(a) != null || actors.isPronoun(a)) continue;
      Mention own = actors.mentionAt(a);
      if (own != null && !isPlace(own)) continue;  // an actor the passes before turned down
      int cur = a;
      boolean placeWords = false;
      boolean coded = false;
      for (int depth = 0; depth < 4 && cur >= 0; depth++) {
        Mention at = actors.mentionAt(cur);
        if (at != null) {
          coded = true;
          if (!isPlace(at)) break;
          if (sources.stream().anyMatch(s -> at.actor().code() != null && at.actor().code().equals(s.actor().code()))) {
            break;  // the source's own country: no target, as "Turkey imposed a curfew in Turkey"
          }
          return new Party(at.actor(), cur, at, true);
        }
        boolean number = g.token(cur).pos().equals("CD");
        boolean noun = g.token(cur).isNoun();
        if (!number && !noun) break;
        placeWords |= g.token(cur).isProperNoun() && PLACE_NER.contains(g.token(cur).ner())
            || PLACE_NOUNS.contains(g.lemma(cur));
        List<Integer> of = g.prepArgs(cur, "of");
        cur = of.isEmpty() ? -1 : of.get(0);
      }
      if (!placeWords || coded) continue;
      String name = name(a);
      if (sources.stream().anyMatch(s -> name.equalsIgnoreCase(s.actor().name()))) continue;
      return new Party(Actor.unknown(name), a, null, true);
    }
    return null;
  }

  /**
   * A target of a measure that is a place mention the measure covers by a preposition ("a curfew on Basra", "in
   * parts of the North West Frontier Province"), as the actor stage coded that mention there; null for any other
   * target (a place named as object, "blockaded Sarajevo", stands for its townsfolk as before).
   */
  Party asCoded(Party t) {
    Mention at = actors.mentionAt(t.token());
    if (at == null || !at.place() || at.actor().country() == null) return null;
    String role = at.actor().role();
    if (role != null && !role.equals("CVL")) return null;  // a seat of government named as a place: its townsfolk
    if (t.actor().country() != null && !t.actor().country().equals(at.actor().country())) return null;
    var gov = g.governor(t.token());
    if (gov == null || !(gov.baseRelation().equals("obl") || gov.baseRelation().equals("nmod"))
        || !COVER_PREPS.contains(gov.subtype())) {
      return null;
    }
    // "of" only from a place or part it names ("parts of the province"), not from the measure ("siege of the city")
    if (gov.subtype().equals("of") && !PLACE_NOUNS.contains(g.lemma(gov.governor()))) return null;
    return new Party(at.actor(), t.token(), at, true);
  }

  /**
   * Who laid a measure (restrictions, sanctions, blockades: codes 081, 085, 087, 16) whose lifting, easing or
   * imposing is told in the passive without agent ("UN sanctions against Iran were lifted", "Israel's closure of the
   * crossings was eased"): the actor named as the measure's own, by a compound, adjective or possessor (not a
   * pronoun) of the passive subject. Empty when it names none, or the act has an agent.
   */
  static List<Integer> ownersOfPassiveMeasure(ParseGraph g, ActorFinder actors, int p, String code) {
    if (!(code.startsWith("081") || code.startsWith("085") || code.startsWith("087") || code.startsWith("16"))
        || !g.isPassive(p) || g.hasDep(p, "obl:agent") || !g.prepArgs(p, "by").isEmpty()) {
      return List.of();
    }
    List<Integer> out = new java.util.ArrayList<>();
    for (int n : g.passiveSubjects(p)) {
      for (var d : g.out(n)) {
        String r = d.relation();
        if (!(r.equals("compound") || r.equals("amod") || r.equals("nmod:poss"))) continue;
        Mention at = actors.mentionAt(d.dependent());
        if (at != null && at.actor().isCoded() && !at.covers(n) && !actors.isPronoun(d.dependent())) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  private static boolean isPlace(Mention m) {
    return m.actor().country() != null && (m.place() || "CVL".equals(m.actor().role()));
  }

  /** The words of a place argument, with its "of" noun ("parts of Kashmir", "four of the country's states"). */
  private String name(int a) {
    String head = actors.phrase(a);
    List<Integer> of = g.prepArgs(a, "of");
    boolean partitive = g.token(a).pos().equals("CD") || List.of("part", "portion", "section", "some", "area")
        .contains(g.lemma(a));
    return partitive && !of.isEmpty() ? head + " of " + actors.phrase(of.get(0)) : head;
  }
}
