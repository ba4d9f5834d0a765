package org.riposte.actors;

/** How far from a mention a condition looks for another actor ({@code when=IGOWSTNAT/paragraph}). */
enum Scope {
  /** The same sentence. */
  SENTENCE,
  /** The same paragraph. */
  PARAGRAPH,
  /** Anywhere in the article. */
  ARTICLE
}
