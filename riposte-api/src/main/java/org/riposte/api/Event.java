package org.riposte.api;

import java.util.List;

/**
 * One coded event: who did what to whom, when, with the sentence that says so. Field names and meanings are those of
 * DESIGN.md's output schema.
 *
 * @param id         deterministic id (same input, same id)
 * @param storyId    the story it belongs to, null until stories are built
 * @param docId      the article's id
 * @param date       the event's own date (not the article's)
 * @param status     asserted, planned, negated, hypothetical or claimed
 * @param source     who acts; never null (an uncoded actor keeps its text)
 * @param target     who is acted upon; null when the event has none
 * @param cameo      CAMEO event code, 2 to 4 digits ({@code 161})
 * @param root       its 2-digit root ({@code 16})
 * @param plover     PLOVER event type ({@code SANCTION})
 * @param goldstein  Goldstein value of the code
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param location   where, or null
 * @param evidence   the sentence that states it
 * @param trigger    the word(s) that express the act ("suspend", "expulsion")
 * @param reactsTo   ids of events this one answers (empty until reactions are linked)
 */
public record Event(String id, String storyId, String docId, EventDate date, Status status, Actor source,
                    Actor target, String cameo, String root, String plover, double goldstein, int quadClass,
                    Location location, Evidence evidence, String trigger, List<String> reactsTo) {

  public Event {
    reactsTo = reactsTo == null ? List.of() : List.copyOf(reactsTo);
    if (date == null) date = EventDate.UNKNOWN;
  }

  public Event withStoryId(String s) {
    return new Event(id, s, docId, date, status, source, target, cameo, root, plover, goldstein, quadClass, location,
        evidence, trigger, reactsTo);
  }

  public Event withReactsTo(List<String> r) {
    return new Event(id, storyId, docId, date, status, source, target, cameo, root, plover, goldstein, quadClass,
        location, evidence, trigger, r);
  }
}
