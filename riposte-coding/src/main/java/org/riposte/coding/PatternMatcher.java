package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.riposte.api.Dependency;
import org.riposte.api.Token;

/**
 * Chooses the pattern of a predicate token: among the patterns of its lemma whose conditions hold, the most specific
 * (ties: the first in the file); an adjective with a copula, or a passive participle without agent that has
 * {@code pos=adj} patterns of its word form ("is opposed"), takes only such patterns, and only it does; when that is a no-event pattern (an idiom), the token is no predicate. Stateless apart from its immutable resources; thread safe.
 */
final class PatternMatcher {

  /**
   * A predicate with its pattern and the tokens its conditions used (an object or complement that is no event).
   * {@code fit} tells how closely the object passed, among patterns of the same specificity: 2 as a compound
   * ("ceasefire_agreement"), 1 as its head or what that is looked through to ("$3 million in weapons" → weapons), 0 as
   * the amount itself when what it is looked through to failed ("$3 million in ODA" is money).
   */
  record Match(int predicate, EventPattern pattern, List<Integer> consumed, int fit) {
    int specificity() { return pattern.specificity() * 3 + fit; }
  }

  /** The object test {@code obj=@actor}: an argument an actor mention names ("wants Germany to pay"). */
  static final String ACTOR = "@actor";

