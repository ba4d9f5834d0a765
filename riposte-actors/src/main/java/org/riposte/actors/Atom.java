package org.riposte.actors;

import java.util.List;

/**
 * A dictionary or named-entity match in one sentence, before phrases are composed.
 *
 * @param begin   first token, inclusive
 * @param end     last token, exclusive (includes "- based" for located modifiers)
 * @param kind    what the match is
 * @param entries the dictionary entries it may denote, in precedence order (empty for unknown names)
 * @param located a place used as an adjective of location ("Moscow-based"): it gives the country, not the
 *                government
 * @param sponsor a modifier that sponsors rather than qualifies the next noun ("Russian-backed separatists"): it
 *                does not combine with it
 */
record Atom(int begin, int end, Kind kind, List<Entry> entries, boolean located, boolean sponsor) {

  Atom {
    entries = List.copyOf(entries);
  }

  Atom withSpan(int newBegin, int newEnd) {
    return new Atom(newBegin, newEnd, kind, entries, located, sponsor);
  }

  Atom withFlags(int newEnd, boolean isLocated, boolean isSponsor) {
    return new Atom(begin, newEnd, kind, entries, isLocated, isSponsor);
  }

  boolean known() { return !entries.isEmpty(); }

  /** The kinds of match. */
  enum Kind {
    /** A country, adjective, place, seat of power or organisation. */
    MODIFIER,
    /** A role noun. */
    AGENT,
    /** A person, known (entries) or unknown (a PERSON name the tagger found). */
    PERSON,
    /** "Mr.", "Dr.". */
    HONORIFIC,
    /** An organisation name the tagger found that no dictionary knows. */
    ORGNAME
  }
}
