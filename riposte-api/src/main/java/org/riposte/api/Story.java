package org.riposte.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One real-world act as several reports tell it: the events (mentions) that report the same act, merged across
 * articles and outlets (DESIGN.md, "Story").
 *
 * @param id           deterministic: derived from the smallest member event id, so the same events give the same id
 * @param pair         the undirected party pair it belongs to ({@code IGOWSTNAT|RUS}, parties sorted); {@code "|"}
 *                     joins an empty party when one side is uncoded
 * @param sourceParty  the acting party ({@code RUS}), or null when uncoded
 * @param targetParty  the party acted upon, or null
 * @param root         CAMEO root of the act family ({@code 16})
 * @param cameo        the most frequent CAMEO code among the mentions
 * @param plover       its PLOVER type, may be null
 * @param quadClass    1 verbal cooperation … 4 material conflict
 * @param goldstein    Goldstein value of {@link #cameo}
 * @param status       the best-supported status: asserted over claimed over planned (negated and hypothetical
 *                     mentions only form stories of their own)
 * @param date         the best-supported date: the most frequent among the mentions, finer precision first on ties;
 *                     {@link EventDate#UNKNOWN} when no mention is dated
 * @param dates        every date the mentions give, with how many mentions give it: conflicting dates stay visible
 * @param events       member event ids, sorted
 * @param docIds       the articles that mention it, sorted
 * @param outlets      the distinct outlets, sorted (articles without an outlet are not listed)
 * @param numArticles  distinct articles, near-duplicate copies (the same wire story republished) counting once
 * @param numSources   distinct outlets; an article without an outlet counts as a source of its own
 * @param firstSeen    the earliest publication date of its articles, null when none is known
 * @param lastSeen     the latest publication date of its articles, null when none is known
 * @param label        the most frequent trigger word ("suspend")
 */
public record Story(String id, String pair, String sourceParty, String targetParty, String root, String cameo,
                    String plover, int quadClass, double goldstein, Status status, EventDate date,
                    Map<String, Integer> dates, List<String> events, List<String> docIds, List<String> outlets,
                    int numArticles, int numSources, LocalDate firstSeen, LocalDate lastSeen, String label) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pair, "pair");
    if (date == null) date = EventDate.UNKNOWN;
    dates = dates == null ? Map.of() : Map.copyOf(dates);
    events = List.copyOf(events);
    docIds = List.copyOf(docIds);
    outlets = outlets == null ? List.of() : List.copyOf(outlets);
  }

  /** Whether the act counts in series and balances: asserted, claimed or planned. */
  public boolean counts() {
    return status == Status.ASSERTED || status == Status.CLAIMED || status == Status.PLANNED;
  }
}
