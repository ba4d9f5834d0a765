package org.riposte.api;

/**
 * Tokenises, tags, parses and finds temporal expressions. Produces {@link Layer#TOKENS}, {@link Layer#POS},
 * {@link Layer#NER}, {@link Layer#TIMEX}, {@link Layer#DEPENDENCIES}; temporal expressions are resolved against the
 * article's publication date, and left unresolved when it has none.
 */
public interface NlpStage extends Stage {}
