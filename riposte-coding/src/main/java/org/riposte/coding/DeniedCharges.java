package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.riposte.api.Actor;

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
