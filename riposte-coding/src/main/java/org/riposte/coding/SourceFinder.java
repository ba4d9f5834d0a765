package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.riposte.api.Dependency;

/**
 * Finds who acts. A verb's source is its subject (the agent of a passive); a verb without one shares that of the verb
 * it is coordinated with, of the verb whose infinitive or adverbial clause it heads, or of the noun whose plan it
 * states ("the Kremlin's decision to suspend"), or the subject of the agentless passive whose complement it is ("Iran
 * was urged to release", "Hanoi is committed to opening"); a finite verb the parser left dangling takes the noun phrase just
 * before it. A controlled subject counts only under object-control verbs ("urged NATO to deploy"); otherwise the
 * governor's subject acts ("visited Kyiv to restate"). A noun's source is its possessor, its {@code by} agent or a
 * nationality adjective ("the Russian attack"), else, shared with a coordinated noun, or the subject of the light or
 * reporting verb it is the object of ("held talks", "announced the expulsion"), also through a container noun ("held a
 * new round of talks", "began days of protests", "went on strike"; the container's possessor: "Russia's wave of
 * strikes"), or of the copular adjective it is an argument of
 * ("was responsible for the attack"). A participle modifying a statement ("issued a statement calling on Peru to …")
 * acts for the statement's author. A copular adjective's source is its subject ("Chile was skeptical"), as is a
 * stative passive's ("Israel is opposed to …"). Not thread safe: one instance serves
 * one sentence.
 */
final class SourceFinder {

  private final ParseGraph g;
  private final ActorFinder actors;
  private final Lexicon lexicon;

  SourceFinder(ParseGraph g, ActorFinder actors, Lexicon lexicon) {
    this.g = g;
    this.actors = actors;
    this.lexicon = lexicon;
  }

  /** The source arguments of a predicate (tokens); {@code pat} may name a preposition that gives the source. */
  List<Integer> sourceArgs(int p, EventPattern pat) {
    List<Integer> args = sourceArgs(p, pat, 0);
    int light = g.token(p).isVerb() ? -1 : lightVerb(p);
    if (light < 0) return args;
    // "the Tamils were engaged in attacks": a stative passive's subject; "continued their strike": the verb's subject
    List<Integer> governing =
        PatternMatcher.statePassive(g, light) ? g.passiveSubjects(light) : sourceArgs(light, null, 1);
    boolean pronouns = !args.isEmpty() && args.stream().allMatch(actors::isPronoun);
    return args.isEmpty() || pronouns && !governing.isEmpty() ? governing : args;
  }

  private List<Integer> sourceArgs(int p, EventPattern pat, int depth) {
    if (depth > 3) return List.of();
    if (pat != null && pat.sourcePrep() != null) return g.prepArgs(p, pat.sourcePrep());
    if (isAdjectivePredicate(p)) return g.deps(p, "nsubj");
    if (pat != null && "adj".equals(pat.pos())) return g.passiveSubjects(p);  // "Israel is opposed to …"
    if (!g.token(p).isVerb()) return nounSourceArgs(p);
    if (g.isPassive(p) || g.token(p).pos().equals("VBN") && !g.deps(p, "obl:agent").isEmpty()) {
      List<Integer> agents = new ArrayList<>(g.deps(p, "obl:agent"));
      agents.addAll(g.deps(p, "obl:by"));
      // "Serb forces were engaged in ethnic cleansing": a state of the subject, not a passive act on it
      if (agents.isEmpty() && ENGAGE.contains(g.lemma(p))) return g.passiveSubjects(p);
      return agents;
    }
    List<Integer> subj = controlledSubjects(p);
    if (!subj.isEmpty()) return subj;
    Dependency gov = g.governor(p);
    if (gov != null) {
      String r = gov.baseRelation();
      int h = gov.governor();
      boolean nonFinite = !g.isFinite(p) && (g.token(h).isVerb() || isAdjectivePredicate(h));
      if (r.equals("conj") && !reducedParticiple(p, h) || r.equals("xcomp")
          || (r.equals("advcl") || r.equals("dep")) && nonFinite) {
        // "Vietnam is committed to opening its economy", "Iran was urged to release": the passive's subject acts
        boolean controlledByPatient = !r.equals("conj") && g.isPassive(h) && g.deps(h, "obl:agent").isEmpty();
        if (controlledByPatient && !g.passiveSubjects(h).isEmpty()) return g.passiveSubjects(h);
        return sourceArgs(h, null, depth + 1);
      }
      if (r.equals("acl") && g.token(h).isNoun() && !g.token(p).pos().equals("VBN")) {
        List<Integer> owner = g.deps(h, "nmod:poss");
        if (!owner.isEmpty() || !g.token(p).pos().equals("VBG") || namesAnActor(h)) return owner;
        // "Chile issued a statement calling on Peru to …": the statement's author appeals
        List<Integer> author = nounSourceArgs(h);
        int light = lightVerb(h);
        if (light < 0) light = publishingVerb(h);
        return author.isEmpty() && light >= 0 ? sourceArgs(light, null, depth + 1) : author;
      }
    }
    if (!g.isFinite(p) || g.hasDep(p, "csubj") || g.hasDep(p, "expl")) return List.of();
    return g.danglingSubject(p).stream().filter(this::namesAnActor).toList();
  }

