package org.riposte.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.riposte.api.Actor;
import org.riposte.api.Analysis;
import org.riposte.api.Dependency;
import org.riposte.api.EventDate;
import org.riposte.api.Sentence;
import org.riposte.api.Token;

/**
 * Attributes an article's quotations to their speakers and finds its reported statements. Rules, in order, for a
 * quotation:
 * <ol>
 *   <li><b>Its own sentence</b>: from the quoted words up the dependency graph to the first speech verb outside the
 *       quotation whose subject names an actor ("“…,” said X"; "X said the plan aims “to…”"; "X called it a “red
 *       line”"), or passive agent ("was stated by X"); or a speech noun with its possessor ("X's statements"), an
 *       owner-less speech noun in a prepositional phrase taking the possessor of the nearest event noun before it
 *       ("X's expulsion of …, under the accusation of working as “…”": the parser's attachment is often wrong there);
 *       or an attribution adjunct ("according to X", a fronted "for X, …"). Failing that, the sentence's only speech
 *       verb with an actor subject, before the quotation with no contrast between ("X reported it would involve
 *       strikes “that could…”") or parenthetical ("…, X said later"). A clause coordinated with a speech verb is not
 *       its speech. A quotation of several sentences is looked up in its first sentence, then its last.</li>
 *   <li><b>Continued quotation</b>: sentences that are nothing but the quotation continue the speaker of the
 *       previous sentence of the paragraph ("“…,” X said. “Everything …”").</li>
 *   <li><b>Attributed later</b>: a following sentence of the paragraph (at most {@code lookAhead}) whose speech verb
 *       has a demonstrative as subject or object names the speaker ("… “proper conditions…”. … This was stated on
 *       Monday by X"). A sentence with its own quotation ends the search.</li>
 * </ol>
 * Speakers are the actor of the mention at the subject (the actor stage's name, code and role at the date), else the
 * name written there, coded from an apposition's mention when one is ("X, a senior Russian diplomat"). A pronoun
 * ("he said") is the last speaker named in the same or the previous paragraph, and only when no other person was
 * named in between; otherwise, and whenever no rule applies, the speaker is null — never guessed from a neighbour.
 *
 * <p>Not thread safe: one instance serves one article; call {@link #run()} once.
 */
final class SpeakerResolver {

  /**
   * A quotation with its attribution.
   *
   * @param span     where it is
   * @param speaker  who said it, or null
   * @param sentence the sentence of the attributing word (or of the quotation when none)
   * @param verb     the speech verb token in that sentence, or −1 (a noun, an adjunct, a continuation, nothing)
   * @param date     when it was said
   */
  record Attributed(QuoteMarks.Span span, Actor speaker, int sentence, int verb, EventDate date) {}

  /** A reported speech act: a speech verb with a named speaker, governing a quotation or a clause. */
  record Statement(Actor speaker, int sentence, int verb, EventDate date) {}

  private record Found(Actor speaker, int sentence, int verb, int speakerToken, int anchor) {}

  private static final Set<String> DEMONSTRATIVE = Set.of("this", "that", "these", "those");
  private static final Set<String> CONTRAST = Set.of("but", "while", "whereas", "although", "though", ";");
  private static final int MAX_HOPS = 12;

  private final List<ParseGraph> graphs;
  private final SpeechLexicon speech;
  private final SentenceDates dates;
  private final int lookAhead;
  private final List<QuoteMarks.Span> spans;
  private final Speakers speakers;
  private final Map<Long, Statement> statements = new LinkedHashMap<>();

  SpeakerResolver(Analysis analysis, List<ParseGraph> graphs, SpeechLexicon speech, Lexicon lexicon,
                  SentenceDates dates, int lookAhead) {
    this.graphs = graphs;
    this.speech = speech;
    this.dates = dates;
    this.lookAhead = lookAhead;
    this.spans = QuoteMarks.find(analysis.article().text());
    this.speakers = new Speakers(analysis, graphs, lexicon, spans);
  }

  /** The quotations in text order, each attributed; then {@link #statements()} holds the speech acts found. */
  List<Attributed> run() {
    List<Attributed> out = new ArrayList<>();
    int next = 0;
    for (ParseGraph g : graphs) {
      Sentence s = g.sentence();
      while (next < spans.size() && spans.get(next).start() < s.end()) {
        QuoteMarks.Span q = spans.get(next++);
        out.add(attribute(q, s.index()));
      }
      paraphrases(s.index());
    }
    while (next < spans.size()) out.add(new Attributed(spans.get(next++), null, -1, -1, EventDate.UNKNOWN));
    return out;
  }

