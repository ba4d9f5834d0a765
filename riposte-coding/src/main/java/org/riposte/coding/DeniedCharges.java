package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riposte.api.Actor;
import org.riposte.api.Dependency;

/**
 * A denial of charges (CAMEO 016) answers the one who made them: in "denied charges by the opposition that it rigged
 * the vote" or "rejected accusations from a senator that it misled parliament" the target is the accuser, the "by" or
 * "from" argument of the charge (or of an active verb of denial the parser hung it on: "denied charges, by the
 * government, that …"), not a party of the charge's clause. A denial that names no accuser is left as it is.
 */
final class DeniedCharges {

  private DeniedCharges() {}

  /** Nouns of a charge one may deny or reject. */
  private static final Set<String> CHARGES =
      Set.of("charge", "accusation", "allegation", "claim", "assertion", "suggestion");
  /** Prepositions of who makes a charge. */
  private static final List<String> MAKERS = List.of("by", "from");

  /** Relations by which an act hangs within what a charge says ("charges that it tortured", "guilty of"). */
  private static final Set<String> WITHIN = Set.of("ccomp", "acl", "conj", "obl", "nmod", "xcomp", "advcl");

  /**
   * Whether the act at {@code p} is only what a denied or rejected charge alleges ("denied charges by the bishops
   * that it tortured a priest", "rejected accusations that its army is guilty of ethnic cleansing"): the sentence
   * reports the denial, not the act, which is then no event of its own.
   */
  static boolean allegedOnly(ParseGraph g, int p, Map<Integer, String> acts) {
    int cur = p;
    for (int hop = 0; hop < 5; hop++) {
      Dependency d = g.governor(cur);
      if (d == null || !WITHIN.contains(d.baseRelation())) return false;
      int up = d.governor();
      String code = acts.get(up);
      if (code != null && code.startsWith("016") && d.baseRelation().equals("ccomp") && hasCharge(g, up)) return true;
      if (CHARGES.contains(g.lemma(up)) && g.token(up).isNoun()) {
        Dependency obj = g.governor(up);
        String denial = obj == null ? null : acts.get(obj.governor());
        return obj != null && obj.relation().equals("obj") && denial != null && denial.startsWith("016");
      }
      if (code != null) return false;  // an act of its own between: "denied charges that it ordered troops to fire"
      cur = up;
    }
    return false;
  }

  private static boolean hasCharge(ParseGraph g, int verb) {
    for (int o : g.deps(verb, "obj")) if (CHARGES.contains(g.lemma(o))) return true;
    return false;
  }

  static Frame byAccuser(ParseGraph g, Frame f, ActorFinder actors) {
    int p = f.predicate();
    if (!f.pattern().code().equals("016")) return f;
    List<Integer> accusers = new ArrayList<>();
    boolean charged = false;
    for (int o : g.deps(p, "obj")) {
      if (!CHARGES.contains(g.lemma(o))) continue;
      charged = true;
      for (String w : MAKERS) accusers.addAll(g.prepArgs(o, w));
    }
    if (!charged) return f;
    if (g.token(p).isVerb() && !g.isPassive(p)) accusers.addAll(g.prepArgs(p, "by"));
    for (int a : accusers) {
      Party accuser = null;
      for (Party c : actors.candidates(a)) {
        if (f.sources().stream().anyMatch(s -> s.sameActor(c))) continue;
        accuser = c;
        break;
      }
      if (accuser == null && g.token(a).isProperNoun() && actors.candidates(a).isEmpty()) {
        accuser = new Party(Actor.unknown(actors.phrase(a)), a, null, true);
      }
      if (accuser == null) continue;
      if (f.targets().stream().anyMatch(accuser::sameActor)) return f;
      return new Frame(f.match(), f.sources(), List.of(accuser), f.location(), f.anchor());
    }
    return f;
  }
}
