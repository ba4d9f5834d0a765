package org.riposte.actors;

/**
 * The flags of a dictionary line (its optional last column).
 *
 * @param place     the phrase can also be read as a location ({@code place}); mentions get
 *                  {@link org.riposte.api.Mention#place()} true
 * @param weak      an agent whose role yields to a more specific agent or seat in the same phrase ({@code weak}):
 *                  "officials", "spokesman", "head"
 * @param topic     an agent whose country noun names a subject, not a nationality ({@code topic}): a "Russia expert"
 *                  is not Russian, a "Russian expert" is
 * @param modOnly   an agent that is an actor only with a country or organisation ({@code modonly}): "mission",
 *                  "staff"
 * @param condition the context condition ({@code when=CODE/scope}), or null
 * @param role      the role an organisation or seat plays when named alone ({@code role=GOV}: the UN Security
 *                  Council is the UN's governing body, coded {@code IGOUNO} with role {@code GOV}), or null
 */
record EntryOptions(boolean place, boolean weak, boolean topic, boolean modOnly, Condition condition, String role) {

  /** No flags, no condition. */
  static final EntryOptions NONE = new EntryOptions(false, false, false, false, null, null);
}
