package org.riposte.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.riposte.api.Dependency;
import org.riposte.api.Sentence;
import org.riposte.api.Token;

/**
 * A sentence's enhanced++ dependency graph with the navigation the coder needs. Enhanced graphs give a token several
 * heads (a conjunct's shared subject, a control verb's {@code xsubj}); {@link #governor} picks the clause-level one.
 * Objects the parser misread are mended first ({@link ParseRepairs}).
 */
final class ParseGraph {

  /** Clause-level relations, in the order {@link #governor} prefers them. */
  private static final List<String> GOVERNOR_RELATIONS = List.of("conj", "xcomp", "ccomp", "advcl", "acl",
      "parataxis", "dep", "csubj", "obj", "iobj", "obl", "nmod", "appos", "nsubj");

  private final Sentence sentence;
  private final List<List<Dependency>> out = new ArrayList<>();
  private final List<List<Dependency>> in = new ArrayList<>();

  ParseGraph(Sentence sentence) {
    this.sentence = sentence;
    for (int i = 0; i < sentence.tokens().size(); i++) {
      out.add(new ArrayList<>());
      in.add(new ArrayList<>());
    }
    for (Dependency d : ParseRepairs.mended(sentence)) {
      if (d.dependent() < 0 || d.dependent() >= size()) continue;
      in.get(d.dependent()).add(d);
      if (d.governor() >= 0 && d.governor() < size()) out.get(d.governor()).add(d);
    }
    for (List<Dependency> l : out) l.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
  }

  Sentence sentence() { return sentence; }

  int size() { return sentence.tokens().size(); }

  Token token(int i) { return sentence.token(i); }

  /** The lemma in lower case. */
  String lemma(int i) { return token(i).lemma().toLowerCase(Locale.ROOT); }

  List<Dependency> out(int i) { return out.get(i); }

  List<Dependency> in(int i) { return in.get(i); }

  /** Dependents of {@code i} by exactly this relation, in token order. */
  List<Integer> deps(int i, String relation) {
    List<Integer> r = new ArrayList<>();
    for (Dependency d : out.get(i)) if (d.relation().equals(relation)) r.add(d.dependent());
    return r;
  }

  boolean hasDep(int i, String relation) { return !deps(i, relation).isEmpty(); }

  /**
   * Arguments of {@code i} introduced by a preposition ({@code obl:with} of a verb, {@code nmod:with} of a noun). When
   * a noun has none but the next token is that preposition, its object is taken even if the parser attached it
   * elsewhere ("Russia's break with NATO" with "with NATO" hung on the verb).
   */
  List<Integer> prepArgs(int i, String prep) {
    List<Integer> r = new ArrayList<>();
    for (Dependency d : out.get(i)) {
      String b = d.baseRelation();
      if ((b.equals("obl") || b.equals("nmod")) && d.subtype().equals(prep)) r.add(d.dependent());
    }
    if (r.isEmpty() && token(i).isNoun() && i + 1 < size() && lemma(i + 1).equals(prep)) {
      for (Dependency d : in(i + 1)) if (d.relation().equals("case")) r.add(d.governor());
    }
    if (r.isEmpty() && token(i).isVerb()) r.addAll(markedSubjects(i, prep));
    r.removeIf(t -> sentence().timexAt(t) != null);  // "called on Tuesday": a time is no argument
    return r;
  }

  /**
   * The places a word happens in, at or goes to by {@code prep}: its own {@code prep} arguments, and those the parser
   * hung on one of its time expressions ("demonstrated on Tuesday in Serbia", "in Serbia" read as a modifier of
   * "Tuesday"), where a place belongs to the event, not to the day.
   */
  List<Integer> placeArgs(int i, String prep) {
    List<Integer> r = prepArgs(i, prep);
    for (Dependency d : out.get(i)) {
      int t = d.dependent();
      if (!d.baseRelation().equals("obl") || sentence().timexAt(t) == null) continue;
      for (Dependency m : out.get(t)) {
        if (m.baseRelation().equals("nmod") && m.subtype().equals(prep) && sentence().timexAt(m.dependent()) == null) {
          r.add(m.dependent());
        }
      }
    }
    return r;
  }

  /**
   * The parser's reading of "called on Moscow to end …" as an adverbial clause: "on" the mark of "end", "Moscow" its
   * subject. Such a subject, between a mark right after the verb and the clause's own verb, is the verb's
   * prepositional argument.
   */
  private List<Integer> markedSubjects(int verb, String prep) {
    List<Integer> r = new ArrayList<>();
    for (Dependency d : out.get(verb)) {
      if (!d.baseRelation().equals("advcl")) continue;
      int c = d.dependent();
      for (int m : deps(c, "mark")) {
        if (!rightAfter(verb, m) || !lemma(m).equals(prep)) continue;
        for (int s : subjects(c)) if (s > m && s < c) r.add(s);
      }
    }
    return r;
  }

  /**
   * Whether token {@code m} follows {@code verb} with nothing but a time expression between them ("called on Friday
   * for Britain to stay").
   */
  private boolean rightAfter(int verb, int m) {
    if (m <= verb) return false;
    for (int t = verb + 1; t < m; t++) {
      boolean timeCase = false;
      for (Dependency d : in.get(t)) {
        timeCase |= d.relation().equals("case") && sentence().timexAt(d.governor()) != null;
      }
      if (sentence().timexAt(t) == null && !timeCase) return false;
    }
    return true;
  }

  /** Whether the verb is passive (has a passive subject or a passive auxiliary). */
  boolean isPassive(int i) {
    for (Dependency d : out.get(i)) {
      if (d.relation().startsWith("nsubj:pass") || d.relation().equals("aux:pass")) return true;
    }
    return false;
  }

