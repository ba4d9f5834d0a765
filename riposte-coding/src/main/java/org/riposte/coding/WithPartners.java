package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import org.riposte.api.Dependency;

/**
 * The parser reads "a truce with the rebels to allow aid in" as a with-clause whose subject is the partner ("the
 * rebels to allow"), not as the noun's "with" argument followed by its purpose. A noun act (a ceasefire, a deal)
 * that names no target and has a clause marked by "with" takes that clause's subject as its target, as it would
 * the noun's own "with" argument: "announced a cease-fire with the Taliban to coincide with the holiday".
 */
final class WithPartners {

  private WithPartners() {}

  static Frame aimed(ParseGraph g, Frame f, ActorFinder actors) {
    int p = f.predicate();
    if (!f.targets().isEmpty()) return f;
    List<Integer> nouns = new ArrayList<>();
    if (g.token(p).isNoun()) nouns.add(p);
    for (int c : f.match().consumed()) if (c != p && g.token(c).isNoun()) nouns.add(c);  // "declared a truce with …"
    for (int n : nouns) {
      Frame out = partnered(g, f, actors, n);
      if (out != f) return out;
    }
    return f;
  }

  private static Frame partnered(ParseGraph g, Frame f, ActorFinder actors, int p) {
    for (Dependency d : g.out(p)) {
      int v = d.dependent();
      String r = d.baseRelation();
      if (!(r.equals("acl") || r.equals("advcl"))) continue;
      if (g.deps(v, "mark").stream().noneMatch(m -> g.lemma(m).equals("with"))) continue;
      for (int s : g.deps(v, "nsubj")) {
        if (s <= p) continue;
        for (Party c : actors.candidates(s)) {
          if (!c.qualifies() || f.sources().stream().anyMatch(x -> x.sameActor(c))) continue;
          return new Frame(f.match(), f.sources(), List.of(c), f.location(), f.anchor());
        }
      }
    }
    return f;
  }
}
