/**
 * Riposte's contract: the records that flow between stages and the stage interfaces.
 *
 * <p>The flow is {@code ingest → nlp → actors → coding → stories → store}. Ingest turns files into
 * {@link org.riposte.api.Article}s; every later stage is a {@link org.riposte.api.Stage} that takes an
 * {@link org.riposte.api.Analysis} and returns a richer one. A {@link org.riposte.api.Pipeline} checks, when it is
 * built, that every stage's {@link org.riposte.api.Stage#requires() requirements} are produced by an earlier stage,
 * so a misassembled pipeline fails at start-up rather than at the 10,000th document.
 *
 * <h2>Hints, tips and traps</h2>
 * <ul>
 *   <li>All character offsets ({@link org.riposte.api.Token#begin()}, {@link org.riposte.api.Evidence#start()}, …)
 *       index into {@link org.riposte.api.Article#text()}, the normalised text, never into the raw file.</li>
 *   <li>Token indices are 0-based within their sentence; a {@link org.riposte.api.Dependency} governor of
 *       {@code -1} is the root.</li>
 *   <li>This module depends on nothing but the JDK: keep CoreNLP, DuckDB, Jackson out of it.</li>
 * </ul>
 */
package org.riposte.api;
