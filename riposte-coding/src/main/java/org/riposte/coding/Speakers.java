package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Analysis;
import org.riposte.api.Dependency;
import org.riposte.api.Mention;
import org.riposte.api.Token;

/**
 * Who the words of an article name as speakers: the actor at a subject token (its mention's actor, coded from an
 * apposition when uncoded, or the written name), the antecedent of a pronoun among the speakers named so far, and
 * which tokens lie inside quotation marks. Keeps the speakers noted in text order for pronouns and continued
 * quotations. Not thread safe: one instance serves one article.
 */
final class Speakers {

  /** A speaker noted at a character position of a sentence. */
  record Said(Actor speaker, int sentence, int paragraph, int position) {}

  private static final Set<String> PERSONAL = Set.of("he", "she");
  private static final Set<String> NONPERSONAL = Set.of("it", "they");
  private static final Set<String> NAMED_NER = Set.of("PERSON", "ORGANIZATION");

  private final Analysis analysis;
  private final List<ParseGraph> graphs;
  private final Lexicon lexicon;
  private final List<QuoteMarks.Span> spans;
  private final List<Said> said = new ArrayList<>();
  private final List<int[]> persons = new ArrayList<>();  // {offset, mention index} of person mentions outside quotes
  private final List<Mention> personMentions = new ArrayList<>();

  Speakers(Analysis analysis, List<ParseGraph> graphs, Lexicon lexicon, List<QuoteMarks.Span> spans) {
    this.analysis = analysis;
    this.graphs = graphs;
    this.lexicon = lexicon;
    this.spans = spans;
    for (Mention m : analysis.mentions()) {
      if (m.actor() == null || m.actor().kind() != ActorKind.PERSON) continue;
      Token t = graphs.get(m.sentence()).token(m.headToken());
      if (quoted(t)) continue;
      persons.add(new int[] {t.begin(), personMentions.size()});
      personMentions.add(m);
    }
  }

  /** The last speaker noted in the sentence before {@code si}, when it is of the same paragraph; else null. */
  Said previousSpeaker(int si) {
    if (si == 0 || paragraph(si - 1) != paragraph(si)) return null;
    Said lastOne = null;
    for (Said s : said) if (s.sentence() == si - 1) lastOne = s;
    return lastOne;
  }

  /** Notes a speaker, for later pronouns and continued quotations. */
  void note(Actor speaker, int si, int position) {
    if (speaker == null) return;
    for (Said s : said) if (s.sentence() == si && s.position() == position) return;
    said.add(new Said(speaker, si, paragraph(si), position));
  }

  /** The token naming who speaks: the subject, or the agent of a passive; a subject-less verb's governor's subject. */
  static int speakerArg(ParseGraph g, int v) {
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
  boolean actorLike(int si, int t) {
    ParseGraph g = graphs.get(si);
    Token tok = g.token(t);
    if (quoted(tok)) return false;
    if (mentionAt(si, t) != null || NAMED_NER.contains(tok.ner()) || tok.isProperNoun()) return true;
    return isPronoun(g, t) || lexicon.contains(Lexicon.AGENT, g.lemma(t));
  }

  boolean personLike(int si, int t) {
    Mention m = mentionAt(si, t);
    if (m != null) return m.actor() != null && m.actor().kind() == ActorKind.PERSON;
    ParseGraph g = graphs.get(si);
    return "PERSON".equals(g.token(t).ner()) || lexicon.contains(Lexicon.AGENT, g.lemma(t));
  }

  static boolean isPronoun(ParseGraph g, int t) {
    String w = g.token(t).word().toLowerCase(Locale.ROOT);
    return g.token(t).pos().equals("PRP") && (PERSONAL.contains(w) || NONPERSONAL.contains(w));
  }

  /**
   * The actor a speaker token names: its mention's actor (coded from an apposition's mention when the mention is
   * uncoded), a pronoun's antecedent, or the written name; null for an unresolved pronoun.
   */
  Actor speakerAt(int si, int t) {
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
    return a.name() != null && a.name().equals(b.name()) && Objects.equals(a.code(), b.code());
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

  /** Whether a token lies within a quotation's marks (binary search: the spans are in text order, disjoint). */
  boolean quoted(Token t) {
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

  private int paragraph(int si) { return graphs.get(si).sentence().paragraph(); }
}
