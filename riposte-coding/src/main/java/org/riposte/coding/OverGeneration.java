package org.riposte.coding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;
import org.riposte.api.Dependency;
import org.riposte.api.Token;

/**
 * Guards against events a dictionary coder would wrongly make out of a predicate that has a pattern: sport reported in
 * the words of conflict ("clashed with Brazil in the World Cup final", "defeated Chile 2-1") and undated history
 * lessons ("the Soviet Union invaded Afghanistan during the Cold War"). Idioms and metaphors ("a war of words", "fight
 * for votes") are the pattern file's no-event lines ({@link EventPattern#NO_EVENT}); events without an actor on either
 * side are never made (the coder needs a coded party or a named entity on one side, {@link Party#qualifies()}); and
 * identical events of one sentence are kept once by the sentence coder.
 *
 * <p>Design decision on history: an act set in a named past period ("during World War II", "in Soviet times", "in
 * the Cold War") is no current event and is dropped when the sentence gives it no date of its own; with a date ("in
 * 1979, during the Cold War") it is a dated past event and is kept with that date, as the date resolver gives it.
 *
 * <p>Stateless apart from the immutable lexicon; thread safe.
 */
final class OverGeneration {

  /** Word class of sports nouns (lexicon.txt). */
  static final String SPORT = "SPORT";
  /** Word class of nouns naming a past period when a proper or period adjective qualifies them (lexicon.txt). */
  static final String PERIOD = "PERIOD";

  /** A match score: "2-1", "3–0". */
  private static final Pattern SCORE = Pattern.compile("\\d{1,2}[-–]\\d{1,2}");
  /** Relations the sports cue is not searched through: other clauses, and times ("after the match"). */
  private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "advcl", "acl", "conj", "parataxis", "csubj",
      "nsubj", "nsubj:pass", "appos", "punct");
  private static final Set<String> TIME_PREPS = Set.of("after", "before", "since", "following", "ahead_of", "until",
      "prior_to");
  private static final Set<String> HISTORY_PREPS = Set.of("in", "during", "throughout", "at");
  /** Modifiers that make a period the present one ("in recent times", "in the current era"). */
  private static final Set<String> PRESENT = Set.of("recent", "current", "present", "modern", "new", "this", "our",
      "coming", "next", "future", "post-war");

  private final Lexicon lexicon;

  OverGeneration(Lexicon lexicon) { this.lexicon = lexicon; }

  /**
   * Whether the event of predicate {@code p} is to be dropped.
   *
   * @param dated whether the sentence gives the event a date expression of its own
   */
  boolean excludes(ParseGraph g, int p, boolean dated) {
    return isSport(g, p) || !dated && isHistory(g, p);
  }

  /**
   * Whether the predicate is, or has within two arcs of its own clause (not through time prepositions), a sports
   * noun ("match", "final", "cup") or a score.
   */
  boolean isSport(ParseGraph g, int p) {
    if (isSportWord(g, p)) return true;
    Deque<int[]> todo = new ArrayDeque<>();
    todo.add(new int[] {p, 0});
    while (!todo.isEmpty()) {
      int[] cur = todo.poll();
      if (cur[1] == 2) continue;
      for (Dependency d : g.out(cur[0])) {
        if (CLAUSAL.contains(d.baseRelation()) || CLAUSAL.contains(d.relation())) continue;
        if (TIME_PREPS.contains(d.subtype())) continue;
        int c = d.dependent();
        if (isSportWord(g, c)) return true;
        todo.add(new int[] {c, cur[1] + 1});
      }
    }
    return false;
  }

  /**
   * A sports noun or a score. An adjective is no sports word ("the final status talks", "a friendly visit"), except
   * "Olympic", which is one as an adjective too.
   */
  private boolean isSportWord(ParseGraph g, int t) {
    String pos = g.token(t).pos();
    boolean adjective = pos.startsWith("JJ") && !g.lemma(t).startsWith("olympic");
    return !adjective && lexicon.contains(SPORT, g.lemma(t)) || SCORE.matcher(g.token(t).word()).matches();
  }

  /**
   * Whether the predicate is set ("in", "during", "throughout", "at") in a named past period: a capitalised war ("the
   * Cold War", "World War II", "the Gulf War") or a period noun with a qualifier that is not the present ("the Soviet
   * era", "colonial times", "the 19th century").
   */
  boolean isHistory(ParseGraph g, int p) {
    for (Dependency d : g.out(p)) {
      String b = d.baseRelation();
      if (!(b.equals("obl") || b.equals("nmod")) || !HISTORY_PREPS.contains(d.subtype())) continue;
      if (isPastPeriod(g, d.dependent())) return true;
    }
    return false;
  }

  private boolean isPastPeriod(ParseGraph g, int t) {
    Token tok = g.token(t);
    if (g.lemma(t).equals("war") && Character.isUpperCase(tok.word().charAt(0))) return true;
    if (!lexicon.contains(PERIOD, g.lemma(t))) return false;
    boolean qualified = false;
    for (Dependency d : g.out(t)) {
      String r = d.baseRelation();
      if (!(r.equals("amod") || r.equals("compound") || r.equals("nmod") || r.equals("nummod"))) continue;
      if (PRESENT.contains(g.lemma(d.dependent()))) return false;
      qualified = true;
    }
    for (Dependency d : g.out(t)) {
      if (d.baseRelation().equals("det") && PRESENT.contains(g.lemma(d.dependent()))) return false;
    }
    return qualified;
  }
}
