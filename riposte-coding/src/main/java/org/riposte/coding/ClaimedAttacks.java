package org.riposte.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.riposte.api.Dependency;

/**
 * A claim of responsibility for an attack (CAMEO 015, "claimed responsibility for the bombing") is aimed at what the
 * attack struck, not at the attack: the party an "on"/"against" argument within the claimed act names ("for the
 * rocket attack on the army's positions"), else the country of the place where the act struck or did its harm ("for
 * the bombings that killed dozens in Kenya", "for the arson at a hotel in Lyon"). A claim whose target the sentence
 * already names as a coded actor is left as it is, and so is one whose act strikes nothing the sentence names.
 */
final class ClaimedAttacks {

  private ClaimedAttacks() {}

  /** Nouns of what a claim takes on itself. */
  private static final Set<String> OWNING = Set.of("responsibility", "credit");
  /** Prepositions of what an attack is aimed at. */
  private static final List<String> AIMS = List.of("on", "against");
  /** Prepositions of where an act struck. */
  private static final List<String> PLACES = List.of("in", "at", "near");
  /** How deep within the claimed act its aims and places are looked for. */
  private static final int DEPTH = 6;

  static Frame aimedAt(ParseGraph g, Frame f, ActorFinder actors) {
    int p = f.predicate();
    if (!f.pattern().code().equals("015") || !g.lemma(p).equals("claim")) return f;
    if (f.targets().stream().anyMatch(t -> t != null && t.actor().isCoded())) return f;
    List<Integer> roots = new ArrayList<>();
    for (int o : g.deps(p, "obj")) if (OWNING.contains(g.lemma(o))) roots.add(o);
    if (roots.isEmpty()) return f;
    roots.addAll(g.prepArgs(p, "for"));
    List<Integer> within = subtree(g, roots);
    for (int n : within) {
      for (String w : AIMS) {
        for (int a : g.prepArgs(n, w)) {
          for (Party c : actors.candidates(a)) {
            if (!c.qualifies() || f.sources().stream().anyMatch(s -> s.sameActor(c))) continue;
            return with(f, c);
          }
        }
      }
    }
    for (int n : within) {
      for (String w : PLACES) {
        for (int a : g.placeArgs(n, w)) {
          Party place = placeParty(g, a, actors);
          if (place == null) {
            for (int ap : g.deps(a, "appos")) if (place == null) place = placeParty(g, ap, actors);
          }
          if (place != null) return with(f, place);
        }
      }
    }
    return f;
  }

  private static Frame with(Frame f, Party target) {
    return new Frame(f.match(), f.sources(), List.of(target), f.location(), f.anchor());
  }

  /** The country of a place word as a party named after the place ("Kenya", "a hotel in Lyon": France), or null. */
  private static Party placeParty(ParseGraph g, int a, ActorFinder actors) {
    String country = actors.placeCountry(a);
    if (country == null) {
      for (String w : List.of("in", "of")) {
        for (int inner : g.prepArgs(a, w)) {
          if (country == null && actors.placeCountry(inner) != null) {
            country = actors.placeCountry(inner);
            a = inner;
          }
        }
      }
    }
    if (country == null) return null;
    return actors.countryAt(country, a);
  }

  /** The words of the claimed acts, breadth first, down to {@link #DEPTH}. */
  private static List<Integer> subtree(ParseGraph g, List<Integer> roots) {
    Set<Integer> seen = new LinkedHashSet<>(roots);
    Deque<int[]> queue = new ArrayDeque<>();
    for (int r : roots) queue.add(new int[] {r, 0});
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      if (cur[1] >= DEPTH) continue;
      for (Dependency d : g.out(cur[0])) {
        String r = d.baseRelation();
        if (r.equals("punct") || r.equals("ref") || r.equals("case")) continue;
        if (seen.add(d.dependent())) queue.add(new int[] {d.dependent(), cur[1] + 1});
      }
    }
    return new ArrayList<>(seen);
  }
}
