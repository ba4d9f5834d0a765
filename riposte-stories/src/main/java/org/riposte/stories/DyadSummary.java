package org.riposte.stories;

/**
 * What two parties did to each other, counted over events.
 *
 * @param dyad          the pair
 * @param events        events between them, either direction (asserted and planned only)
 * @param aToB          events with {@code dyad.a()} as source
 * @param bToA          events with {@code dyad.b()} as source
 * @param quadCounts    counts by QuadClass: index 0 verbal cooperation … 3 material conflict
 * @param goldsteinSum  sum of Goldstein values
 * @param firstDate     earliest known event date (ISO, at its precision), or null
 * @param lastDate      latest known event date, or null
 */
public record DyadSummary(Dyad dyad, int events, int aToB, int bToA, int[] quadCounts, double goldsteinSum,
                          String firstDate, String lastDate) {

  public DyadSummary {
    quadCounts = quadCounts.clone();
  }

  /** Mean Goldstein value, 0 when there are no events. */
  public double goldsteinMean() { return events == 0 ? 0 : goldsteinSum / events; }

  /** Share of events that are conflict (QuadClass 3 or 4). */
  public double conflictShare() {
    return events == 0 ? 0 : (quadCounts[2] + quadCounts[3]) / (double) events;
  }

  @Override
  public int[] quadCounts() { return quadCounts.clone(); }

  @Override
  public boolean equals(Object o) {
    return o instanceof DyadSummary d && d.dyad.equals(dyad) && d.events == events && d.aToB == aToB
        && d.bToA == bToA && java.util.Arrays.equals(d.quadCounts, quadCounts) && d.goldsteinSum == goldsteinSum
        && java.util.Objects.equals(d.firstDate, firstDate) && java.util.Objects.equals(d.lastDate, lastDate);
  }

  @Override
  public int hashCode() { return java.util.Objects.hash(dyad, events, goldsteinSum); }
}