  /** The speech acts with a named speaker, in text order: attributions of quotations and reported clauses. */
  List<Statement> statements() { return List.copyOf(statements.values()); }

  private Attributed attribute(QuoteMarks.Span q, int firstSentence) {
    int last = firstSentence;
    while (last + 1 < graphs.size() && graphs.get(last + 1).sentence().begin() < q.end()) last++;
    Found f = inSentence(firstSentence, q);
    if (f == null && last != firstSentence) f = inSentence(last, q);
    if (f != null) return found(q, f);
    Speakers.Said prev = onlyQuotation(firstSentence, last) ? speakers.previousSpeaker(firstSentence) : null;
    if (prev != null) {
      speakers.note(prev.speaker(), firstSentence, q.start());
      return new Attributed(q, prev.speaker(), firstSentence, -1, dates.rootDate(prev.sentence()));
    }
    if ((f = later(last)) != null) return found(q, f);
    return new Attributed(q, null, firstSentence, -1, dates.rootDate(firstSentence));
  }

  private Attributed found(QuoteMarks.Span q, Found f) {
    EventDate date = dates.dateOf(f.sentence(), f.anchor());
    if (f.speaker() != null) {
      speakers.note(f.speaker(), f.sentence(), token(f.sentence(), f.speakerToken()).begin());
      if (f.verb() >= 0) statement(f.speaker(), f.sentence(), f.verb());
    }
    return new Attributed(q, f.speaker(), f.sentence(), f.verb(), date);
  }

  // --- rule 1: the quotation's own sentence ----------------------------------------------------------------------

  private Found inSentence(int si, QuoteMarks.Span q) {
    ParseGraph g = graphs.get(si);
    List<Integer> inside = new ArrayList<>();
    for (int t = 0; t < g.size(); t++) {
      Token tok = g.token(t);
      if (q.coversMarked(tok.begin(), tok.end())) inside.add(t);
    }
    for (int h : inside) {
      Dependency up = g.anyHead(h);
      if (up != null && inside.contains(up.governor())) continue;
      Found own = adjunctAt(si, h);  // "the plan is a “dead end”, according to X": the quotation heads the clause
      if (own != null) return own;
      int cur = h;
      for (int hop = 0; hop < MAX_HOPS; hop++) {
        Dependency d = g.anyHead(cur);
        if (d == null) break;
        cur = d.governor();
        // a clause coordinated with a speech verb is not what was said ("X said …, but the “reset” failed")
        if (speakers.quoted(g.token(cur)) || d.baseRelation().equals("conj")) continue;
        Found f = attributionAt(si, cur);
        if (f != null) return f;
      }
    }
    return inside.isEmpty() ? null : onlySpeechVerb(si, inside.get(0));
  }

  /** The attribution a word outside quotations makes, or null: a speech verb, a speech noun or an adjunct. */
  private Found attributionAt(int si, int n) {
    ParseGraph g = graphs.get(si);
    Token t = g.token(n);
    if (t.isVerb() && speech.verb(g.lemma(n)) != null) {
      int subj = Speakers.speakerArg(g, n);
      if (subj >= 0 && speakers.actorLike(si, subj)) return new Found(speakers.speakerAt(si, subj), si, n, subj, n);
    }
    if (t.isNoun() && speech.isNoun(g.lemma(n))) {
      for (Dependency d : g.out(n)) {
        String r = d.relation();
        if ((r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("nmod:agent")) && speakers.actorLike(si, d.dependent())) {
          return new Found(speakers.speakerAt(si, d.dependent()), si, -1, d.dependent(), n);
        }
      }
      Dependency up = g.anyHead(n);
      if (up != null && (up.baseRelation().equals("obl") || up.baseRelation().equals("nmod"))) {
        for (int m = n - 1; m >= 0; m--) {
          if (!g.token(m).isNoun() || speakers.quoted(g.token(m))) continue;
          for (int p : g.deps(m, "nmod:poss")) {
            if (speakers.actorLike(si, p) && !Speakers.isPronoun(g, p)) return new Found(speakers.speakerAt(si, p), si, -1, p, n);
          }
        }
      }
    }
    return adjunctAt(si, n);
  }

  /** An attribution adjunct of a word ("according to X", a fronted "for X, …"), outside quotations; or null. */
  private Found adjunctAt(int si, int n) {
    ParseGraph g = graphs.get(si);
    for (Dependency d : g.out(n)) {
      int a = d.dependent();
      if (speakers.quoted(g.token(a))) continue;
      if (speech.isAdjunct(d.relation()) && speakers.actorLike(si, a)) return new Found(speakers.speakerAt(si, a), si, -1, a, n);
      if (d.relation().equals("obl:for") && a < n && commaAfter(g, a) && speakers.personLike(si, a)) {
        return new Found(speakers.speakerAt(si, a), si, -1, a, n);
      }
    }
    return null;
  }

