package org.riposte.api;

/**
 * Codes events (CAMEO, PLOVER, Goldstein, QuadClass) with source, target, date, status and evidence. Produces
 * {@link Layer#EVENTS}; requires at least dependencies and mentions.
 */
public interface CodingStage extends Stage {}
