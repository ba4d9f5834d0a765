package org.riposte.stories;

/**
 * Settings of story building, reaction linking and dyad analysis. Validated on construction: a value out of range is
 * an {@link IllegalArgumentException} naming the setting.
 *
 * @param dayToleranceDays      two day- or week-precise mentions of the same act may differ by this many days
 * @param plannedLeadDays       a planned act may be announced up to this many days before it takes effect (its
 *                              announcement and the plan then belong to one story)
 * @param undatedMatch          least similarity (0–1) for an undated mention to join a story when several could take it
 * @param reactionWindowDays    a weak reaction link needs the reverse dyad to act within this many days
 * @param nearDuplicateContainment least share of the shorter article's shingles found in the longer for two articles
 *                              to be copies of one story
 * @param verdictWindowDays     the verdict reads the last this-many days of activity of a pair
 */
public record StoryConfig(int dayToleranceDays, int plannedLeadDays, double undatedMatch, int reactionWindowDays,
                          double nearDuplicateContainment, int verdictWindowDays) {

  /**
   * The defaults: 3 days, 30 days, 0.25, 30 days, 0.6, 365 days. A containment of 0.6 keeps a copy with its own
   * headline and dateline and a trimmed end together; two outlets' own reports of one event share far less.
   */
  public static final StoryConfig DEFAULT = new StoryConfig(3, 30, 0.25, 30, 0.6, 365);

  public StoryConfig {
    check(dayToleranceDays >= 0 && dayToleranceDays <= 60, "dayToleranceDays must be 0..60: " + dayToleranceDays);
    check(plannedLeadDays >= 0 && plannedLeadDays <= 365, "plannedLeadDays must be 0..365: " + plannedLeadDays);
    check(undatedMatch >= 0 && undatedMatch <= 1, "undatedMatch must be 0..1: " + undatedMatch);
    check(reactionWindowDays >= 1 && reactionWindowDays <= 365,
        "reactionWindowDays must be 1..365: " + reactionWindowDays);
    check(nearDuplicateContainment > 0 && nearDuplicateContainment <= 1,
        "nearDuplicateContainment must be in (0, 1]: " + nearDuplicateContainment);
    check(verdictWindowDays >= 7, "verdictWindowDays must be at least 7: " + verdictWindowDays);
  }

  private static void check(boolean ok, String message) {
    if (!ok) throw new IllegalArgumentException("story config: " + message);
  }
}