  /**
   * The sentence's only speech verb outside quotations with an actor subject (one speaker), when it comes before the
   * quotation and no contrast ("but", "while", ";") separates them, or stands aside as a parenthetical ("…, X said
   * later"); else null.
   */
  private Found onlySpeechVerb(int si, int quoteStart) {
    ParseGraph g = graphs.get(si);
    Found only = null;
    for (int v = 0; v < g.size(); v++) {
      if (speakers.quoted(g.token(v)) || !g.token(v).isVerb() || speech.verb(g.lemma(v)) == null) continue;
      Dependency up = g.governor(v);
      boolean aside = up != null && up.baseRelation().equals("parataxis");  // "…, Berg said later."
      if (!aside && (v > quoteStart || contrastBetween(g, v, quoteStart))) return null;
      int subj = Speakers.speakerArg(g, v);
      if (subj < 0 || !speakers.actorLike(si, subj)) continue;
      if (only != null) return null;
      only = new Found(speakers.speakerAt(si, subj), si, v, subj, v);
    }
    return only;
  }

  // --- rule 2: a sentence that is only the quotation continues the previous speaker ------------------------------

  private boolean onlyQuotation(int first, int last) {
    for (int si = first; si <= last; si++) {
      for (Token t : graphs.get(si).sentence().tokens()) {
        if (!speakers.quoted(t) && !isPunct(t)) return false;
      }
    }
    return true;
  }

  // --- rule 3: attributed in a following sentence ----------------------------------------------------------------

  private Found later(int last) {
    for (int k = 1; k <= lookAhead && last + k < graphs.size(); k++) {
      int si = last + k;
      if (paragraph(si) != paragraph(last)) return null;
      ParseGraph g = graphs.get(si);
      for (Token t : g.sentence().tokens()) if (speakers.quoted(t)) return null;
      for (int v = 0; v < g.size(); v++) {
        if (!g.token(v).isVerb() || speech.verb(g.lemma(v)) == null) continue;
        boolean refersBack = false;
        for (Dependency d : g.out(v)) {
          String b = d.baseRelation();
          if ((b.equals("nsubj") || b.equals("obj")) && DEMONSTRATIVE.contains(g.lemma(d.dependent()))) {
            refersBack = true;
          }
        }
        if (!refersBack) continue;
        int subj = Speakers.speakerArg(g, v);
        if (subj >= 0 && !DEMONSTRATIVE.contains(g.lemma(subj)) && speakers.actorLike(si, subj)) {
          return new Found(speakers.speakerAt(si, subj), si, v, subj, v);
        }
      }
    }
    return null;
  }

  // --- reported clauses ------------------------------------------------------------------------------------------

  /** Speech verbs with a clausal complement and a named subject: statements, and speakers for later pronouns. */
  private void paraphrases(int si) {
    ParseGraph g = graphs.get(si);
    for (int v = 0; v < g.size(); v++) {
      if (speakers.quoted(g.token(v)) || !g.token(v).isVerb() || speech.verb(g.lemma(v)) == null) continue;
      if (StatementCoder.reportedClauses(g, v).isEmpty()) continue;
      int subj = Speakers.speakerArg(g, v);
      if (subj < 0 || !speakers.actorLike(si, subj)) continue;
      Actor a = speakers.speakerAt(si, subj);
      if (a == null) continue;
      speakers.note(a, si, g.token(subj).begin());
      statement(a, si, v);
    }
  }

  private void statement(Actor speaker, int si, int verb) {
    statements.putIfAbsent(((long) si << 20) | verb, new Statement(speaker, si, verb, dates.dateOf(si, verb)));
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  private static boolean contrastBetween(ParseGraph g, int from, int to) {
    for (int t = from + 1; t < to; t++) {
      if (CONTRAST.contains(g.token(t).word().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  private static boolean commaAfter(ParseGraph g, int a) {
    int last = a;
    for (Dependency d : g.out(a)) if (!d.relation().equals("punct")) last = Math.max(last, d.dependent());
    return last + 1 < g.size() && g.token(last + 1).word().equals(",");
  }

  private static boolean isPunct(Token t) { return t.pos().matches("[.,:`'\"()$#]+|``|''|-LRB-|-RRB-|HYPH|NFP"); }

  private int paragraph(int si) { return graphs.get(si).sentence().paragraph(); }

  private Token token(int si, int t) { return graphs.get(si).token(t); }
}
