package org.riposte.actors;

import java.util.List;
import org.riposte.api.Dependency;
import org.riposte.api.Sentence;

/** Chooses the head of a token span from the dependency graph. */
final class Heads {

  private Heads() {}

  /**
   * The head of tokens {@code [begin, end)}: the token the parser attaches the span by, i.e. the one whose governor
   * lies outside the span (a noun preferred, the rightmost when several). Without dependency arcs, the rightmost
   * noun of the span, else its last token.
   */
  static int head(Sentence s, int begin, int end) {
    boolean parsed = !s.dependencies().isEmpty();
    int best = -1;
    boolean bestNoun = false;
    for (int i = begin; i < end; i++) {
      String pos = s.token(i).pos();
      if (pos.equals("POS") || pos.equals("HYPH") || pos.equals(",") || pos.equals("DT")) continue;
      if (parsed && !attachesOutside(s, i, begin, end)) continue;
      boolean noun = s.token(i).isNoun() || pos.equals("PRP");
      if (best < 0 || noun || !bestNoun) {
        best = i;
        bestNoun = noun;
      }
    }
    if (best >= 0) return best;
    for (int i = end - 1; i >= begin; i--) if (s.token(i).isNoun()) return i;
    return end - 1;
  }

  /** True when the token has no governor inside the span (and so attaches the span to the rest). */
  static boolean attachesOutside(Sentence s, int token, int begin, int end) {
    List<Dependency> parents = s.parents(token);
    for (Dependency d : parents) {
      if (d.governor() >= begin && d.governor() < end && d.governor() != token) return false;
    }
    return true;
  }

  /** True when the token has a governor inside the span, or no arcs at all (an unparsed sentence). */
  static boolean attachesInside(Sentence s, int token, int begin, int end) {
    List<Dependency> parents = s.parents(token);
    if (parents.isEmpty()) return s.dependencies().isEmpty();
    for (Dependency d : parents) {
      if (d.governor() >= begin && d.governor() < end && d.governor() != token) return true;
    }
    return false;
  }
}
