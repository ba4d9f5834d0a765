package org.riposte.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores a story assignment against gold groups with pairwise precision and recall: over every pair of mentions that
 * both assignments know, a pair in one story is a true positive when gold groups it too. Stateless.
 */
public final class StoryEvaluator {

  /**
   * The scores.
   *
   * @param precision share of predicted same-story pairs that gold groups together (1 when none predicted)
   * @param recall    share of gold same-group pairs predicted together (1 when gold has none)
   * @param pairs     mention pairs compared
   */
  public record Score(double precision, double recall, int pairs) {
    public double f1() { return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall); }
  }

  /**
   * @param predicted event id → story id
   * @param gold      event id → gold group; events missing from either map are ignored
   */
  public Score score(Map<String, String> predicted, Map<String, String> gold) {
    List<String> ids = new ArrayList<>();
    for (String id : gold.keySet()) if (predicted.containsKey(id)) ids.add(id);
    ids.sort(null);
    int tp = 0;
    int predictedSame = 0;
    int goldSame = 0;
    int pairs = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        pairs++;
        boolean p = predicted.get(ids.get(i)).equals(predicted.get(ids.get(j)));
        boolean g = gold.get(ids.get(i)).equals(gold.get(ids.get(j)));
        if (p) predictedSame++;
        if (g) goldSame++;
        if (p && g) tp++;
      }
    }
    return new Score(predictedSame == 0 ? 1 : tp / (double) predictedSame, goldSame == 0 ? 1 : tp / (double) goldSame,
        pairs);
  }
}
