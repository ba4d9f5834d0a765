package org.riposte.api;

import java.util.Set;

/**
 * One step of the pipeline. A stage declares the layers it {@link #requires()} and those it {@link #produces()};
 * {@link Pipeline#of} refuses an order in which a requirement is not produced earlier.
 *
 * <p>Implementations must be thread safe: one instance serves every worker thread of a JVM (and every task of a
 * Spark executor). Heavy resources (models, dictionaries) are loaded once, when the stage is created, never per
 * document.
 */
public interface Stage {

  /** A short name for messages ("corenlp", "actors", "coder"). */
  String name();

  /** Layers that must be present in the input. */
  Set<Layer> requires();

  /** Layers this stage adds. */
  Set<Layer> produces();

  /**
   * Adds this stage's layers to an analysis.
   *
   * @throws RiposteException when this document cannot be processed; the caller records it as a failed outcome and
   *                          goes on with the next document
   */
  Analysis process(Analysis in) throws RiposteException;
}
