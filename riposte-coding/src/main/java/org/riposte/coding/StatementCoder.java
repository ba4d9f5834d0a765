package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.riposte.api.Actor;
import org.riposte.api.Analysis;
import org.riposte.api.Dependency;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Evidence;
import org.riposte.api.Mention;
import org.riposte.api.Sentence;
import org.riposte.api.Status;

/**
 * Codes speech acts as statement events: the speech verb's code from {@code speech.txt} ("said" 010, "urged" 020,
 * "accused" 112, "warned" 130, …), the speaker as source, the addressed party (the verb's target relations: "told
 * Poland", "accused Russia", "said to NATO") as target when an actor mention names it. A statement that another party
 * must act is a demand (100), made specific by the act when the coder coded it ("must release the hostages": 1053). No statement is added when
 * the event coder already coded an event of the same speaker in the same sentence: that event is the speech act, or
 * the act the speaker announces ("Russia announced it would close…" is the closure). Stateless apart from its
 * immutable resources; thread safe.
 */
final class StatementCoder {

  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "n’t");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
  private static final Set<String> MODAL = Set.of("would", "could", "may", "might", "should");
  /** Modals of obligation: a statement that someone must act is a demand. */
  private static final Set<String> OBLIGATION = Set.of("must", "should", "ought", "need");
  /** CAMEO "make a demand", the code of a statement that someone must act. */
  private static final String DEMAND = "100";

  private final SpeechLexicon speech;
  private final CameoOntology ontology;

  private final Lexicon lexicon;

  /** A statement coder over the quote stage's speech verbs, ontology and word classes (loaded once, by the stage). */
  StatementCoder(SpeechLexicon speech, CameoOntology ontology, Lexicon lexicon) {
    this.speech = speech;
    this.ontology = ontology;
    this.lexicon = lexicon;
  }

  /** The statement events of an article's speech acts that the coder's events do not already cover. */
  List<Event> code(Analysis a, List<ParseGraph> graphs, List<SpeakerResolver.Statement> statements,
                   DateResolver futureCheck) {
    List<Event> out = new ArrayList<>();
    for (SpeakerResolver.Statement st : statements) {
      ParseGraph g = graphs.get(st.sentence());
      Sentence s = g.sentence();
      SpeechLexicon.Verb verb = speech.verb(g.lemma(st.verb()));
      if (verb == null) continue;
      int obliged = obligedClause(g, st.verb());
      // a demand on another party is an act of its own beside the speaker's other acts ("reiterated that Libya must
      // hand over the suspects as he set off to seek Arab support"); a plain statement is not added where the
      // speaker's act is coded
      boolean demand = verb.code().startsWith("01") && obliged >= 0 && subjectActor(a, g, obliged, st.speaker()) != null;
      int ruledOut = verb.code().startsWith("01") ? ruledOutClause(g, st.verb()) : -1;
      if (demand || ruledOut >= 0 ? codedAt(a.events(), g, st.verb()) : coded(a.events(), s, st.speaker())) continue;
      Actor target = target(a, g, st.verb(), verb, st.speaker());
      String code = verb.code();
      // "said they hoped that Oslo would agree": the statement is about the party the speaker hopes will act
      if (target == null && code.startsWith("01") && obliged < 0) target = hopedFor(a, g, st.verb(), st.speaker());
      // "said the embassy had conveyed concerns": a report of another party's statement is about that party
      if (target == null && code.startsWith("01") && obliged < 0) target = reportedSpeaker(a, g, st.verb(), st.speaker());
      if (ruledOut >= 0) {  // "said that lifting the sanctions on Burma is out of the question": a rejection (1244)
        List<Integer> subject = new ArrayList<>();
        for (Dependency d : g.out(ruledOut)) {
          if (d.baseRelation().startsWith("nsubj") || d.baseRelation().startsWith("csubj")) subject.add(d.dependent());
        }
        code = ContentCodes.refine(REJECT, codedOrNamedAct(a.events(), g, subject), ontology);
        Actor within = actorWithin(a, g, subject, st.speaker());
        if (within != null) target = within;
      }
      if (code.startsWith("01") && obliged >= 0) {  // "said the US must …": a demand on the clause's subject
        // of the act the clause names, when the coder coded it ("said Kenya must release the hostages": 1053)
        code = ContentCodes.refine(obligationCode(g, obliged), codedAct(a.events(), g, obliged), ontology);
        Actor subject = subjectActor(a, g, obliged, st.speaker());
        // "said the oppression of the Venezuelan people must end": the party the subject's words name
        if (subject == null && target == null) subject = actorWithin(a, g, g.subjects(obliged), st.speaker());
        if (subject != null) target = subject;
      }
      CameoCode c = ontology.get(code);
      Status status = status(g, st.verb());
      EventDate date = st.date();
      if (status == Status.ASSERTED && futureCheck.isFuture(date)) status = Status.PLANNED;
      String id = EventIds.of(a.article().id(), s.index(), st.verb(), c.code(), st.speaker(), target);
      out.add(new Event(id, null, a.article().id(), date, status, st.speaker(), target, c.code(), c.root(),
          c.plover(), c.goldstein(), c.quadClass(), null, new Evidence(s.text(), s.begin(), s.end()),
          g.token(st.verb()).word(), List.of()));
    }
    return out;
  }

  /** Verbs of hope and expectation, whose clause says what another party is hoped or expected to do. */
  private static final Set<String> HOPES = Set.of("hope", "expect", "wish", "trust");

  /**
   * The party a speaker says they hope or expect will act ("said they hoped that Oslo would agree", "said it expects
   * most farmers will sign"): the subject of the clause of a reported "hope"/"expect" whose own subject is the
   * speaker (or a pronoun for it), as a mention names it, else uncoded, named by its noun phrase; null when none.
   */
  private static Actor hopedFor(Analysis a, ParseGraph g, int v, Actor speaker) {
    for (int c : reportedClauses(g, v)) {
      if (!HOPES.contains(g.lemma(c)) || !g.token(c).isVerb()) continue;
      List<Integer> own = g.subjects(c);
      if (own.isEmpty() || own.stream().noneMatch(t -> isSpeaker(a, g, t, speaker))) continue;
      List<Integer> hoped = new ArrayList<>();
      for (int h : g.deps(c, "ccomp")) {
        if (g.deps(h, "mark").stream().anyMatch(mk -> !g.lemma(mk).equals("that"))) continue;
        hoped.addAll(g.subjects(h));
        hoped.addAll(g.passiveSubjects(h));
      }
      // "hoped Oslo would be able to …" misread with the clause's subject as the object of "hoped"
      for (int o : g.deps(c, "obj")) if (g.token(o).isProperNoun()) hoped.add(o);
      for (int h : hoped) {
        if (isSpeaker(a, g, h, speaker)) continue;
        Mention m = mentionAt(a, g, h);
        if (m != null && m.actor() != null) return m.actor();
        if (!g.token(h).isNoun() || g.sentence().timexAt(h) != null) continue;
        return Actor.unknown(nounPhrase(g, h));
      }
    }
    return null;
  }

  /** Verbs that voice a view or feeling, besides the speech verbs ("expressed concern", "conveyed its regret"). */
  private static final Set<String> VOICINGS = Set.of("express", "convey", "voice", "raise", "reiterate");

  /**
   * The party whose statement a speaker reports ("said the embassy had conveyed concerns to Athens", "said Oslo had
   * expressed regret"): the subject of a reported clause headed by a speech verb or a verb of voicing, when a
   * mention names an actor other than the speaker and the coder coded no event at that verb; null otherwise.
   */
  private Actor reportedSpeaker(Analysis a, ParseGraph g, int v, Actor speaker) {
    for (int c : reportedClauses(g, v)) {
      if (!g.token(c).isVerb() || !(VOICINGS.contains(g.lemma(c)) || speech.verb(g.lemma(c)) != null)) continue;
      if (codedAt(a.events(), g, c)) continue;  // the reported act is coded as an event of its own
      for (int s : g.subjects(c)) {
        if (isSpeaker(a, g, s, speaker)) continue;
        Mention m = mentionAt(a, g, s);
        if (m != null && m.actor() != null && m.actor().isCoded()) return m.actor();
      }
    }
    return null;
  }

  /** Whether the token is the speaker: a pronoun, or a mention of the speaker's actor. */
  private static boolean isSpeaker(Analysis a, ParseGraph g, int t, Actor speaker) {
    if (g.token(t).pos().startsWith("PRP")) return true;
    Mention m = mentionAt(a, g, t);
    return m != null && m.actor() != null && Objects.equals(m.actor().name(), speaker.name())
        && Objects.equals(m.actor().code(), speaker.code());
  }

  private static Mention mentionAt(Analysis a, ParseGraph g, int t) {
    for (Mention m : a.mentionsIn(g.sentence().index())) if (m.covers(t)) return m;
    return null;
  }

  /** A noun with its determiners, adjectives, numbers and compounds before it ("most pupils", "the new rules"). */
  private static String nounPhrase(ParseGraph g, int head) {
    int lo = head;
    for (Dependency d : g.out(head)) {
      String r = d.relation();
      if ((r.equals("det") || r.equals("amod") || r.equals("compound") || r.equals("nummod"))
          && d.dependent() < lo && head - d.dependent() <= 4) {
        lo = d.dependent();
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = lo; i <= head; i++) sb.append(i > lo ? " " : "").append(g.token(i).word());
    return sb.toString();
  }

  /** Whether the coder has an event of the same actor (code, or name when uncoded) in this sentence. */
  private static boolean coded(List<Event> events, Sentence s, Actor speaker) {
    for (Event e : events) {
      if (e.evidence() == null || e.evidence().start() != s.begin()) continue;
      Actor src = e.source();
      if (speaker.isCoded() ? speaker.code().equals(src.code()) : !src.isCoded() && speaker.name().equals(src.name())) {
        return true;
      }
    }
    return false;
  }

  /** CAMEO "reject", the code of a statement that rules something out. */
  private static final String REJECT = "120";
  /** Predicates that rule their subject out ("is unacceptable", "is out of the question"). */
  private static final Set<String> RULED_OUT = Set.of("unacceptable", "unthinkable", "inadmissible", "non-negotiable");
  /** Predicates that rule their subject out when negated ("is not acceptable", "is not an option"). */
  private static final Set<String> NOT_ALLOWED = Set.of("acceptable", "negotiable", "option");

  /**
   * The reported clause that rules its subject out ("said that lifting the sanctions is out of the question", "is
   * unacceptable", "is not an option"); -1 when none.
   */
  static int ruledOutClause(ParseGraph g, int v) {
    for (int c : reportedClauses(g, v)) {
      if (!g.hasDep(c, "cop")) continue;
      String lemma = g.lemma(c);
      boolean negated = false;
      for (int n : g.deps(c, "advmod")) negated |= NEGATION.contains(g.token(n).word().toLowerCase(Locale.ROOT));
      boolean outOf = lemma.equals("question") && g.deps(c, "case").stream().anyMatch(x -> g.lemma(x).equals("out"));
      if (outOf || RULED_OUT.contains(lemma) || negated && NOT_ALLOWED.contains(lemma)) return c;
    }
    return -1;
  }

  /**
   * The code of the act the tokens name: as the coder coded it in this sentence (by trigger word), else the kind of
   * act their words name ("lifting the sanctions" 085); null when none.
   */
  private String codedOrNamedAct(List<Event> events, ParseGraph g, List<Integer> tokens) {
    for (int t : tokens) {
      String code = codedAct(events, g, t);
      if (code != null) return code;
    }
    return ContentCodes.byWords(g, tokens, lexicon);
  }

  /** The first actor other than the speaker that a mention names within the tokens' phrases (three levels down). */
  private static Actor actorWithin(Analysis a, ParseGraph g, List<Integer> tokens, Actor speaker) {
    List<Integer> level = new ArrayList<>(tokens);
    for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
      for (int t : level) {
        for (Mention m : a.mentionsIn(g.sentence().index())) {
          if (!m.covers(t) || m.actor() == null) continue;
          Actor x = m.actor();
          if (Objects.equals(x.name(), speaker.name()) && Objects.equals(x.code(), speaker.code())) continue;
          return x;
        }
      }
      List<Integer> next = new ArrayList<>();
      for (int t : level) for (Dependency d : g.out(t)) next.add(d.dependent());
      level = next;
    }
    return null;
  }

  /** Whether the coder coded an event at the speech verb itself (its trigger is the verb's word). */
  private static boolean codedAt(List<Event> events, ParseGraph g, int v) {
    Sentence s = g.sentence();
    String word = g.token(v).word();
    for (Event e : events) {
      if (e.evidence() == null || e.evidence().start() != s.begin() || e.trigger() == null) continue;
      if (e.trigger().equals(word) || e.trigger().startsWith(word + " ")) return true;
    }
    return false;
  }

  /** The first actor among the verb's target relations that is not the speaker; null when none. */
  private static Actor target(Analysis a, ParseGraph g, int v, SpeechLexicon.Verb verb, Actor speaker) {
    for (String rel : verb.targets()) {
      for (Dependency d : g.out(v)) {
        if (!d.relation().equals(rel)) continue;
        for (Mention m : a.mentionsIn(g.sentence().index())) {
          if (!m.covers(d.dependent()) || m.actor() == null) continue;
          Actor t = m.actor();
          if (Objects.equals(t.name(), speaker.name()) && Objects.equals(t.code(), speaker.code())) continue;
          return t;
        }
      }
    }
    return null;
  }

  /**
   * The clause a statement says someone must or should do ("said the US must be ready to mediate", "declared that
   * China must drop barriers", "said Japan needs to enact reforms"): a clausal complement with an obligation modal,
   * or headed by "need"/"have" with an infinitive; -1 when none.
   */
  static int obligedClause(ParseGraph g, int v) {
    List<Integer> clauses = new ArrayList<>();
    for (int c : reportedClauses(g, v)) {
      clauses.add(c);
      // "said Sudan must reach an agreement before aid is released" read with the obliged clause as the subject
      // clause of the later one (csubj:pass(released, reach))
      clauses.addAll(g.deps(c, "csubj"));
      clauses.addAll(g.deps(c, "csubj:pass"));
    }
    for (int c : clauses) {
      boolean supposed = false;
      for (int aux : g.deps(c, "aux")) {
        String w = g.token(aux).word().toLowerCase(Locale.ROOT);
        if (OBLIGATION.contains(w)) return c;
        supposed |= MODAL.contains(w);
      }
      // "said Japan needs to enact reforms", "said Iraq has to disarm"; not a supposed need ("said NATO would need
      // to remain strong" is a view, no demand)
      if ((g.lemma(c).equals("need") || g.lemma(c).equals("have")) && !g.deps(c, "xcomp").isEmpty() && !supposed) {
        return c;
      }
    }
    return -1;
  }

  /** Modals of advice: a statement that someone should or needs to act urges it (an appeal), not a demand. */
  private static final Set<String> ADVICE = Set.of("should", "ought");
  /** CAMEO "make an appeal or request". */
  private static final String APPEAL = "020";

  /**
   * The plain code of a statement that another must act: an appeal (020) when it only says the other should, ought
   * to or needs to ("told Tokyo that Japan needs to enact reforms"), a demand (100) when it must or has to.
   */
  static String obligationCode(ParseGraph g, int clause) {
    if (g.lemma(clause).equals("need")) return APPEAL;
    for (int aux : g.deps(clause, "aux")) {
      if (ADVICE.contains(g.token(aux).word().toLowerCase(Locale.ROOT))) return APPEAL;
    }
    return DEMAND;
  }

  /**
   * The clauses a speech verb reports: its clausal complements, and a finite clause with a subject after it that the
   * parser attached as a bare {@code dep} ("Russia says Israel must end the raids" read as dep(says, end)).
   */
  static List<Integer> reportedClauses(ParseGraph g, int v) {
    List<Integer> out = new ArrayList<>(g.deps(v, "ccomp"));
    for (int c : g.deps(v, "dep")) {
      if (c > v && g.token(c).isVerb() && g.isFinite(c) && !g.subjects(c).isEmpty()) out.add(c);
    }
    // "Powell said on Wednesday NATO would need …" read as csubj(need, said): the speech verb, with a subject of its
    // own, taken for the subject clause of the finite clause after it, which is what was said
    Dependency gov = g.governor(v);
    if (out.isEmpty() && gov != null && gov.relation().equals("csubj") && gov.governor() > v
        && !g.subjects(v).isEmpty() && g.token(gov.governor()).isVerb() && !g.auxiliaries(gov.governor()).isEmpty()) {
      out.add(gov.governor());
    }
    return out;
  }

  /**
   * The code of the act an obliged clause names, as the event coder coded it in this sentence: the clause's verb, or
   * the infinitive of "need"/"have" ("needs to enact"); null when the coder coded none of them.
   */
  private static String codedAct(List<Event> events, ParseGraph g, int clause) {
    List<Integer> verbs = new ArrayList<>();
    verbs.add(clause);
    verbs.addAll(g.deps(clause, "xcomp"));
    Sentence s = g.sentence();
    for (int v : verbs) {
      String word = g.token(v).word();
      for (Event e : events) {
        if (e.evidence() == null || e.evidence().start() != s.begin() || e.trigger() == null) continue;
        if (e.trigger().equals(word) || e.trigger().startsWith(word + " ")) return e.cameo();
      }
    }
    return null;
  }

  /** The actor of a clause's subject when a mention names one other than the speaker; null otherwise. */
  private static Actor subjectActor(Analysis a, ParseGraph g, int clause, Actor speaker) {
    for (int subj : g.subjects(clause)) {
      for (Mention m : a.mentionsIn(g.sentence().index())) {
        if (!m.covers(subj) || m.actor() == null) continue;
        Actor t = m.actor();
        if (Objects.equals(t.name(), speaker.name()) && Objects.equals(t.code(), speaker.code())) continue;
        return t;
      }
    }
    return null;
  }

  private static Status status(ParseGraph g, int v) {
    for (Dependency d : g.out(v)) {
      String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.baseRelation().equals("advmod") && NEGATION.contains(w)) return Status.NEGATED;
      if (d.baseRelation().equals("aux") && FUTURE.contains(w)) return Status.PLANNED;
      if (d.baseRelation().equals("aux") && MODAL.contains(w)) return Status.HYPOTHETICAL;
    }
    return Status.ASSERTED;
  }
}
