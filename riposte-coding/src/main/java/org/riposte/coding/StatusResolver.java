package org.riposte.coding;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.riposte.api.Dependency;
import org.riposte.api.Status;

/**
 * Decides whether an event is asserted, planned, negated, hypothetical or claimed, from the predicate's own words
 * (negation, modal and future auxiliaries, "is to", the headline's "Russia to suspend", a conditional clause) and from the verbs above it: a conjoined
 * verb shares its head's, an infinitive takes its governor's kind ("plans to" → planned, "threatened to" →
 * hypothetical, "refused to" → negated), a complement of "deny" is negated, and a complement of a reporting verb (or
 * an act told "according to" someone) is claimed when the speaker is a party to the event (unless a party announces
 * its own act, or says what it says: a speech act its source reports is done, not claimed). An infinitive of purpose
 * ("will give a grant to finance projects") and a non-past clause of time ("must agree before they demobilize")
 * stand as their governor does; a present-tense relative clause on what an act to come is about ("will support a
 * resolution that aims to tighten sanctions") is hypothetical. "Would" is planned in
 * reported speech ("said it would close") and hypothetical elsewhere; questions are hypothetical. A nominal act named
 * by the verb that performs it ("announced a ceasefire", "undertook a mediation mission") is not planned. It also tells
 * whether a planned act is put as a threat ({@link #threatening}). When several apply,
 * negated wins over hypothetical, over planned, over claimed. Not thread safe: one instance serves one sentence.
 */
