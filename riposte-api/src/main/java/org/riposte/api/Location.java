package org.riposte.api;

/**
 * Where an event took place.
 *
 * @param name    the place as written ("Moscow", "Kyiv")
 * @param country ISO alpha-3 of the country it lies in, or null
 */
public record Location(String name, String country) {}
