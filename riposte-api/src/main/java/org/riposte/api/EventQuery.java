package org.riposte.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * A filter over stored events; null fields do not filter.
 *
 * @param actor  an actor code or party: matches source or target whose code starts with it ({@code RUS} matches
 *               {@code RUSGOV}) or whose country equals it
 * @param root   a CAMEO root ({@code 16}) or code prefix ({@code 161})
 * @param since  earliest event date (inclusive; compares on the date's first day)
 * @param until  latest event date (inclusive)
 * @param docId  only events of this article
 * @param statuses only events with one of these statuses (empty or null = any)
 * @param limit  at most this many (0 = no limit)
 */
public record EventQuery(String actor, String root, LocalDate since, LocalDate until, String docId,
                         Set<Status> statuses, int limit) {

  public EventQuery {
    statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
  }

  /** A query without a status filter. */
  public EventQuery(String actor, String root, LocalDate since, LocalDate until, String docId, int limit) {
    this(actor, root, since, until, docId, Set.of(), limit);
  }

  public static EventQuery all() { return new EventQuery(null, null, null, null, null, 0); }
}