  private static final Set<String> NAMED_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp", "advcl:from", "advcl:of", "advcl:to",
      "advcl:against", "acl:to", "acl:of", "acl:from", "obl:of", "obl:from", "obl:against", "dep");

  private final PatternBook book;
  private final Lexicon lexicon;

  PatternMatcher(PatternBook book, Lexicon lexicon) {
    this.book = book;
    this.lexicon = lexicon;
  }

  /** Whether some pattern is keyed on the lemma. */
  boolean knows(String lemma) { return !book.forLemma(lemma).isEmpty(); }

  /** The best pattern for a token, or null when the token is no predicate. */
  Match match(ParseGraph g, ActorFinder actors, int t) {
    Token tok = g.token(t);
    boolean verb = tok.isVerb();
    boolean noun = tok.isNoun() && !tok.isProperNoun();
    // an adjective with a copula predicates like a verb ("Chile was skeptical", "Peru is critical of …")
    boolean adjective = tok.pos().startsWith("JJ") && g.hasDep(t, "cop");
    String lemma = g.lemma(t);
    String form = tok.word().toLowerCase(Locale.ROOT);
    if (statePassive(g, t) && book.forLemma(form).stream().anyMatch(p -> "adj".equals(p.pos()))) {
      adjective = true;  // "Israel is opposed to …" parsed as a passive without agent: the adjective "opposed"
      lemma = form;
    }
    if (!verb && !noun && !adjective) return null;
    if (NAMED_NER.contains(tok.ner()) || actors.mentionAt(t) != null && !verb) return null;
    for (Dependency d : g.in(t)) {
      String r = d.baseRelation();
      if (r.equals("aux") || r.equals("cop") || verb && (r.equals("amod") || r.equals("compound"))) return null;
    }
    Match best = null;
    for (EventPattern p : book.forLemma(lemma)) {
      if (adjective && !"adj".equals(p.pos()) || !adjective && "adj".equals(p.pos())) continue;
      if (best != null && p.specificity() * 3 + 2 <= best.specificity()) continue;
      Match m = test(g, actors, t, p, verb);
      if (m != null && (best == null || m.specificity() > best.specificity())) best = m;
    }
    return best == null || best.pattern().isNoEvent() ? null : best;
  }

  /** A past participle with a passive auxiliary and no agent ("is opposed", "was concerned"): maybe a state. */
  static boolean statePassive(ParseGraph g, int t) {
    return g.token(t).pos().equals("VBN") && g.hasDep(t, "aux:pass") && !g.hasDep(t, "obl:agent")
        && g.prepArgs(t, "by").isEmpty();
  }

  private Match test(ParseGraph g, ActorFinder actors, int t, EventPattern p, boolean verb) {
    if (p.pos() != null && !p.pos().equals("adj") && p.pos().equals("verb") != verb) return null;
    List<Integer> consumed = new ArrayList<>();
    int fit = 1;
    if (p.word() != null && !hasParticle(g, t, p.word()) && g.prepArgs(t, p.word()).isEmpty()) return null;
    if (p.sourcePrep() != null && g.prepArgs(t, p.sourcePrep()).isEmpty()) return null;
    for (WordTest mod : p.modifiers()) if (!hasModifier(g, t, mod)) return null;
    if (p.subject() != null && !subjectPasses(g, t, p.subject())) return null;
    if (p.object() != null) {
      int hit = -1;
      for (int o : withAppositions(g, objects(g, t, p, verb))) {
        int through = lookThrough(g, o);
        // the noun looked through to, else the object itself ("$3 million in ODA" is money)
        for (int head : through == o ? List.of(o) : List.of(through, o)) {
          String joined = compoundLemma(g, head);
          boolean compound = !joined.equals(g.lemma(head)) && p.object().test(joined, false);
          boolean actor = p.object().spec().equals(ACTOR) && actors.mentionAt(head) != null;
          if (compound || actor || p.object().test(objectLemma(g, head), actors.isPerson(head))) {
            fit = compound ? 2 : head == through ? 1 : 0;
            hit = o;
            consumed.add(o);
            if (head != o) consumed.add(head);
            break;
          }
        }
        if (hit >= 0) break;
      }
      if (hit < 0) return null;
    }
    if (p.complement() != null) {
      int hit = -1;
      for (int c : complements(g, t)) {
        if (p.complement().test(g.lemma(c), false)) {
          hit = c;
          consumed.add(c);
          break;
        }
      }
      if (hit < 0) return null;
    }
    return new Match(t, p, List.copyOf(consumed), fit);
  }

  /**
   * Whether a subject of {@code t} passes the test: its head, what it is an amount or an activity of ("a patch of
   * peacekeeping troops", "the deployment of NATO peacekeepers"), by lemma, by compound ("peacekeeping_troops") or by a
   * compound noun or adjective on it ("<i>peacekeeping</i> troops").
   */
  private boolean subjectPasses(ParseGraph g, int t, WordTest test) {
    List<Integer> subjects = g.subjects(t);
    Dependency gov = g.governor(t);
    if (subjects.isEmpty() && gov != null && gov.relation().equals("xcomp")
        && g.passiveSubjects(gov.governor()).isEmpty()) {
      subjects = g.subjects(gov.governor());  // "troops have begun leaving": the controlling verb's subject
    }
    for (int s : subjects) {
      List<Integer> heads = new ArrayList<>(List.of(s, lookThrough(g, s)));
      heads.addAll(g.prepArgs(s, "of"));
      for (int h : heads) {
        if (test.test(g.lemma(h), false) || test.test(compoundLemma(g, h), false) || hasModifier(g, h, test)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether an adjective or compound noun modifying {@code t} passes the test ("<i>joint</i> exercises"). */
  private static boolean hasModifier(ParseGraph g, int t, WordTest test) {
    for (Dependency d : g.out(t)) {
      String r = d.relation();
      if ((r.equals("amod") || r.equals("compound")) && test.test(g.lemma(d.dependent()), false)) return true;
    }
    return false;
  }

  /**
   * A noun with the compound noun just before it, joined by {@code _} as patterns write it ("hunger_strike",
   * "ceasefire_agreement"); the lemma alone when it has none.
   */
  static String compoundLemma(ParseGraph g, int t) {
    int nearest = -1;
    for (int c : g.deps(t, "compound")) if (c < t && c > nearest) nearest = c;
    return nearest < 0 ? g.lemma(t) : g.lemma(nearest) + "_" + g.lemma(t);
  }

  /**
   * Objects followed by the nouns in apposition to them: "returned an 18th-century item, a manuscript, to Italy" also
   * returned a manuscript, and a pattern's class may name either.
   */
  private static List<Integer> withAppositions(ParseGraph g, List<Integer> objects) {
    List<Integer> out = new ArrayList<>(objects);
    for (int o : objects) {
      for (int a : g.deps(o, "appos")) if (g.token(a).isNoun() && !g.token(a).isProperNoun()) out.add(a);
    }
    return out;
  }

  /**
   * Whether the verb has the particle: tagged as one, an adverb right after the verb or its object that the parser
   * did not tag as a particle ("rolled back tariffs", "handed the ships over"), or the word right after the verb read
   * as a modifier of the object or a clause of the verb ("let free the activist": amod(activist, free) or
   * ccomp(let, free)).
   */
  private static boolean hasParticle(ParseGraph g, int t, String word) {
    for (int c : g.deps(t, "compound:prt")) if (g.lemma(c).equals(word)) return true;
    if (t + 1 < g.size() && g.lemma(t + 1).equals(word) && g.token(t + 1).pos().startsWith("JJ")) {
      Dependency head = g.anyHead(t + 1);
      if (head != null && (head.governor() == t || g.deps(t, "obj").contains(head.governor()))) return true;
    }
    for (int c : g.deps(t, "advmod")) {
      if (!g.lemma(c).equals(word) || c < t) continue;
      boolean next = c == t + 1 || g.deps(t, "obj").stream().anyMatch(o -> o < c);
      if (next) return true;
    }
    return false;
  }

  /**
   * The object of a predicate as patterns test it: the argument of the pattern's preposition, else a verb's object
   * (the subject of a passive), else a noun's "of" argument.
   */
  static List<Integer> objects(ParseGraph g, int t, EventPattern p, boolean verb) {
    if (p.word() != null) {
      List<Integer> args = g.prepArgs(t, p.word());
      if (!args.isEmpty()) return args;
    }
    if (!verb) return g.prepArgs(t, "of");
    List<Integer> o = g.deps(t, "obj");
    if (o.isEmpty()) o = g.passiveSubjects(t);
    if (o.isEmpty()) o = objectAfterTime(g, t);
    if (o.isEmpty()) return misreadObject(g, t);
    List<Integer> out = new ArrayList<>();
    for (int x : o) out.add(nominalAdjective(g, x));
    return out;
  }

  /**
   * The object the parser hung on a bare time noun put between the verb and its object ("lifted Friday a day-old
   * blockade": obl:tmod(lifted, Friday), dep(Friday, blockade)): a common noun after the time word that depends on
   * it as a bare dependent. Empty when there is none.
   */
  private static List<Integer> objectAfterTime(ParseGraph g, int t) {
    for (int time : g.deps(t, "obl:tmod")) {
      if (time < t) continue;
      for (int n : g.deps(time, "dep")) {
        if (n > time && g.token(n).isNoun() && !g.token(n).isProperNoun()) return List.of(n);
      }
    }
    return List.of();
  }

  /**
   * An adjective or participle used as a noun and parsed as the modifier of its determiner ("evacuated the wounded":
   * obj(evacuated, the), amod(the, wounded)) stands for the object, or the amount the parser hung on that adjective
   * ("an additional $2 million"); any other token stands for itself.
   */
  private static int nominalAdjective(ParseGraph g, int o) {
    if (!g.token(o).pos().equals("DT")) return o;
    List<Integer> amod = g.deps(o, "amod");
    if (amod.isEmpty()) return o;
    // "provided an additional $2 million in aid": obj(provided, an), amod(an, additional), dep(additional, $)
    for (int d : g.deps(amod.get(0), "dep")) {
      String pos = g.token(d).pos();
      if (pos.equals("$") || pos.equals("CD")) return d;
    }
    return amod.get(0);
  }

  /** The word an object class is tested on: the lemma, or the word itself for an adjective ("the wounded"). */
  private static String objectLemma(ParseGraph g, int t) {
    String pos = g.token(t).pos();
    return pos.startsWith("JJ") || pos.equals("VBN") ? g.token(t).word().toLowerCase(Locale.ROOT) : g.lemma(t);
  }

  /**
   * The object the parser read as the subject of a clausal complement: in "rejected accusations he had lied" or
   * "denied charges it ran a militia" the noun right after the verb (past its particle and its own modifiers) heads the
   * complement's subject (or hangs on it as a bare dependent); it is what was rejected or denied. So too with a participle the parser hung on the verb as a
   * bare clause ("will return weapons seized last year", "provide information seized…", "blocked roads demanding his
   * return"). Empty when there is none.
   */
  private static List<Integer> misreadObject(ParseGraph g, int t) {
    List<Integer> clauses = new ArrayList<>(g.deps(t, "ccomp"));
    // "will return weapons seized last year": the participle read as a clause (dep) with the object as its subject;
    // so too a present participle of the subject's purpose ("blocked roads demanding his return": nsubj(demanding, roads))
    for (int c : g.deps(t, "dep")) {
      String pos = g.token(c).pos();
      if (pos.equals("VBN") || pos.equals("VBG")) clauses.add(c);
    }
    for (int c : clauses) {
      // the noun may also hang on the complement as a bare dependent ("rejected accusation she is covering up":
      // dep(covering, accusation), nsubj(covering, she))
      List<Integer> heads = new ArrayList<>(g.deps(c, "nsubj"));
      heads.addAll(g.deps(c, "dep"));
      for (int s : heads) {
        String pos = g.token(s).pos();
        if (s <= t || !(pos.equals("NN") || pos.equals("NNS"))) continue;
        boolean adjacent = true;
        for (int i = t + 1; i < s; i++) {
          String between = g.token(i).pos();
          adjacent &= between.equals("DT") || between.startsWith("JJ") || between.equals("PRP$")
              || g.deps(t, "compound:prt").contains(i) || within(g, i, s);
        }
        if (adjacent) return List.of(s);
      }
    }
    return List.of();
  }

  /** Whether token {@code i} lies in the phrase headed by {@code head} ("a five-day strike": five, day). */
  private static boolean within(ParseGraph g, int i, int head) {
    int cur = i;
    for (int hop = 0; hop < 4; hop++) {
      Dependency d = g.anyHead(cur);
      if (d == null) return false;
      if (d.governor() == head) return true;
      cur = d.governor();
    }
    return false;
  }

  /** Clausal complements of a predicate: to-infinitives, that-clauses, "from"/"of" gerunds. */
  static List<Integer> complements(ParseGraph g, int t) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : g.out(t)) {
      if (!COMPLEMENTS.contains(d.relation()) && !d.relation().startsWith("advcl")) continue;
      Token c = g.token(d.dependent());
      boolean clausal = c.isVerb() || !g.subjects(d.dependent()).isEmpty();
      if (d.relation().startsWith("advcl") && !COMPLEMENTS.contains(d.relation()) && !hasMarkTo(g, d.dependent())) {
        continue;
      }
      if (clausal || d.relation().equals("xcomp")) out.add(d.dependent());
    }
    return out;
  }

  private static boolean hasMarkTo(ParseGraph g, int t) {
    for (int m : g.deps(t, "mark")) if (g.lemma(m).equals("to")) return true;
    return false;
  }

  /**
   * What an amount is given in, or for: "$2 million in aid" → aid, "$340 million for assistance" → assistance (a
   * common noun, not a date); −1 when none.
   */
  private static int amountOf(ParseGraph g, int t) {
    for (String prep : List.of("in", "for")) {
      for (int a : g.prepArgs(t, prep)) {
        if (g.token(a).isNoun() && !g.token(a).isProperNoun() && g.sentence().timexAt(a) == null) return a;
      }
    }
    return -1;
  }

  /** Comparatives of amount, looked through to what they compare ("more than $4 million worth of medicine"). */
  private static final Set<String> MORE_THAN = Set.of("more", "less", "over", "nearly", "almost");

  /**
   * Looks through quantity and activity nouns to their "of" noun ("the number of delegates" → delegates), amounts to
   * what they are an amount of ("$2 million in aid" → aid), and comparatives to what they compare ("more than …").
   */
  int lookThrough(ParseGraph g, int t) {
    int cur = t;
    for (int step = 0; step < 4; step++) {
      if (MORE_THAN.contains(g.lemma(cur)) && !g.prepArgs(cur, "than").isEmpty()) {
        cur = g.prepArgs(cur, "than").get(0);
        continue;
      }
      String pos = g.token(cur).pos();
      if (pos.equals("$") || pos.equals("CD")) {
        int in = amountOf(g, cur);
        if (in >= 0) return in;
      }
      boolean hollow = lexicon.contains(Lexicon.LOOK_THROUGH, g.lemma(cur)) || g.token(cur).pos().equals("CD");
      List<Integer> of = g.prepArgs(cur, "of");
      if (!hollow || of.isEmpty()) break;
      cur = of.get(0);
    }
    return cur;
  }
}
