package org.riposte.coding;

import java.util.List;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;

/**
 * Forces put or kept on alert (CAMEO 152) stand ready where they are, and that place is what the alert is about:
 * "troops remained on alert in the border province", "the police were on alert in Lagos". An alert that names no
 * actor as its target takes the place of its in/at argument: its country when the place has one, else the place by
 * its name. A reason given with "for" ("on alert for riots") is no target then.
 */
final class AlertPlaces {

  private AlertPlaces() {}

  static Frame aimed(ParseGraph g, Frame f, ActorFinder actors) {
    int p = f.predicate();
    if (!f.pattern().code().startsWith("152") || !g.token(p).isVerb()) return f;
    if (f.targets().stream().anyMatch(t -> t.actor().country() != null)) return f;
    for (String w : List.of("in", "at")) {
      for (int a : g.placeArgs(p, w)) {
        if (!g.token(a).isNoun() || g.sentence().timexAt(a) != null || actors.isPronoun(a)) continue;
        String country = actors.whereCountry(a);
        Party t;
        if (country != null) {
          if (f.sources().stream().anyMatch(s -> country.equals(s.actor().code()))) return f;
          t = new Party(new Actor(country, actors.phrase(a), country, null, ActorKind.STATE), a, null, true);
        } else {
          if (actors.mentionAt(a) != null) return f;
          t = new Party(Actor.unknown(actors.phrase(a)), a, null, false);
        }
        return new Frame(f.match(), f.sources(), List.of(t), f.location(), f.anchor());
      }
    }
    return f;
  }
}
