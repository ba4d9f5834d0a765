package org.riposte.coding;

/**
 * Counts for one thing scored (an event level, an actor, the triple).
 *
 * @param name      what is scored ({@code plover}, {@code source country}, …)
 * @param gold      gold items (sentences that give it)
 * @param predicted distinct predictions made for those sentences (a label, or an actor, counted once a sentence)
 * @param correct   predictions that equal the gold
 * @param found     gold sentences for which one of the predictions equals the gold
 * @param accurate  sentences whose chosen event (see {@link CodingEvaluator}) gets it right
 */
public record EvalScore(String name, int gold, int predicted, int correct, int found, int accurate) {

  public double precision() { return predicted == 0 ? 0 : (double) correct / predicted; }

  public double recall() { return gold == 0 ? 0 : (double) found / gold; }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Share of gold sentences whose chosen event is right: the figure the targets are set on. */
  public double accuracy() { return gold == 0 ? 0 : (double) accurate / gold; }
}
