/**
 * From events to relationships: per-pair summaries now; stories across outlets, reactions, channels and escalation
 * build on them.
 *
 * <h2>Hints, tips and traps</h2>
 * <ul>
 *   <li>Pairs are counted at party level ({@link org.riposte.api.Actor#party()}: {@code RUSGOV} and {@code RUSDIP} are
 *       both {@code RUS}), so a minister and his government add to the same pair.</li>
 *   <li>Events whose source or target is uncoded, or whose two sides are the same party, belong to no pair.</li>
 *   <li>Only asserted and planned events count towards the balance: a denied or hypothetical act did not happen.</li>
 * </ul>
 */
package org.riposte.stories;
