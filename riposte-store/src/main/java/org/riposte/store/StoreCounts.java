package org.riposte.store;

/** How much a store holds: events and articles of completely saved articles, and stories. */
public record StoreCounts(long events, long articles, long stories) {}
