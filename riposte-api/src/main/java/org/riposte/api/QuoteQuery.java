package org.riposte.api;

import java.util.Locale;

/**
 * A filter over stored quotes; null fields do not filter.
 *
 * @param speaker words of the speaker's name, case-insensitive ({@code peskov} matches "Dmitry Peskov")
 * @param actor   an actor code or party: the speaker's code starts with it ({@code RUS} matches {@code RUSGOV}) or
 *                its country equals it
 * @param docId   only quotes of this article
 * @param limit   at most this many (0 = no limit)
 */
public record QuoteQuery(String speaker, String actor, String docId, int limit) {

  public QuoteQuery {
    if (limit < 0) throw new IllegalArgumentException("limit must be 0 or more, was " + limit);
  }

  public static QuoteQuery all() { return new QuoteQuery(null, null, null, 0); }

  /** Whether a quote passes the filter (the limit aside): the reference for every store's implementation. */
  public boolean matches(Quote q) {
    Actor s = q.speaker();
    if (speaker != null && (s == null || s.name() == null
        || !s.name().toLowerCase(Locale.ROOT).contains(speaker.toLowerCase(Locale.ROOT)))) {
      return false;
    }
    if (actor != null && (s == null || !(s.code() != null && s.code().startsWith(actor) || actor.equals(s.country())))) {
      return false;
    }
    return docId == null || docId.equals(q.docId());
  }
}
