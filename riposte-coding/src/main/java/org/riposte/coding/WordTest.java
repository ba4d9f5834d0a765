package org.riposte.coding;

import java.util.Set;

/**
 * A pattern's test on a word: a lexicon class ({@code DIPLOMATIC}), lemmas joined by {@code |}
 * ({@code accreditation|visa}), or {@code @person} (a named person).
 *
 * @param spec   the test as written in the pattern
 * @param lemmas the lower-case lemmas it accepts
 * @param person whether it accepts named persons
 */
record WordTest(String spec, Set<String> lemmas, boolean person) {

  static final String PERSON = "@person";

  /** Whether a word with this lemma (lower case) passes; {@code isPerson} tells whether it names a person. */
  boolean test(String lemma, boolean isPerson) {
    return (person && isPerson) || lemmas.contains(lemma);
  }
}
