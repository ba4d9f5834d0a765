package org.riposte.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Analysis;
import org.riposte.api.Dependency;
import org.riposte.api.EventDate;
import org.riposte.api.Mention;
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

  private record Said(Actor speaker, int sentence, int paragraph, int position) {}

  private static final Set<String> PERSONAL = Set.of("he", "she");
  private static final Set<String> NONPERSONAL = Set.of("it", "they");
  private static final Set<String> DEMONSTRATIVE = Set.of("this", "that", "these", "those");
  private static final Set<String> NAMED_NER = Set.of("PERSON", "ORGANIZATION");
  private static final Set<String> CONTRAST = Set.of("but", "while", "whereas", "although", "though", ";");
  private static final int MAX_HOPS = 12;

  private final Analysis analysis;
  private final List<ParseGraph> graphs;
  private final SpeechLexicon speech;
  private final Lexicon lexicon;
  private final SentenceDates dates;
  private final int lookAhead;
  private final List<QuoteMarks.Span> spans;
  private final List<Said> said = new ArrayList<>();
  private final List<int[]> persons = new ArrayList<>();  // {offset, mention index} of person mentions outside quotes
  private final List<Mention> personMentions = new ArrayList<>();
  private final Map<Long, Statement> statements = new LinkedHashMap<>();

  SpeakerResolver(Analysis analysis, List<ParseGraph> graphs, SpeechLexicon speech, Lexicon lexicon,
                  SentenceDates dates, int lookAhead) {
    this.analysis = analysis;
    this.graphs = graphs;
    this.speech = speech;
    this.lexicon = lexicon;
    this.dates = dates;
    this.lookAhead = lookAhead;
    this.spans = QuoteMarks.find(analysis.article().text());
    for (Mention m : analysis.mentions()) {
      if (m.actor() == null || m.actor().kind() != ActorKind.PERSON) continue;
      Token t = token(m.sentence(), m.headToken());
      if (quoted(t)) continue;
      persons.add(new int[] {t.begin(), personMentions.size()});
      personMentions.add(m);
    }
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
    Said prev = onlyQuotation(firstSentence, last) ? previousSpeaker(firstSentence) : null;
    if (prev != null) {
      note(prev.speaker(), firstSentence, q.start());
      return new Attributed(q, prev.speaker(), firstSentence, -1, dates.rootDate(prev.sentence()));
    }
    if ((f = later(last)) != null) return found(q, f);
    return new Attributed(q, null, firstSentence, -1, dates.rootDate(firstSentence));
  }

  private Attributed found(QuoteMarks.Span q, Found f) {
    EventDate date = dates.dateOf(f.sentence(), f.anchor());
    if (f.speaker() != null) {
      note(f.speaker(), f.sentence(), token(f.sentence(), f.speakerToken()).begin());
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
        if (quoted(g.token(cur)) || d.baseRelation().equals("conj")) continue;
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
      int subj = speakerArg(g, n);
      if (subj >= 0 && actorLike(si, subj)) return new Found(speakerAt(si, subj), si, n, subj, n);
    }
    if (t.isNoun() && speech.isNoun(g.lemma(n))) {
      for (Dependency d : g.out(n)) {
        String r = d.relation();
        if ((r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("nmod:agent")) && actorLike(si, d.dependent())) {
          return new Found(speakerAt(si, d.dependent()), si, -1, d.dependent(), n);
        }
      }
      Dependency up = g.anyHead(n);
      if (up != null && (up.baseRelation().equals("obl") || up.baseRelation().equals("nmod"))) {
        for (int m = n - 1; m >= 0; m--) {
          if (!g.token(m).isNoun() || quoted(g.token(m))) continue;
          for (int p : g.deps(m, "nmod:poss")) {
            if (actorLike(si, p) && !isPronoun(g, p)) return new Found(speakerAt(si, p), si, -1, p, n);
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
      if (quoted(g.token(a))) continue;
      if (speech.isAdjunct(d.relation()) && actorLike(si, a)) return new Found(speakerAt(si, a), si, -1, a, n);
      if (d.relation().equals("obl:for") && a < n && commaAfter(g, a) && personLike(si, a)) {
        return new Found(speakerAt(si, a), si, -1, a, n);
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
      if (quoted(g.token(v)) || !g.token(v).isVerb() || speech.verb(g.lemma(v)) == null) continue;
      Dependency up = g.governor(v);
      boolean aside = up != null && up.baseRelation().equals("parataxis");  // "…, Berg said later."
      if (!aside && (v > quoteStart || contrastBetween(g, v, quoteStart))) return null;
      int subj = speakerArg(g, v);
      if (subj < 0 || !actorLike(si, subj)) continue;
      if (only != null) return null;
      only = new Found(speakerAt(si, subj), si, v, subj, v);
    }
    return only;
  }

  // --- rule 2: a sentence that is only the quotation continues the previous speaker ------------------------------

  private boolean onlyQuotation(int first, int last) {
    for (int si = first; si <= last; si++) {
      for (Token t : graphs.get(si).sentence().tokens()) {
        if (!quoted(t) && !isPunct(t)) return false;
      }
    }
    return true;
  }

  private Said previousSpeaker(int si) {
    if (si == 0 || paragraph(si - 1) != paragraph(si)) return null;
    Said lastOne = null;
    for (Said s : said) if (s.sentence() == si - 1) lastOne = s;
    return lastOne;
  }

  // --- rule 3: attributed in a following sentence ----------------------------------------------------------------

  private Found later(int last) {
    for (int k = 1; k <= lookAhead && last + k < graphs.size(); k++) {
      int si = last + k;
      if (paragraph(si) != paragraph(last)) return null;
      ParseGraph g = graphs.get(si);
      for (Token t : g.sentence().tokens()) if (quoted(t)) return null;
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
        int subj = speakerArg(g, v);
        if (subj >= 0 && !DEMONSTRATIVE.contains(g.lemma(subj)) && actorLike(si, subj)) {
          return new Found(speakerAt(si, subj), si, v, subj, v);
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
      if (quoted(g.token(v)) || !g.token(v).isVerb() || speech.verb(g.lemma(v)) == null) continue;
      if (g.deps(v, "ccomp").isEmpty()) continue;
      int subj = speakerArg(g, v);
      if (subj < 0 || !actorLike(si, subj)) continue;
      Actor a = speakerAt(si, subj);
      if (a == null) continue;
      note(a, si, g.token(subj).begin());
      statement(a, si, v);
    }
  }

  private void statement(Actor speaker, int si, int verb) {
    statements.putIfAbsent(((long) si << 20) | verb, new Statement(speaker, si, verb, dates.dateOf(si, verb)));
  }

  private void note(Actor speaker, int si, int position) {
    if (speaker == null) return;
    for (Said s : said) if (s.sentence() == si && s.position() == position) return;
    said.add(new Said(speaker, si, paragraph(si), position));
  }

  // --- speakers --------------------------------------------------------------------------------------------------

  /** The token naming who speaks: the subject, or the agent of a passive; a subject-less verb's governor's subject. */
  private static int speakerArg(ParseGraph g, int v) {
    List<Integer> agents = new ArrayList<>(g.deps(v, "obl:agent"));
    agents.addAll(g.deps(v, "obl:by"));
    if (!g.deps(v, "nsubj:pass").isEmpty() || g.hasDep(v, "aux:pass")) return agents.isEmpty() ? -1 : agents.get(0);
    List<Integer> subj = g.deps(v, "nsubj");
    if (!subj.isEmpty()) return subj.get(0);
    Dependency up = g.governor(v);
    if (up != null && Set.of("conj", "advcl", "xcomp", "dep").contains(up.baseRelation())
        && g.token(up.governor()).isVerb()) {
      List<Integer> s = g.deps(up.governor(), "nsubj");
      if (!s.isEmpty()) return s.get(0);
    }
    return -1;
  }

  /** Whether a token can name a speaker: an actor mention, a named person or organisation, a pronoun, an agent noun. */
  private boolean actorLike(int si, int t) {
    ParseGraph g = graphs.get(si);
    Token tok = g.token(t);
    if (quoted(tok)) return false;
    if (mentionAt(si, t) != null || NAMED_NER.contains(tok.ner()) || tok.isProperNoun()) return true;
    return isPronoun(g, t) || lexicon.contains(Lexicon.AGENT, g.lemma(t));
  }

  private boolean personLike(int si, int t) {
    Mention m = mentionAt(si, t);
    if (m != null) return m.actor() != null && m.actor().kind() == ActorKind.PERSON;
    ParseGraph g = graphs.get(si);
    return "PERSON".equals(g.token(t).ner()) || lexicon.contains(Lexicon.AGENT, g.lemma(t));
  }

  private static boolean isPronoun(ParseGraph g, int t) {
    String w = g.token(t).word().toLowerCase(Locale.ROOT);
    return g.token(t).pos().equals("PRP") && (PERSONAL.contains(w) || NONPERSONAL.contains(w));
  }

  /**
   * The actor a speaker token names: its mention's actor (coded from an apposition's mention when the mention is
   * uncoded), a pronoun's antecedent, or the written name; null for an unresolved pronoun.
   */
  private Actor speakerAt(int si, int t) {
    ParseGraph g = graphs.get(si);
    if (isPronoun(g, t)) return antecedent(si, t);
    Mention m = mentionAt(si, t);
    Actor a = m != null ? m.actor() : Actor.unknown(name(g, t));
    if (a.isCoded()) return a;
    for (int ap : g.deps(t, "appos")) {
      Mention am = mentionAt(si, ap);
      if (am != null && am.actor() != null && am.actor().isCoded()) {
        Actor c = am.actor();
        ActorKind kind = "PERSON".equals(g.token(t).ner()) ? ActorKind.PERSON : c.kind();
        return new Actor(c.code(), a.name(), c.country(), c.role(), kind);
      }
    }
    return a;
  }

  /**
   * The last speaker named in this or the previous paragraph, of the pronoun's kind (he/she a person, it/they not),
   * when no other person was named between them; else null.
   */
  private Actor antecedent(int si, int t) {
    ParseGraph g = graphs.get(si);
    boolean person = PERSONAL.contains(g.token(t).word().toLowerCase(Locale.ROOT));
    int here = g.token(t).begin();
    for (int i = said.size() - 1; i >= 0; i--) {
      Said s = said.get(i);
      if (s.position() >= here) continue;
      if (s.paragraph() < paragraph(si) - 1) return null;
      boolean isPerson = s.speaker().kind() == ActorKind.PERSON;
      if (isPerson != person) continue;
      if (person && otherPersonBetween(s, here)) return null;
      return s.speaker();
    }
    return null;
  }

  private boolean otherPersonBetween(Said s, int here) {
    for (int[] p : persons) {
      if (p[0] <= s.position() || p[0] >= here) continue;
      Actor other = personMentions.get(p[1]).actor();
      if (!sameActor(other, s.speaker())) return true;
    }
    return false;
  }

  private static boolean sameActor(Actor a, Actor b) {
    return a.name() != null && a.name().equals(b.name()) && java.util.Objects.equals(a.code(), b.code());
  }

  /** The written name at a token: its compound and flat modifiers with it, and a determiner and adjectives before. */
  private static String name(ParseGraph g, int t) {
    int from = t;
    int to = t;
    for (Dependency d : g.out(t)) {
      String b = d.baseRelation();
      if (b.equals("compound") || b.equals("flat") || b.equals("amod") || b.equals("det") || b.equals("nmod:poss")
          || d.relation().equals("nmod:poss")) {
        from = Math.min(from, d.dependent());
        if (b.equals("flat")) to = Math.max(to, d.dependent());
      }
    }
    return g.text(from, to);
  }

  /** The mention headed by a token, else the shortest covering it; null if none. */
  private Mention mentionAt(int si, int t) {
    Mention best = null;
    for (Mention m : analysis.mentionsIn(si)) {
      if (!m.covers(t)) continue;
      if (m.headToken() == t) return m;
      if (best == null || m.endToken() - m.beginToken() < best.endToken() - best.beginToken()) best = m;
    }
    return best;
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  /** Whether a token lies within a quotation's marks (binary search: the spans are in text order, disjoint). */
  private boolean quoted(Token t) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      QuoteMarks.Span q = spans.get(mid);
      if (q.close() <= t.begin()) lo = mid + 1;
      else if (q.open() >= t.end()) hi = mid - 1;
      else return q.coversMarked(t.begin(), t.end());
    }
    return false;
  }

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
