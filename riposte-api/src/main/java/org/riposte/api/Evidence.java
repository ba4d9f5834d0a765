package org.riposte.api;

/**
 * The words that state an event.
 *
 * @param sentence the sentence text
 * @param start    character offset of the sentence in {@link Article#text()}
 * @param end      character offset after it
 */
public record Evidence(String sentence, int start, int end) {}
