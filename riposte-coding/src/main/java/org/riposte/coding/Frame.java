package org.riposte.coding;

import java.util.List;
import org.riposte.api.Location;

/**
 * A predicate with its pattern and resolved arguments: who acts, on whom, where.
 *
 * @param match    the predicate and its pattern
 * @param sources  the acting actors (coordinated subjects give several)
 * @param targets  the actors acted upon; empty when there are none
 * @param location where, or null
 * @param anchor   the finite verb whose tense dates the event when no time expression does (the predicate itself, or
 *                 the light verb of a nominal event), or −1 for nominal events that have none
 */
record Frame(PatternMatcher.Match match, List<Party> sources, List<Party> targets, Location location, int anchor) {

  int predicate() { return match.predicate(); }

  EventPattern pattern() { return match.pattern(); }
}
