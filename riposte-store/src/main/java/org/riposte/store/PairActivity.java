package org.riposte.store;

/**
 * What two parties did to each other, counted over stories that count (asserted, claimed, planned) with a party on
 * both sides, in either direction.
 *
 * @param pair         the pair key ({@code IGOWSTNAT|RUS})
 * @param a            the first party (alphabetically)
 * @param b            the second party
 * @param stories      stories between them
 * @param conflict     of those, QuadClass 3 or 4
 * @param cooperation  of those, QuadClass 1 or 2
 * @param goldsteinSum the sum of their Goldstein values
 */
public record PairActivity(String pair, String a, String b, long stories, long conflict, long cooperation,
                           double goldsteinSum) {

  /** Mean Goldstein value, 0 without stories. */
  public double goldsteinMean() { return stories == 0 ? 0 : goldsteinSum / stories; }

  /** From −1 (all conflict) to +1 (all cooperation). */
  public double balance() { return stories == 0 ? 0 : (cooperation - conflict) / (double) stories; }
}
