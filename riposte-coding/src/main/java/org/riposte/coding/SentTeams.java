package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A team sent to look into something (CAMEO 09, "dispatched a team to Kharkiv to investigate the blast") acts on the
 * country it is sent to: the "to" place of the verb or of the team sent ("a team to Kharkiv", hung on the object),
 * when the frame names no target. Any other frame is returned as it is.
 */
final class SentTeams {

  private SentTeams() {}

  /** Verbs of sending people somewhere. */
  private static final Set<String> SENDING = Set.of("send", "dispatch", "deploy");

  static Frame sentTo(ParseGraph g, Frame f, ActorFinder actors) {
    int p = f.predicate();
    if (!f.pattern().code().startsWith("09") || !SENDING.contains(g.lemma(p)) || !g.token(p).isVerb()) return f;
    if (!f.targets().isEmpty()) return f;
    List<Integer> places = new ArrayList<>(g.prepArgs(p, "to"));
    for (int o : g.deps(p, "obj")) places.addAll(g.prepArgs(o, "to"));
    for (int a : places) {
      String country = actors.placeCountry(a);
      if (country == null) continue;
      return new Frame(f.match(), f.sources(), List.of(actors.countryAt(country, a)), f.location(), f.anchor());
    }
    return f;
  }
}
