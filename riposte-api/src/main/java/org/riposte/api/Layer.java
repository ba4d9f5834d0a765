package org.riposte.api;

/** A layer of annotation that a stage needs or adds to an {@link Analysis}. */
public enum Layer {
  /** The article text; every analysis has it. */
  TEXT,
  /** Sentences and tokens with offsets. */
  TOKENS,
  /** Part-of-speech tags and lemmas. */
  POS,
  /** Named-entity tags. */
  NER,
  /** Temporal expressions normalised against the publication date. */
  TIMEX,
  /** Dependency arcs. */
  DEPENDENCIES,
  /** Actor mentions. */
  MENTIONS,
  /** Coded events. */
  EVENTS,
  /** Direct quotations with speakers. */
  QUOTES
}
