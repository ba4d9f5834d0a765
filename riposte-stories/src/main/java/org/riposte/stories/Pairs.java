package org.riposte.stories;

import org.riposte.api.Actor;
import org.riposte.api.Event;

/** Party-level keys of events: the party of each side and the undirected pair. Stateless. */
final class Pairs {

  private Pairs() {}

  /** The party of an actor ({@link Actor#party()}), null when uncoded or generic. */
  static String party(Actor a) {
    return a == null || !a.isCoded() ? null : a.party();
  }

  static String source(Event e) { return party(e.source()); }

  static String target(Event e) { return party(e.target()); }

  /** The undirected pair of two parties, sorted, joined by {@code |}; a missing party is the empty string. */
  static String pair(String a, String b) {
    String x = a == null ? "" : a;
    String y = b == null ? "" : b;
    return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
  }

  static String pair(Event e) { return pair(source(e), target(e)); }
}
