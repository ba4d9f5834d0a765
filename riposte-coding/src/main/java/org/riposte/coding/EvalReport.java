package org.riposte.coding;

import java.util.List;
import java.util.Map;

/**
 * What {@code riposte eval} found on one gold set.
 *
 * @param format      the gold format
 * @param sentences   gold sentences evaluated
 * @param events      events the pipeline coded in them
 * @param scores      event levels first, then actors and the triple (only those the gold set gives)
 * @param perClass    recall of each gold label of the first level ({@code 0}–{@code 4}, roots, types), in label order
 * @param confusion   gold label → chosen event's label ({@code none} when no event) → count, for the first level
 * @param worst       the worst-coded sentences, worst first
 * @param goldCoverage share of gold span actors the actor dictionary codes (span gold only, else NaN)
 */
public record EvalReport(GoldFormat format, int sentences, int events, List<EvalScore> scores,
                         Map<String, Double> perClass, Map<String, Map<String, Integer>> confusion,
                         List<Miss> worst, double goldCoverage) {

  /**
   * A badly coded sentence.
   *
   * @param id        its id in the gold file
   * @param text      the sentence
   * @param expected  what the gold says ({@code ASSAULT USA→IRQ})
   * @param got       what the pipeline coded ({@code 190 ASSAULT USA→IRQ "attacked"; …}, or {@code no event})
   * @param badness   how wrong: 3 for a wrong event type, 1 for each wrong actor, 1 for each extra event label
   */
  public record Miss(String id, String text, String expected, String got, int badness) {}

  public EvalScore score(String name) {
    return scores.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }

  public double eventsPerSentence() { return sentences == 0 ? 0 : (double) events / sentences; }
}