  /** Active subjects of {@code i}: {@code nsubj} and {@code nsubj:xsubj}. */
  List<Integer> subjects(int i) {
    List<Integer> r = new ArrayList<>();
    for (Dependency d : out.get(i)) {
      if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) r.add(d.dependent());
    }
    return r;
  }

  /** Passive subjects of {@code i}. */
  List<Integer> passiveSubjects(int i) {
    List<Integer> r = new ArrayList<>();
    for (Dependency d : out.get(i)) if (d.relation().startsWith("nsubj:pass")) r.add(d.dependent());
    return r;
  }

  /** Lemmas of the auxiliaries of {@code i} ({@code will}, {@code have}, {@code be}, …). */
  List<String> auxiliaries(int i) {
    List<String> r = new ArrayList<>();
    for (Dependency d : out.get(i)) if (d.baseRelation().equals("aux")) r.add(lemma(d.dependent()));
    return r;
  }

  /** Whether {@code i} is a finite verb or carries a finite auxiliary ("has closed", not "having closed"). */
  boolean isFinite(int i) {
    if (isFinitePos(token(i).pos())) return true;
    for (Dependency d : out.get(i)) {
      if (d.baseRelation().equals("aux") && isFinitePos(token(d.dependent()).pos())) return true;
    }
    return false;
  }

  private static boolean isFinitePos(String pos) {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  /** Whether {@code i} is in the past perfect ("had closed"), the tense of background events. */
  boolean isPluperfect(int i) {
    if (!token(i).pos().equals("VBN")) return false;
    for (Dependency d : out.get(i)) {
      if (d.baseRelation().equals("aux") && token(d.dependent()).word().equalsIgnoreCase("had")) return true;
    }
    return false;
  }

  /**
   * The subject of a finite verb the parser left without one ("Russia's deputy minister, X, warned…" parsed as a
   * dangling verb; "monitors … were prevented" with the passive subject lost): the noun phrase that ends just before
   * the verb group, when a comma sets it off or it is no other verb's argument. Empty when there is none.
   */
  List<Integer> danglingSubject(int p) {
    Set<Integer> verbGroup = new HashSet<>();
    for (Dependency d : out(p)) {
      String r = d.baseRelation();
      if (r.equals("aux") || r.equals("advmod") || r.equals("neg")) verbGroup.add(d.dependent());
    }
    int q = p - 1;
    while (q >= 0 && (verbGroup.contains(q) || token(q).pos().matches("[,:]|``|''|-LRB-|-RRB-"))) q--;
    if (q < 0 || !(token(q).isNoun() || token(q).pos().startsWith("PRP"))) return List.of();
    boolean commaBefore = q < p - 1 && token(q + 1).pos().equals(",");
    int head = q;
    for (int step = 0; step < 4; step++) {
      Dependency up = anyHead(head);
      if (up == null || up.governor() >= p || up.governor() < 0) break;
      String r = up.baseRelation();
      if (!(r.equals("appos") || r.equals("compound") || r.equals("flat") || r.equals("nmod") || r.equals("amod"))) {
        break;
      }
      head = up.governor();
    }
    Dependency role = anyHead(head);
    boolean argumentElsewhere = role != null && role.governor() >= 0 && token(role.governor()).isVerb()
        && (role.baseRelation().equals("obj") || role.baseRelation().equals("nsubj")
        || role.baseRelation().equals("iobj"));
    return commaBefore || !argumentElsewhere ? List.of(head) : List.of();
  }

  /** The noun a nominal predicate is coordinated with ("seizure" for "seizure and annexation"), or −1. */
  int nounConjHead(int i) {
    Dependency gov = governor(i);
    return gov != null && gov.baseRelation().equals("conj") && token(gov.governor()).isNoun() ? gov.governor() : -1;
  }

  /** The clause-level head arc of {@code i}, or null at the root. */
  Dependency governor(int i) {
    Dependency best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Dependency d : in.get(i)) {
      if (d.governor() < 0 || d.relation().contains("xsubj") || d.relation().equals("ref")) continue;
      int rank = GOVERNOR_RELATIONS.indexOf(d.baseRelation());
      if (rank >= 0 && rank < bestRank) {
        best = d;
        bestRank = rank;
      }
    }
    return best;
  }

  /** The head of the clause {@code i} stands in: itself when it is a verb or has a subject, else the nearest such head. */
  int clauseOf(int i) {
    int t = i;
    for (int step = 0; step < 8 && t >= 0; step++) {
      if (token(t).isVerb() || !subjects(t).isEmpty() || !passiveSubjects(t).isEmpty()) return t;
      Dependency g = anyHead(t);
      t = g == null ? -1 : g.governor();
    }
    return -1;
  }

  /** The head of a token by any relation, preferring non-enhanced ones; null at the root. */
  Dependency anyHead(int i) {
    Dependency g = governor(i);
    if (g != null) return g;
    for (Dependency d : in.get(i)) {
      if (d.governor() >= 0 && !d.relation().contains("xsubj") && !d.relation().equals("ref")) return d;
    }
    return null;
  }

  /** The sentence text of tokens {@code from..to} (inclusive). */
  String text(int from, int to) {
    int base = sentence.begin();
    return sentence.text().substring(token(from).begin() - base, token(to).end() - base);
  }

  /** Whether the sentence is a question. */
  boolean isQuestion() {
    for (int i = size() - 1; i >= 0; i--) {
      String w = token(i).word();
      if (w.equals("?")) return true;
      if (!w.matches("[\"'”’»)\\]]+|''")) return false;
    }
    return false;
  }
}
