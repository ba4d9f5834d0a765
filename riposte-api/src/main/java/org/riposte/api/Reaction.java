package org.riposte.api;

/**
 * A link from a story to the earlier story it answers.
 *
 * @param storyId         the reacting story
 * @param reactsTo        the story it answers
 * @param kind            how the link was found
 * @param cue             for explicit links the words that say so ("in retaliation for"); for window links a
 *                        description of the rule ("reverse dyad, same QuadClass, 12 days")
 * @param eventId         the reacting mention whose article states the link (explicit), or the reacting story's
 *                        first event (window)
 * @param answeredEventId the mention of the answered act (explicit), or the answered story's first event (window)
 * @param lagDays         days from the answered story's date to the reacting story's date; null when either is
 *                        undated
 */
public record Reaction(String storyId, String reactsTo, Kind kind, String cue, String eventId,
                       String answeredEventId, Integer lagDays) {

  /** How a reaction link was found. */
  public enum Kind {
    /** The text says so ("in response to", "in retaliation for", "after NATO expelled …"). */
    EXPLICIT,
    /** Weaker: the reverse dyad acted within a window with the same QuadClass; nothing in the text links them. */
    WINDOW;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Kind fromLabel(String s) { return valueOf(s.toUpperCase(java.util.Locale.ROOT)); }
  }
}
