package org.riposte.api;

/**
 * One arc of a sentence's dependency graph (Universal Dependencies, enhanced++ as CoreNLP produces them, e.g.
 * {@code nsubj}, {@code obj}, {@code nsubj:pass}, {@code obl:to}, {@code nmod:poss}, {@code conj:and}).
 *
 * @param governor  token index of the head, or {@code -1} for the root
 * @param dependent token index of the dependent
 * @param relation  relation name, with its enhanced subtype after a colon where there is one
 */
public record Dependency(int governor, int dependent, String relation) {

  /** The relation without its subtype: {@code obl:to} → {@code obl}. */
  public String baseRelation() {
    int c = relation.indexOf(':');
    return c < 0 ? relation : relation.substring(0, c);
  }

  /** The subtype, e.g. {@code to} for {@code obl:to}; empty when there is none. */
  public String subtype() {
    int c = relation.indexOf(':');
    return c < 0 ? "" : relation.substring(c + 1);
  }
}
