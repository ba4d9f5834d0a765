package org.riposte.coding;

import java.util.Objects;
import org.riposte.api.Actor;
import org.riposte.api.Mention;

/**
 * An actor found for an argument of a predicate.
 *
 * @param actor   the actor ({@link Actor#unknown} for an uncoded named entity or agent noun)
 * @param token   the token it was found at (for a pronoun, the pronoun)
 * @param mention the actor mention it comes from, or null
 * @param named   whether, without a mention, the token is a named entity
 */
record Party(Actor actor, int token, Mention mention, boolean named) {

  /** Whether it may carry an event alone: an actor mention or a named entity. */
  boolean qualifies() { return mention != null || named; }

  /**
   * The country or organisation code; null when uncoded or generic (a bare role such as "troops" {@code MIL} or "the
   * mission" {@code DIP}, which names no party).
   */
  String party() { return actor.party(); }

  /** Whether the actor is only a role without country or organisation ("troops", "ministers"). */
  boolean isGeneric() { return actor.isGeneric(); }

  /** Whether it is a place mention ("Moscow", "Kyiv"). */
  boolean isPlace() { return mention != null && mention.place(); }

  /** Whether both name the same actor: the same mention, or the same code, or the same uncoded name. */
  boolean sameActor(Party o) {
    if (o == null) return false;
    if (mention != null && mention.equals(o.mention)) return true;
    if (actor.isCoded() || o.actor.isCoded()) return Objects.equals(actor.code(), o.actor.code());
    return Objects.equals(actor.name(), o.actor.name());
  }

  /** The same actor seen at another token (a pronoun resolved to it). */
  Party at(int otherToken) { return new Party(actor, otherToken, mention, named); }

  /** A sort key: actors of a party first, then generic roles, then uncoded mentions. */
  int specificity() { return party() != null ? 2 : actor.isCoded() ? 1 : 0; }
}
