package org.riposte.actors;

import java.util.List;
import java.util.Optional;
import org.riposte.api.Analysis;
import org.riposte.api.Mention;

/**
 * Finding the actor mention of a token, for stages that run after the actor stage (the event coder: "who is the
 * subject of this verb?").
 */
public final class Mentions {

  private Mentions() {}

  /**
   * The mention whose span covers a token. Mentions of one sentence do not overlap, so there is at most one.
   *
   * @param analysis an analysis with {@link org.riposte.api.Layer#MENTIONS}
   * @param sentence the sentence index
   * @param token    the token index within that sentence
   */
  public static Optional<Mention> covering(Analysis analysis, int sentence, int token) {
    return covering(analysis.mentionsIn(sentence), token);
  }

  /** The mention among {@code mentions} (of one sentence) whose span covers {@code token}. */
  public static Optional<Mention> covering(List<Mention> mentions, int token) {
    for (Mention m : mentions) if (m.covers(token)) return Optional.of(m);
    return Optional.empty();
  }

  /** The mention whose head is exactly {@code token} (stricter than {@link #covering}: the token heads the span). */
  public static Optional<Mention> headedBy(Analysis analysis, int sentence, int token) {
    for (Mention m : analysis.mentionsIn(sentence)) if (m.headToken() == token) return Optional.of(m);
    return Optional.empty();
  }
}
