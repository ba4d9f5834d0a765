package org.riposte.api;

/**
 * A temporal expression found in a sentence, normalised as TIMEX3 (SUTime) does it.
 *
 * @param beginToken first token index (inclusive)
 * @param endToken   last token index (exclusive)
 * @param text       the words, as written
 * @param type       {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value      the TIMEX3 value: {@code 2021-10-18}, {@code 2021-10}, {@code 2021-W42}, {@code 2014},
 *                   {@code PRESENT_REF}, {@code P7Y}, {@code XXXX-10-07} (year unknown), …; may be null
 */
public record Timex(int beginToken, int endToken, String text, String type, String value) {

  public boolean covers(int tokenIndex) { return tokenIndex >= beginToken && tokenIndex < endToken; }
}
