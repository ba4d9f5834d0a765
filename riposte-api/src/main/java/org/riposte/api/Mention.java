package org.riposte.api;

/**
 * A span of a sentence that names an actor.
 *
 * @param sentence   index of the sentence
 * @param beginToken first token (inclusive)
 * @param endToken   last token (exclusive)
 * @param headToken  the token that heads the span (the noun the parser attaches the span by)
 * @param text       the words of the span as written
 * @param actor      the actor, coded as it was on the article's date
 * @param place      true when the span can also be read as a place ("Moscow", "Brussels"); the coder decides from
 *                   the syntax whether it is the government or the location
 */
public record Mention(int sentence, int beginToken, int endToken, int headToken, String text, Actor actor,
                      boolean place) {

  public boolean covers(int tokenIndex) { return tokenIndex >= beginToken && tokenIndex < endToken; }
}
