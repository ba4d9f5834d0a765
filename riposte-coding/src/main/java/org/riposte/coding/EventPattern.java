package org.riposte.coding;

import java.util.List;
import java.util.Set;

/**
 * One line of the pattern file: a CAMEO code for a predicate under conditions. See {@code patterns.txt} for the
 * format.
 *
 * @param code       the CAMEO code it gives, or {@link #NO_EVENT} for a use of the predicate that is no event (an idiom
 *                   or metaphor: "a war of words", "fight for votes"), which wins over the event patterns it is more
 *                   specific than
 * @param lemma      the predicate's lemma (lower case)
 * @param word       a particle or preposition that must go with the predicate ({@code for} in {@code call+for}), or
 *                   null
 * @param object     the test on the object's head, or null
 * @param complement the test on a clausal complement's head, or null
 * @param pos        {@code verb}, {@code noun}, or null for both; {@code adj} for an adjective with a copula ("was skeptical"), which
 *                   takes only such patterns
 * @param modifiers  tests that modifiers of the predicate (its adjectives and compound nouns: "<i>joint</i>
 *                   exercises", "<i>hunger</i> strike") must pass, each by one modifier; empty for none
 * @param subject    the test on the subject ("peacekeepers arrived": a head, what it is an amount or activity of,
 *                   or a compound noun on it), or null
 * @param sourcePrep the preposition whose argument is the source ({@code into}), or null
 * @param flags      {@link Flag}s
 * @param example    the example sentence of the line (documentation only)
 * @param origin     file and line, for messages
 */
public record EventPattern(String code, String lemma, String word, WordTest object, WordTest complement, String pos,
                           List<WordTest> modifiers, WordTest subject, String sourcePrep, Set<Flag> flags, String example,
                           String origin) {

  /** Options of a pattern. */
  public enum Flag {
    /** The event usually has no target: an object of the source's own party is not its target. */
    NOTARGET,
    /** The object is the source's own (troops, mission): never the target, and the source when none is given. */
    OWN,
    /** The target may come from the clausal complement or, failing that, from the context. */
    ABOUT,
    /** Coordinated subjects act on each other ("France and Germany met"). */
    MUTUAL
  }

  /** The code of a pattern that says its predicate is no event there. */
  public static final String NO_EVENT = "-";

  public EventPattern {
    flags = Set.copyOf(flags);
    modifiers = List.copyOf(modifiers);
  }

  public boolean has(Flag f) { return flags.contains(f); }

  /** Whether this pattern marks a use of its predicate that is no event. */
  public boolean isNoEvent() { return code.equals(NO_EVENT); }

  /** How many conditions it sets; among matching patterns the most specific wins. */
  public int specificity() {
    return (word == null ? 0 : 1) + (object == null ? 0 : 1) + (complement == null ? 0 : 1) + (pos == null ? 0 : 1)
        + (sourcePrep == null ? 0 : 1) + (subject == null ? 0 : 1) + modifiers.size();
  }
}
