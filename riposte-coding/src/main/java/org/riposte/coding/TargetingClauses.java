package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import org.riposte.api.Dependency;

/**
 * An attack told with a participle clause of targeting says whom it hit: "the jets carried out a raid, targeting
 * rebel commanders in the east", "the army shelled the town, targeting militant positions". A harm (CAMEO 18–20)
 * whose verb (or, for a noun act, whose light verb) has such a clause takes the first actor the clause's object
 * names as its target, in place of one the sentence gave only by inference (a place, the source's own country).
 */
final class TargetingClauses {

  private TargetingClauses() {}

  /** Verbs whose participle names the one an attack is aimed at. */
  private static final List<String> TARGETING = List.of("target");

  static Frame aimed(ParseGraph g, Frame f, ActorFinder actors) {
    int p = f.predicate();
    String code = f.pattern().code();
    boolean harm = CameoCode.isForce(code);
    if (!harm) return f;
    List<Integer> heads = new ArrayList<>(List.of(p));
    if (f.anchor() >= 0 && f.anchor() != p) heads.add(f.anchor());
    for (int h : heads) {
      for (Dependency d : g.out(h)) {
        int v = d.dependent();
        String r = d.baseRelation();
        if (!(r.equals("dep") || r.equals("advcl") || r.equals("xcomp") || r.equals("acl"))) continue;
        if (!g.token(v).pos().equals("VBG") || !TARGETING.contains(g.lemma(v))) continue;
        for (int o : g.deps(v, "obj")) {
          for (Party c : actors.candidates(o)) {
            if (!c.qualifies() || f.sources().stream().anyMatch(s -> s.sameActor(c))) continue;
            if (f.targets().stream().anyMatch(t -> t.sameActor(c))) return f;
            return new Frame(f.match(), f.sources(), List.of(c), f.location(), f.anchor());
          }
        }
      }
    }
    return f;
  }
}
