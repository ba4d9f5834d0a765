package org.riposte.api;

/**
 * A direct quotation with its speaker.
 *
 * @param id      deterministic id
 * @param docId   the article's id
 * @param text    the quoted words, without the quotation marks
 * @param speaker who said it; null when the text does not say (never guessed)
 * @param verb    the speech verb ("said", "warned"), or null
 * @param start   character offset of the quotation in {@link Article#text()}
 * @param end     character offset after it
 * @param date    when it was said, as far as the text tells
 */
public record Quote(String id, String docId, String text, Actor speaker, String verb, int start, int end,
                    EventDate date) {}
