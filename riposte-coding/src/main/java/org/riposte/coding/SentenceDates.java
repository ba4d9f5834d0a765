package org.riposte.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riposte.api.Dependency;
import org.riposte.api.EventDate;
import org.riposte.api.Sentence;

/**
 * The date of each clause of an article as the coder's {@link DateResolver} gives it: the time expression attached to
 * the verb or to the clause it depends on, else the publication day for a past or present report, unknown for
 * background (past perfect). Computed once, sentence after sentence, so that anaphoric expressions ("the same day")
 * count from the dates stated before them. Not thread safe: one instance serves one article.
 */
final class SentenceDates {

  private final List<ParseGraph> graphs;
  private final Map<Long, EventDate> byVerb = new HashMap<>();

  /** @param graphs the article's sentences, in order */
  SentenceDates(List<ParseGraph> graphs, DateResolver dates) {
    this.graphs = graphs;
    for (ParseGraph g : graphs) {
      Sentence s = g.sentence();
      for (int t = 0; t < g.size(); t++) {
        if (!g.token(t).isVerb() && !isRoot(g, t)) continue;
        org.riposte.api.Timex tx = dates.timexFor(g, t, -1);
        byVerb.put(key(s.index(), t), tx != null ? dates.dateOf(g, tx, t) : dates.byDefault(g, t, false));
      }
      dates.observe(g);
    }
  }

  /**
   * The date of the clause a token stands in: that of the nearest verb above it (itself when it is one), else of the
   * sentence's root.
   */
  EventDate dateOf(int sentence, int token) {
    ParseGraph g = graphs.get(sentence);
    int t = token;
    for (int hop = 0; hop < 12 && t >= 0; hop++) {
      EventDate d = byVerb.get(key(sentence, t));
      if (d != null) return d;
      Dependency up = g.anyHead(t);
      t = up == null ? -1 : up.governor();
    }
    return rootDate(sentence);
  }

  /** The date of a sentence's root clause. */
  EventDate rootDate(int sentence) {
    ParseGraph g = graphs.get(sentence);
    for (int t = 0; t < g.size(); t++) {
      if (isRoot(g, t)) return byVerb.getOrDefault(key(sentence, t), EventDate.UNKNOWN);
    }
    return EventDate.UNKNOWN;
  }

  private static boolean isRoot(ParseGraph g, int t) {
    for (Dependency d : g.in(t)) if (d.governor() < 0) return true;
    return false;
  }

  private static long key(int sentence, int token) { return ((long) sentence << 20) | token; }
}