final class StatusResolver {

  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "without");
  private static final Set<String> FUTURE = Set.of("will", "shall", "wo", "'ll");
  private static final Set<String> MODAL = Set.of("could", "might", "may", "can", "should", "must", "ought");
  private static final Set<String> CONDITION = Set.of("if", "unless", "whether");
  private static final List<Status> PRIORITY =
      List.of(Status.NEGATED, Status.HYPOTHETICAL, Status.PLANNED, Status.CLAIMED);

  private final ParseGraph g;
  private final ActorFinder actors;
  private final Lexicon lexicon;

  StatusResolver(ParseGraph g, ActorFinder actors, Lexicon lexicon) {
    this.g = g;
    this.actors = actors;
    this.lexicon = lexicon;
  }

  /** The status of a frame's event, before its date is known (a future date later makes it planned). */
  Status statusOf(Frame f) {
    Set<Status> found = EnumSet.noneOf(Status.class);
    if (g.isQuestion()) found.add(Status.HYPOTHETICAL);
    int p = f.predicate();
    int clause = p;
    if (!g.token(p).isVerb()) {
      Dependency gov = g.governor(p);
      if (gov != null && (gov.relation().equals("obj") || gov.relation().startsWith("nsubj:pass"))
          && !performedByAnnouncing(gov.governor(), f)) {
        governedBy(gov.governor(), found);
        // "said Turkey must mediate peace talks", "should impose sanctions": a nominal act that the verb it is the
        // object of is only owed is not done either
        if (gov.relation().equals("obj") && g.token(gov.governor()).isVerb() && gov.governor() != f.anchor()
            && owed(gov.governor())) {
          found.add(Status.HYPOTHETICAL);
        }
      }
      clause = f.anchor();
    }
    if (clause >= 0) {
      own(clause, found, reported(clause));
      chain(clause, f, found);
      if (claimedBy(g.deps(clause, "obl:according_to"), -1, f)) found.add(Status.CLAIMED);
    }
    for (Status s : PRIORITY) if (found.contains(s)) return s;
    return Status.ASSERTED;
  }

  /** Verbs whose nominal object they perform by saying it ("announced a ceasefire", "declared a truce"). */
  private static final Set<String> PERFORMING = Set.of("announce", "declare", "confirm");

  /**
   * Whether a nominal act is done by the announcement that names it: "Ghani announced a ceasefire", "Iran announced
   * the release of the sailors" report the act, not a plan. Meetings and visits (04) lie ahead when announced, and a
   * future date still makes any of them planned.
   */
  private boolean performedByAnnouncing(int verb, Frame f) {
    if (g.lemma(verb).equals("undertake")) return true;  // "undertook a mediation mission": done
    return PERFORMING.contains(g.lemma(verb)) && !f.pattern().code().startsWith("04");
  }

  /** Adjectives of readiness whose infinitive is an act the subject stands ready to do ("prepared to impose"). */
  private static final Set<String> READY = Set.of("ready", "prepared", "willing", "determined");

  /**
   * Whether a planned or hypothetical act is put as a threat: done only on a condition ("will withdraw unless …",
   * "would strike if …"), or one its actor stands ready to do ("is prepared to impose martial law"). A plain or
   * reported future ("said it would expel") is one too, once its act is conflictual: see {@link #announcedAsThreat}.
   */
  boolean threatening(Frame f) {
    int v = f.predicate();
    if (!g.token(v).isVerb()) return false;
    if (conditional(v)) return true;
    Dependency gov = g.governor(v);
    return gov != null && gov.relation().equals("xcomp") && READY.contains(g.lemma(gov.governor()));
  }

  /**
   * Whether an act its actor puts in the future in words is a threat once conflictual (CAMEO's codebook: "the
   * future tense used in the lead implies a threat"): "will extend the curfew", "said it would boycott the talks",
   * "plans to impose restrictions". Not an act decided on, agreed or announced ("decided to impose", "agreed to
   * remove", "announces to suspend"): that is the act itself, to come. {@code status} is the one {@link #statusOf} gave (a date alone does not count).
   */
  boolean announcedAsThreat(Frame f, Status status) {
    if (status != Status.PLANNED || decided(f)) return false;
    Dependency gov = g.governor(f.predicate());
    // the headline future ("Russia to suspend its NATO mission") reports a decision, not a threat
    if (gov == null) return !(hasMarkTo(f.predicate()) && g.deps(f.predicate(), "aux").isEmpty());
    String r = gov.baseRelation();
    String lemma = g.lemma(gov.governor());
    if (r.equals("xcomp") && lemma.equals("agree")) return false;
    // an act its actor announces as its own infinitive is the decision made public, not a threat ("announces to
    // suspend its mission"); "announced it would …" stays a reported future, which the gold sets read as a threat
    return !(r.equals("xcomp") && ANNOUNCING.contains(lemma));
  }

  /** Verbs that make a decision public: the act in their complement is decided, to come. */
  private static final Set<String> ANNOUNCING = Set.of("announce", "declare", "confirm");

  /** Verbs of deciding: their infinitive is an act decided by the one who carries it out ("decided to ease"). */
  private static final Set<String> DECIDING = Set.of("decide", "approve", "authorize", "authorise");

  /**
   * Whether the act is one its actor has decided on ("decided to lift the sanctions"): the decision, not an
   * intention, so a cooperative act keeps its own code (planned) rather than the intent's (03x).
   */
  boolean decided(Frame f) {
    Dependency gov = g.governor(f.predicate());
    return gov != null && gov.relation().equals("xcomp") && DECIDING.contains(g.lemma(gov.governor()));
  }

  /** Modals of obligation: what must or should be done is not done yet. */
  private static final Set<String> OWED = Set.of("must", "should", "ought");

  /** Whether a verb says what must or should be done ("must mediate", "should impose"). */
  private boolean owed(int v) {
    for (int aux : g.deps(v, "aux")) {
      if (OWED.contains(g.token(aux).word().toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return false;
  }

  /** Negation, modality, future and condition expressed on the verb itself. */
  private void own(int v, Set<Status> found, boolean reported) {
    for (Dependency d : g.out(v)) {
      String r = d.baseRelation();
      String w = g.lemma(d.dependent());
      if ((r.equals("advmod") || r.equals("neg") || r.equals("mark") || r.equals("case")) && NEGATION.contains(w)) {
        found.add(Status.NEGATED);
      }
      if (r.equals("aux")) {
        String word = g.token(d.dependent()).word().toLowerCase();
        if (FUTURE.contains(w) || FUTURE.contains(word)) found.add(Status.PLANNED);
        if (word.equals("would")) found.add(reported && !conditional(v) ? Status.PLANNED : Status.HYPOTHETICAL);
        if (MODAL.contains(word)) found.add(Status.HYPOTHETICAL);
        if (w.equals("be") && hasMarkTo(v)) found.add(Status.PLANNED);
      }
      if (r.equals("mark") && CONDITION.contains(w)) found.add(Status.HYPOTHETICAL);
    }
    if (conditional(v)) found.add(Status.HYPOTHETICAL);
    // the headline future: "Russia to suspend its NATO mission"
    if (g.governor(v) == null && hasMarkTo(v) && g.hasDep(v, "nsubj")) found.add(Status.PLANNED);
  }

  private boolean conditional(int v) {
    for (Dependency d : g.out(v)) {
      if (d.baseRelation().equals("advcl") && CONDITION.contains(d.subtype())) return true;
    }
    return false;
  }

  private boolean hasMarkTo(int v) {
    for (int m : g.deps(v, "mark")) if (g.lemma(m).equals("to")) return true;
    return false;
  }

  /** Whether a verb stands (through conjunction) in the complement of a reporting verb. */
  private boolean reported(int v) {
    int cur = v;
    for (int hop = 0; hop < 4; hop++) {
      Dependency gov = g.governor(cur);
      if (gov == null) return false;
      String r = gov.baseRelation();
      if ((r.equals("ccomp") || r.equals("parataxis")) && lexicon.contains(Lexicon.REPORT, g.lemma(gov.governor()))) {
        return true;
      }
      if (!r.equals("conj")) return false;
      cur = gov.governor();
    }
    return false;
  }

  /** The kinds of status a governing verb or noun lends its complement. */
  private void governedBy(int h, Set<Status> found) {
    String lemma = g.lemma(h);
    if (lexicon.contains(Lexicon.NEGATING, lemma)) found.add(Status.NEGATED);
    else if (lexicon.contains(Lexicon.HYPOTHETICAL, lemma)) found.add(Status.HYPOTHETICAL);
    else if (lexicon.contains(Lexicon.PLAN, lemma)) found.add(Status.PLANNED);
  }

  /** Walks up from the predicate's clause, collecting what the governing clauses lend it. */
  private void chain(int v, Frame f, Set<Status> found) {
    int cur = v;
    for (int hop = 0; hop < 4; hop++) {
      Dependency gov = g.governor(cur);
      if (gov == null) return;
      String r = gov.baseRelation();
      int h = gov.governor();
      switch (r) {
        case "conj" -> {
          if (g.auxiliaries(cur).isEmpty() && g.token(h).isVerb()) own(h, found, reported(h));
        }
        case "xcomp" -> {
          governedBy(h, found);
          Set<Status> head = EnumSet.noneOf(Status.class);
          own(h, head, reported(h));
          found.addAll(head);
        }
        case "acl" -> {
          if (g.token(h).isNoun()) governedBy(h, found);
          if (gov.relation().equals("acl:relcl") && !past(cur) && describesActToCome(h)) found.add(Status.HYPOTHETICAL);
          return;
        }
        case "advcl" -> {
          if (!g.token(h).isVerb() && !g.hasDep(h, "cop") || !standsAsGovernor(gov.subtype(), cur)) {
            reportedBy(r, gov, h, f, found);
            return;
          }
          // a purpose ("will give Tanzania a grant to finance projects") or a time of its governor's ("must agree to
          // reforms before they demobilize"): it stands as its governor does
          own(h, found, reported(h));
        }
        case "dep" -> {
          if (!bareInfinitive(cur, h)) {
            reportedBy(r, gov, h, f, found);
            return;
          }
          // "will ask the banks to help finance the link": the parser's dep for help's bare infinitive
          governedBy(h, found);
          own(h, found, reported(h));
        }
        case "ccomp", "parataxis", "obl" -> {
          reportedBy(r, gov, h, f, found);
          return;
        }
        default -> {
          return;
        }
      }
      cur = h;
    }
  }

  /** Whether a verb is in a past tense ("imposed", "had imposed"). */
  private boolean past(int v) {
    String pos = g.token(v).pos();
    return pos.equals("VBD") || pos.equals("VBN") && g.auxiliaries(v).contains("have");
  }

  /**
   * Whether a noun is what an act to come, only possible or denied is about ("will support a resolution that aims to
   * tighten sanctions"): then what its present-tense relative clause says it does is not in force either, and is
   * hypothetical (not a threat of the noun's).
   */
  private boolean describesActToCome(int noun) {
    Dependency gov = g.governor(noun);
    if (gov == null || !(gov.relation().equals("obj") || gov.relation().startsWith("nsubj:pass"))) return false;
    Set<Status> head = EnumSet.noneOf(Status.class);
    own(gov.governor(), head, reported(gov.governor()));
    return !head.isEmpty() && !head.equals(EnumSet.of(Status.CLAIMED));
  }

  /** A bare infinitive without subject right after its governing verb ("help finance"), read by the parser as dep. */
  private boolean bareInfinitive(int v, int governor) {
    return g.token(v).pos().equals("VB") && g.token(governor).isVerb() && v == governor + 1 && g.subjects(v).isEmpty();
  }

  /** Subordinators of a time relative to the governing clause. */
  private static final Set<String> TEMPORAL = Set.of("before", "until", "once", "when", "after", "till");

  /**
   * Whether an adverbial clause takes its governor's status: a purpose ("to"), or a time ("before", "until", …) whose
   * verb is not in the past tense ("will sign once the rebels disarm", but "will talk after Russia attacked").
   */
  private boolean standsAsGovernor(String subtype, int clause) {
    if (subtype.equals("to")) return true;
    if (!TEMPORAL.contains(subtype)) return false;
    String pos = g.token(clause).pos();
    return !pos.equals("VBD") && !(pos.equals("VBN") && g.auxiliaries(clause).contains("have"));
  }

  /** What a governing complement-taking verb lends: negation ("denied sending"), or a claim by a party. */
  private void reportedBy(String r, Dependency gov, int h, Frame f, Set<Status> found) {
    boolean complement = !r.equals("advcl") || gov.subtype().equals("from");
    if (complement && lexicon.contains(Lexicon.NEGATING, g.lemma(h))) {
      found.add(Status.NEGATED);
    } else if (complement && lexicon.contains(Lexicon.REPORT, g.lemma(h)) && claimedBy(speakers(h), h, f)) {
      found.add(Status.CLAIMED);
    }
  }

  /** Roots of the acts a speaker performs by saying them: statements, appeals, intents, demands, disapproval, … */
  private static final Set<String> SPEECH_ROOTS = Set.of("01", "02", "03", "10", "11", "12", "13");
  /** Diplomatic acts done in words: praise, verbal support, apology, forgiveness. */
  private static final Set<String> SPEECH_CODES = Set.of("051", "052", "055", "056");

  /**
   * Whether the event is a speech act: its speaker performs it by saying it, so a party that says it does so ("Russia
   * said it condemns…", "Lavrov said he urges Iran to…") does not claim it but does it.
   */
  private static boolean speechAct(Frame f) {
    String code = f.pattern().code();
    return SPEECH_ROOTS.contains(code.substring(0, 2)) || code.length() >= 3 && SPEECH_CODES.contains(code.substring(0, 3));
  }

  private List<Integer> speakers(int reportVerb) {
    return g.isPassive(reportVerb) ? g.deps(reportVerb, "obl:agent") : g.subjects(reportVerb);
  }

  /**
   * Whether a speaker (of a reporting verb, or "according to" whom) is a party to the event: a coded actor (not the
   * media) whose party is the event's source or target, or who speaks of a coded actor's act without a coded target
   * ("Moscow says NATO provoked…"). A party announcing its own act ("Russia announced it was closing…") does not make
   * a claim.
   *
   * @param reportVerb the reporting verb, or −1 for "according to"
   */
  private boolean claimedBy(List<Integer> speakers, int reportVerb, Frame f) {
    for (int s : speakers) {
      Party sp = actors.first(s);
      if (sp == null || sp.party() == null || "MED".equals(sp.actor().role())) continue;
      boolean isSource = f.sources().stream().anyMatch(x -> sp.party().equals(x.party()));
      if (isSource && reportVerb >= 0 && lexicon.contains(Lexicon.ANNOUNCE, g.lemma(reportVerb))) return false;
      if (isSource && speechAct(f)) return false;  // "Lavrov said he urges Iran to…": the urging is done by saying it
      boolean isTarget = f.targets().stream().anyMatch(x -> sp.party().equals(x.party()));
      boolean partiesKnown = f.sources().stream().allMatch(x -> x.party() != null);
      boolean noCodedTarget = f.targets().stream().noneMatch(x -> x.party() != null);
      if (isSource || isTarget || partiesKnown && noCodedTarget) return true;
    }
    return false;
  }
}