  /** Whether the token is an adjective with a copula ("Chile was <i>responsible</i>", "is <i>guilty</i> of"). */
  boolean isAdjectivePredicate(int t) {
    return g.token(t).pos().startsWith("JJ") && g.hasDep(t, "cop");
  }

  /** Whether the token itself (not a modifier of it) is an actor mention, a named entity or an agent noun. */
  private boolean namesAnActor(int t) {
    return actors.mentionAt(t) != null || g.token(t).isProperNoun() || actors.isPronoun(t)
        || lexicon.contains(Lexicon.AGENT, g.lemma(t));
  }

  /** A bare participle the parser coordinated with a finite verb ("added X, later blamed on Y"): no shared subject. */
  private boolean reducedParticiple(int p, int head) {
    return g.token(p).pos().equals("VBN") && g.auxiliaries(p).isEmpty() && !g.token(head).pos().equals("VBN");
  }

  /**
   * Verbs of a telephone call: whoever "called the Chilean minister to discuss the border" discusses it (with the
   * minister), unlike an appeal ("called on Chile to withdraw").
   */
  static final Set<String> CALLS = Set.of("call", "phone", "telephone", "ring");

  private List<Integer> controlledSubjects(int p) {
    List<Integer> out = new ArrayList<>(g.deps(p, "nsubj"));
    for (int x : g.deps(p, "nsubj:xsubj")) {
      Dependency gov = g.governor(p);
      int h = gov == null ? -1 : gov.governor();
      boolean objectOfHead = h >= 0 && (g.deps(h, "obj").contains(x) || g.deps(h, "iobj").contains(x));
      if (lexicon.contains(Lexicon.PLAN, g.lemma(x)) && g.token(x).isNoun()) {
        // "regretted Russia's decision to suspend": the plan noun's owner acts, not the noun or the regretter
        for (int s : nounSourceArgs(x)) if (!out.contains(s)) out.add(s);
      } else if (objectOfHead && (!lexicon.contains(Lexicon.CONTROL, g.lemma(h)) || CALLS.contains(g.lemma(h)))) {
        out.addAll(g.subjects(h).stream().filter(s -> !out.contains(s)).toList());
      } else if (!out.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }

  private List<Integer> nounSourceArgs(int p) {
    List<Integer> out = new ArrayList<>();
    for (int poss : g.deps(p, "nmod:poss")) if (g.sentence().timexAt(poss) == null) out.add(poss);
    out.addAll(g.deps(p, "nmod:by"));
    out.addAll(g.deps(p, "nmod:agent"));
    if (out.isEmpty()) {
      for (Dependency d : g.out(p)) {
        String r = d.relation();
        if ((r.equals("amod") || r.equals("compound")) && actors.mentionAt(d.dependent()) != null
            && actors.placeAt(d.dependent()) == null) {
          out.add(d.dependent());
        }
      }
    }
    int head = g.nounConjHead(p);
    if (out.isEmpty() && head >= 0) return nounSourceArgs(head);
    Dependency gov = g.governor(p);
    if (out.isEmpty() && gov != null && gov.relation().equals("nmod:of") && g.token(gov.governor()).isNoun()
        && containerNoun(gov.governor())) {
      return nounSourceArgs(gov.governor());  // "Russia's new wave of strikes"
    }
    // a noun that says what its subject is ("Japan is the largest donor", "Norway remains the main donor"): the
    // subject acts; not a noun with a preposition ("Tehran was behind the attack" claims who attacked, no act of its
    // own)
    if (out.isEmpty() && g.hasDep(p, "cop") && !g.hasDep(p, "case")) return g.deps(p, "nsubj");
    if (out.isEmpty() && gov != null && gov.relation().equals("xcomp") && LINKING.contains(g.lemma(gov.governor()))) {
      return g.deps(gov.governor(), "nsubj");
    }
    return out;
  }

  /** Verbs that link their subject to a noun saying what it is ("remains the main donor"). */
  private static final Set<String> LINKING = Set.of("remain", "become", "stay");

  /** Nouns an event noun may be inside, besides quantities: "a wave of strikes", "a spate of attacks". */
  private static final Set<String> CONTAINERS = Set.of("wave", "spate", "string", "hour", "year", "cycle", "flurry");

  /**
   * The word whose subject acts for a nominal event: the verb whose object it is, when that is a light or reporting
   * verb ("held talks"), also through a container noun ("held a new round of talks", "began days of protests") and
   * "go on" ("went on strike"); or an adjective of which the event is an argument ("was responsible for the
   * killings"); else −1.
   */
  int lightVerb(int noun) {
    int cur = noun;
    for (int step = 0; step < 3; step++) {
      int head = g.nounConjHead(cur);
      Dependency gov = g.governor(head >= 0 ? head : cur);
      if (gov == null) return -1;
      int h = gov.governor();
      String r = gov.relation();
      if (r.equals("nmod:of") && g.token(h).isNoun() && containerNoun(h)) {
        cur = h;
        continue;
      }
      if ((r.equals("obl:for") || r.equals("obl:of")) && isAdjectivePredicate(h)) return h;
      if (!g.token(h).isVerb()) return -1;
      if (r.equals("obl:on") && g.lemma(h).equals("go")) return h;
      if (r.equals("obl:in") && ENGAGE.contains(g.lemma(h))) return h;
      if (!r.equals("obj") && !r.startsWith("nsubj:pass")) return -1;
      String lemma = g.lemma(h);
      return lexicon.contains(Lexicon.LIGHT, lemma) || lexicon.contains(Lexicon.REPORT, lemma) ? h : -1;
    }
    return -1;
  }

  /** Verbs whose {@code in} argument is what their subject does ("engaged in shelling", "participated in raids"). */
  private static final Set<String> ENGAGE = Set.of("engage", "participate", "involve", "persist");

  /** Verbs that make a text public: its author is their subject ("released a statement accusing …"). */
  private static final Set<String> PUBLISH = Set.of("release", "publish", "send", "post", "deliver", "circulate");

  /** The verb publishing the noun (its object), or −1. */
  private int publishingVerb(int noun) {
    Dependency gov = g.governor(noun);
    boolean object = gov != null && gov.relation().equals("obj") && g.token(gov.governor()).isVerb();
    return object && PUBLISH.contains(g.lemma(gov.governor())) ? gov.governor() : -1;
  }

  private boolean containerNoun(int t) {
    String lemma = g.lemma(t);
    return CONTAINERS.contains(lemma) || lexicon.contains(Lexicon.LOOK_THROUGH, lemma)
        && !lexicon.contains(Lexicon.AGENT, lemma) && actors.mentionAt(t) == null;
  }

  /** Prepositions of a noun's modifier that name whom the noun acts on or with, never who acts. */
  private static final Set<String> ACTED_ON =
      Set.of("against", "with", "to", "toward", "towards", "for", "over", "into", "on", "at");

  /**
   * Whether a modifier token of argument {@code a} names whom it acts on ("protesters against China"); not the body
   * an agent acts for ("the minister for the interior", "a spokesman for the Taliban").
   */
  private boolean actedOn(int token, int a) {
    if (token == a) return false;
    return g.in(token).stream().anyMatch(d -> d.baseRelation().equals("nmod") && ACTED_ON.contains(d.subtype())
        && !(d.subtype().equals("for") && lexicon.contains(Lexicon.AGENT, g.lemma(d.governor()))));
  }

  /**
   * The actor of each source argument (one of a party before a bare role: "the presidents of France and Germany" are
   * French and German, not just presidents; never one the argument acts against or with: "protesters against China"
   * are no Chinese source), with those coordinated with it.
   */
  List<Party> resolve(List<Integer> args) {
    List<Party> out = new ArrayList<>();
    for (int a : args) {
      List<Party> c = actors.candidates(a).stream().filter(x -> !actedOn(x.token(), a)).toList();
      Party best = c.stream().filter(x -> x.party() != null).findFirst()
          .or(() -> c.stream().filter(x -> x.mention() != null).findFirst()).orElse(c.isEmpty() ? null : c.get(0));
      if (best == null) continue;
      if (out.stream().noneMatch(best::sameActor)) out.add(best);
      actors.addCoordinatedModifiers(a, out, y -> y.mention() != null);
      for (Party x : c) {
        boolean sameParty = x == best || x.party() != null && x.party().equals(best.party());
        if (x.token() != a && sameParty) actors.addConjuncts(x, out, y -> y.mention() != null);
      }
    }
    return out;
  }
}
