/**
 * The web page and the versioned REST API ({@code /api/v1/…}) over a Riposte store, served by one Javalin process:
 * {@code riposte serve}. Routes read through {@link org.riposte.api.EventStore} and {@link org.riposte.api.StoryStore};
 * every filter value reaches SQL as a bound parameter; every text reaches the page escaped.
 */
package org.riposte.web;
