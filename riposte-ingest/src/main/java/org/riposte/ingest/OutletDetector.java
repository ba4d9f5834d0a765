package org.riposte.ingest;

import java.util.Optional;

/**
 * Finds the outlet that a news text names as its publisher. Stateless and thread safe.
 *
 * <p>Two shapes are read, in this order: a closing line naming outlet and date among the last
 * three non-empty lines ({@code The Globe and Mail, October 21, 2021} gives
 * {@code The Globe and Mail}), then a dateline among the first lines ({@code MOSCOW, Oct 18 (Reuters) -} gives
 * {@code Reuters}). A closing line must carry a full date to count, so that an ordinary last sentence is not taken
 * for an outlet. When neither shape is present the answer is empty: the outlet is never guessed from the text's
 * content.
 */
public final class OutletDetector {

  /** Creates a detector. */
  public OutletDetector() {}

  /**
   * The outlet {@code text} names, or empty when it names none.
   *
   * @param text the article text (raw or normalised)
   */
  public Optional<String> detect(String text) {
    for (String line : Datelines.tailFromEnd(text)) {
      Optional<Datelines.Closing> c = Datelines.closing(line);
      if (c.isPresent()) return Optional.of(c.get().outlet());
    }
    for (String line : Datelines.head(text)) {
      Optional<Datelines.Dateline> d = Datelines.dateline(line);
      if (d.isPresent() && d.get().outlet() != null) return Optional.of(d.get().outlet());
    }
    return Optional.empty();
  }
}
