package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An arrest, detention or deportation acts on the ones arrested, detained or deported: its object, the subject of its
 * passive, or the noun the parser read as the subject of a participle right after the verb ("deported four migrants
 * registered with the agency", xcomp(deported, registered), nsubj(registered, migrants)). When the frame's target
 * lies elsewhere ("detained several suspects in the attack on the minister's convoy": the minister), the first actor
 * of those held, coded or not, is the target instead. Any other frame is returned as it is.
 */
final class Detainees {

  private Detainees() {}

  /** Verbs of taking or sending away people by authority. */
  private static final Set<String> HOLDING = Set.of("arrest", "detain", "deport", "jail", "imprison");

  static Frame held(ParseGraph g, Frame f, ActorFinder actors) {
    int p = f.predicate();
    String code = f.pattern().code();
    if (!g.token(p).isVerb() || !HOLDING.contains(g.lemma(p)) || !(code.startsWith("173") || code.startsWith("174"))) {
      return f;
    }
    List<Integer> held = new ArrayList<>(g.deps(p, "obj"));
    held.addAll(g.passiveSubjects(p));
    if (held.isEmpty()) {
      for (int c : g.deps(p, "xcomp")) {
        if (!g.token(c).pos().equals("VBN")) continue;
        for (int s : g.deps(c, "nsubj")) if (s > p && s < c) held.add(s);
      }
    }
    for (int a : held) {
      if (f.targets().stream().anyMatch(t -> t != null && (t.token() == a || t.mention() != null
          && t.mention().covers(a)))) {
        return f;
      }
    }
    for (int a : held) {
      for (Party c : actors.candidates(a)) {
        // the held word itself counts even uncoded ("three suspects"); a mere modifier must be an actor
        if (!c.qualifies() && c.token() != a || f.sources().stream().anyMatch(s -> s.sameActor(c))) continue;
        return new Frame(f.match(), f.sources(), List.of(c), f.location(), f.anchor());
      }
    }
    return f;
  }
}
