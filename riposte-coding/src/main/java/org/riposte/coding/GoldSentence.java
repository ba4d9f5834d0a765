package org.riposte.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One sentence of a gold set with what it should code to.
 *
 * @param id      the record's id in its file ({@code line 12}, a JSON id, a CAMEO code)
 * @param text    the sentence
 * @param date    the date to take as publication date (null: none)
 * @param labels  the expected label at each level the gold set gives ({@link EvalLevel#ROOT} → {@code 17}, …)
 * @param sources the expected source actors (any one of them is right), empty when the gold gives none
 * @param targets the expected target actors (any one of them is right), empty when the gold gives none
 */
public record GoldSentence(String id, String text, LocalDate date, Map<EvalLevel, String> labels,
                           List<GoldActor> sources, List<GoldActor> targets) {

  public GoldSentence {
    labels = Map.copyOf(labels);
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }
}
