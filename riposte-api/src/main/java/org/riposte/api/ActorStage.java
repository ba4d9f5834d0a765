package org.riposte.api;

/**
 * Finds actor mentions and codes each as it was on the article's date. Produces {@link Layer#MENTIONS}. An actor
 * that cannot be coded is kept as {@link Actor#unknown(String)}, never dropped.
 */
public interface ActorStage extends Stage {}
