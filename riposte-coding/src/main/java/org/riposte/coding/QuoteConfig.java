package org.riposte.coding;

import org.riposte.api.ConfigException;

/**
 * Options of the {@link QuoteStage}.
 *
 * @param statements whether speech acts (quotations and reported clauses with a named speaker) are also coded as
 *                   statement events (CAMEO 01–02, 05, 10–13) where the event coder coded nothing for the speaker in
 *                   the sentence
 * @param lookAhead  how many following sentences of the paragraph may attribute a quotation its own sentence does
 *                   not ("… “proper conditions”. … This was stated by X"); 0 to 3
 */
public record QuoteConfig(boolean statements, int lookAhead) {

  /** Statements on, two sentences of look-ahead. */
  public static final QuoteConfig DEFAULT = new QuoteConfig(true, 2);

  /** Checks the values; called by the stage when it starts. */
  public QuoteConfig validated() throws ConfigException {
    if (lookAhead < 0 || lookAhead > 3) throw new ConfigException("lookAhead must be 0 to 3, was " + lookAhead);
    return this;
  }
}
