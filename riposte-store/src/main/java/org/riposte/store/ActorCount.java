package org.riposte.store;

/**
 * How often one actor occurs in the store: as the source or target of stored events and as the speaker of stored
 * quotes. What {@code riposte actors} lists.
 *
 * @param code      the actor code; null for actors that could not be coded (listed by their text)
 * @param name      for a coded actor the name it occurs under most often (ties: the first in alphabetical order);
 *                  for an uncoded one the text as stored
 * @param country   the country code stored with it (null for organisations and uncoded actors)
 * @param role      the role code stored with it, or null
 * @param names     how many different names the actor occurs under (1 for an uncoded actor)
 * @param asSource  events with the actor as source
 * @param asTarget  events with the actor as target
 * @param asSpeaker quotes with the actor as speaker
 * @param articles  articles it occurs in
 */
public record ActorCount(String code, String name, String country, String role, long names, long asSource,
                         long asTarget, long asSpeaker, long articles) {

  /** All occurrences: sources, targets and speakers. */
  public long total() { return asSource + asTarget + asSpeaker; }
}
