package org.riposte.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Dependency;
import org.riposte.api.EventDate;
import org.riposte.api.Event;
import org.riposte.api.Evidence;
import org.riposte.api.Mention;
import org.riposte.api.Sentence;
import org.riposte.api.Status;
import org.riposte.api.Timex;

/**
 * Codes the events of one sentence: finds the predicates that have a pattern, drops those a stronger pattern used as
 * its object or complement ("threatened to strike" is one threat, not also a strike), builds each frame, and makes an
 * event per source and target, dated and with a status. Identical events of a sentence are kept once. Not thread
 * safe: one instance serves one document, sentence after sentence.
 */
final class SentenceCoder {

  /** The events of a sentence and its actor subjects, which the next sentence's pronouns may refer to. */
  record Result(List<Event> events, List<Party> subjects) {}

  private final String docId;
  private final PatternMatcher matcher;
  private final CameoOntology ontology;
  private final Lexicon lexicon;
  private final DateResolver dates;
  private final CoderConfig config;
  private final PlaceCountries places;

  SentenceCoder(String docId, PatternMatcher matcher, CameoOntology ontology, Lexicon lexicon, DateResolver dates,
                CoderConfig config, PlaceCountries places) {
    this.places = places;
    this.docId = docId;
    this.matcher = matcher;
    this.ontology = ontology;
    this.lexicon = lexicon;
    this.dates = dates;
    this.config = config;
  }


  Result code(Sentence s, List<Mention> mentions, List<Party> previousSubjects) {
    ParseGraph g = new ParseGraph(VerbTags.retagged(HeadlineVerbs.mended(TimexSpans.repaired(s), matcher::knows)));
    ActorFinder actors =
        new ActorFinder(g, mentions, lexicon, config.maxArgumentDepth(), previousSubjects, places);
    List<PatternMatcher.Match> matches = new ArrayList<>();
    Set<Integer> consumed = new HashSet<>();
    for (int t = 0; t < g.size(); t++) {
      PatternMatcher.Match m = matcher.match(g, actors, t);
      if (m == null) continue;
      matches.add(m);
      consumed.addAll(m.consumed());
    }
    FrameBuilder frames = new FrameBuilder(g, actors, lexicon, config.contextTargets(), places);
    StatusResolver statuses = new StatusResolver(g, actors, lexicon);
    OverGeneration guards = new OverGeneration(lexicon);
    Map<String, Event> events = new LinkedHashMap<>();
    Set<Integer> predicates = new HashSet<>();
    for (PatternMatcher.Match m : matches) predicates.add(m.predicate());
    Map<Integer, String> acts = new HashMap<>();
    for (PatternMatcher.Match m : matches) acts.putIfAbsent(m.predicate(), m.pattern().code());
    for (PatternMatcher.Match m : matches) {
      if (consumed.contains(m.predicate()) || defersToComplement(g, m, predicates)) continue;
      if (refusedByCodedVerb(g, m.predicate(), acts)) continue;
      if (DeniedCharges.allegedOnly(g, m.predicate(), acts)) continue;
      Frame f = hosting(g, withAttackersOfPlace(g, withAuthorityOfPlace(g, frames.build(m), mentions, actors), actors),
          actors);
      // the constructions that name the target in a way of their own, each a no-op on any other frame
      f = ClaimedAttacks.aimedAt(g, f, actors);
      f = DeniedCharges.byAccuser(g, f, actors);
      f = Detainees.held(g, f, actors);
      f = SentTeams.sentTo(g, f, actors);
      f = StruckPlaces.aimed(g, f, actors);
      f = TargetingClauses.aimed(g, f, actors);
      f = WithdrawalPlaces.aimed(g, f, actors, lexicon);
      f = AlertPlaces.aimed(g, f, actors);
      f = WithPartners.aimed(g, f, actors);
      f = SettledParties.aimed(g, f, actors);
      if (f.sources().isEmpty()) continue;
      Status status = statuses.statusOf(f);
      boolean decided = statuses.decided(f);
      boolean threatening = statuses.threatening(f);
      Timex tx = dates.timexFor(g, f.predicate(), f.anchor());
      if (guards.excludes(g, f.predicate(), tx != null)) continue;  // sport, undated history
      EventDate date = tx != null ? dates.dateOf(g, tx, f.anchor())
          : dates.byDefault(g, f.anchor(), status == Status.PLANNED || status == Status.HYPOTHETICAL);
      // a conflictual act announced for the future is a threat ("will extend the curfew"), unless it is scheduled
      // for a day of its own ("will recall its ambassador on Monday", "as of November 1 will suspend"): that is a
      // plan, whether or not the article's own date is known
      boolean scheduled = tx != null && "DATE".equals(tx.type()) && datesAct(g, f.predicate(), tx)
          && (dates.isFuture(date) || status == Status.PLANNED);
      if (!threatening && !scheduled) threatening = statuses.announcedAsThreat(f, status);
      if ((status == Status.ASSERTED || status == Status.CLAIMED) && dates.isFuture(date)) status = Status.PLANNED;
      for (Party src : f.sources()) {
        for (Party tgt : targetsFor(f, src)) {
          if (tgt != null && src.sameActor(tgt)) continue;
          if (!src.qualifies() && (tgt == null || !tgt.qualifies())) continue;
          Actor source = DomesticReading.situate(src.actor(), tgt == null ? null : tgt.actor(), f.location());
          Actor target = tgt == null ? null : DomesticReading.situate(tgt.actor(), src.actor(), f.location());
          Event e = event(g, f, source, target, date, status, threatening, decided, acts);
          events.putIfAbsent(key(e) + '|' + sameActKey(g, f.predicate(), e.root(), predicates), e);
        }
      }
    }
    dates.observe(g);
    return new Result(List.copyOf(events.values()), actors.subjectsInOrder());
  }

  /**
   * A frame whose pattern tests the subject and takes its source from a preposition ("peacekeepers arrived in Sierra
   * Leone": Sierra Leone receives them, CAMEO 0861) has the subject's actor as its target: the one received.
   */
  private static Frame hosting(ParseGraph g, Frame f, ActorFinder actors) {
    EventPattern pat = f.pattern();
    if (pat.subject() == null || pat.sourcePrep() == null || !f.targets().isEmpty()) return f;
    List<Party> guests = new ArrayList<>();
    for (int s : g.subjects(f.predicate())) {
      Party p = actors.first(s);
      if (p != null && f.sources().stream().noneMatch(p::sameActor)) guests.add(p);
    }
    return new Frame(f.match(), f.sources(), guests, f.location(), f.anchor());
  }

  /** Acts only a state's authorities do: investigate (09), bring charges (115), arrest (173), expel (174). */
  private static final Set<String> AUTHORITY_CODES = Set.of("115", "173", "174");
  /**
   * Verbs of acts only authorities do, whatever the code their pattern gives ("was arrested in Lebanon for spying" is
   * coded as the accusation of espionage, 1125, that the arrest makes).
   */
  private static final Set<String> AUTHORITY_VERBS = Set.of("arrest", "detain", "jail", "imprison", "deport", "expel",
      "indict", "charge", "prosecute", "investigate");

  /** Verbs of sending people out of a country. */
  private static final Set<String> EXPULSIONS = Set.of("deport", "expel");

  /**
   * A frame whose act is told in the passive without agent, in a country ("a US national has been put under
   * investigation in Italy", "the Canadian missionary was arrested in Lebanon"), takes that country as its source
   * when the act is one only a state's authorities do; any other frame is returned as it is. A named place the
   * dictionaries do not know ("was arrested in Tarcin") gives its authorities uncoded, by the place's name, as an
   * unknown actor is kept.
   */
  private static Frame withAuthorityOfPlace(ParseGraph g, Frame f, List<Mention> mentions, ActorFinder actors) {
    int p = f.predicate();
    String code = f.pattern().code();
    boolean authority = code.startsWith("09") || code.length() >= 3 && AUTHORITY_CODES.contains(code.substring(0, 3))
        || AUTHORITY_VERBS.contains(g.lemma(p));
    if (!f.sources().isEmpty() || !authority || !g.token(p).isVerb()) return f;
    if (!g.hasDep(p, "aux:pass") || g.hasDep(p, "obl:agent") || !g.prepArgs(p, "by").isEmpty()) return f;
    List<Integer> places = new ArrayList<>(g.prepArgs(p, "in"));
    // "were expelled from Moldova": the country one is expelled or deported from sends away
    if (EXPULSIONS.contains(g.lemma(p))) places.addAll(g.prepArgs(p, "from"));
    for (int place : places) {
      for (Mention m : mentions) {
        Actor a = m.actor();
        if (a == null || a.kind() != ActorKind.STATE || place < m.beginToken() || place >= m.endToken()) continue;
        return new Frame(f.match(), List.of(new Party(a, m.headToken(), m, false)), f.targets(), f.location(),
            f.anchor());
      }
      if (actors.isPlaceName(place) && g.token(place).isProperNoun()) {
        Party authorities = new Party(Actor.unknown(actors.phrase(place)), place, null, true);
        return new Frame(f.match(), List.of(authorities), f.targets(), f.location(), f.anchor());
      }
    }
    return f;
  }

  /** Prepositions by which a passive harm names the bomb or attack that did it, or where that struck. */
  private static final List<String> DEVICE_PREPS = List.of("in", "by", "at", "near");

  /**
   * A harm (CAMEO 18–20) told in the passive without an actor as agent but with the bomb or attack that did it ("was
   * killed in a car bomb explosion in Beirut", "were wounded by a roadside bomb near Kandahar") takes as source the
   * unidentified armed force of the country where the device struck, as CAMEO codes unknown attackers
   * ({@link ActorFinder#attackersIn}): the device's own place, else the verb's. So too in the active, with the device
   * as subject ("a suicide attack on a convoy killed eight people in Kabul"). Any other frame is returned as it is.
   */
  private static Frame withAttackersOfPlace(ParseGraph g, Frame f, ActorFinder actors) {
    int p = f.predicate();
    String code = f.pattern().code();
    boolean harm = CameoCode.isForce(code);
    if (!f.sources().isEmpty() || !harm || !g.token(p).isVerb()) return f;
    boolean passive = g.hasDep(p, "aux:pass");
    // active: the device is the subject ("a suicide attack on a convoy killed eight people in Kabul")
    List<Integer> devices = new ArrayList<>(g.deps(p, passive ? "obl:agent" : "nsubj"));
    if (passive) for (String w : DEVICE_PREPS) devices.addAll(g.prepArgs(p, w));
    for (int d : devices) {
      if (!actors.isDevice(d)) continue;
      List<Integer> places = new ArrayList<>();
      for (String w : DEVICE_PREPS) places.addAll(g.prepArgs(d, w));
      for (String w : DEVICE_PREPS) places.addAll(g.prepArgs(p, w));
      for (int w : places) {
        Mention at = w == d ? null : actors.inhabitedAt(w);
        if (at == null) continue;
        List<Party> targets = f.targets();
        int device = d;
        if (targets.stream().allMatch(t -> t.token() == w || t.token() == device || at.covers(t.token()))) {
          // the device ("killed in a suicide bombing", the pattern's own words) is no target: the ones it harmed are
          targets = new ArrayList<>();
          for (int subject : g.passiveSubjects(p)) {
            Party victim = actors.candidates(subject).stream().filter(Party::qualifies).findFirst().orElse(null);
            if (victim != null) targets.add(victim);
          }
        }
        return new Frame(f.match(), List.of(actors.attackersIn(at, w)), targets, f.location(), f.anchor());
      }
    }
    return f;
  }

  /**
   * Whether a commitment ("agreed to", "decided to", "pledged to") stands aside for its complement: when the
   * complement is an event of its own ("agreed to remove Russian banks from SWIFT"), that event, planned, is what
   * was agreed, and the commitment is no act of cooperation towards the complement's target; so too with a light verb
   * whose object is the event ("agreed to hold talks"). A pattern that names its complement class ("agreed to meet")
   * already makes the complement part of its event.
   */
  private boolean defersToComplement(ParseGraph g, PatternMatcher.Match m, Set<Integer> predicates) {
    int p = m.predicate();
    if (m.pattern().complement() != null || !lexicon.contains(Lexicon.PLAN, g.lemma(p))) return false;
    if (!g.deps(p, "obj").isEmpty()) return false;  // "moved tanks to the border to deter…": the move is the act
    for (int c : g.deps(p, "xcomp")) {
      if (predicates.contains(c)) return true;
      // "agreed to hold talks", "agreed to undertake joint exercises": the light verb's nominal act is the complement
      if (!lexicon.contains(Lexicon.LIGHT, g.lemma(c))) continue;
      for (int o : g.deps(c, "obj")) if (predicates.contains(o)) return true;
    }
    return false;
  }

  /**
   * Whether the act at {@code p} is the infinitive of a refusing verb that is coded as a rejection itself ("Ghana
   * refused to hand over the suspects"): that rejection, made specific by what it refuses (1213), is the one event;
   * the complement would only repeat it.
   */
  private static boolean refusedByCodedVerb(ParseGraph g, int p, Map<Integer, String> acts) {
    Dependency gov = g.governor(p);
    if (gov == null || !gov.relation().equals("xcomp")) return false;
    String code = acts.get(gov.governor());
    return code != null && code.startsWith("12") && RefusalCodes.isRefusal(g, p);
  }

  /** Word classes of lexicon.txt: money, and what makes aid humanitarian. */
  private static final String MONEY = "MONEY";
  private static final String HUMANITARIAN = "HUMANITARIAN";

  /**
   * Whether the aid a match gives or promises is money ("gave Kenya $5 million of aid", "pledged a loan"), economic aid
   * (CAMEO 071) unless called humanitarian ("$5 million in humanitarian aid", "emergency relief").
   */
  private boolean economic(ParseGraph g, PatternMatcher.Match m) {
    boolean money = false;
    for (int t : m.consumed()) {
      if (lexicon.contains(MONEY, g.lemma(t))) money = true;
      if (lexicon.contains(HUMANITARIAN, g.lemma(t))) return false;
      for (Dependency d : g.out(t)) {
        String r = d.baseRelation();
        if ((r.equals("amod") || r.equals("compound")) && lexicon.contains(HUMANITARIAN, g.lemma(d.dependent()))) {
          return false;
        }
      }
    }
    return money;
  }

  /**
   * The targets to pair with a source: the frame's, else the other coordinated subjects of a mutual act, else none
   * (null): an event whose target the sentence does not name is still an event ("Sudan lifted the curfew").
   */
  private static List<Party> targetsFor(Frame f, Party src) {
    if (!f.targets().isEmpty()) return f.targets();
    if (f.pattern().has(EventPattern.Flag.MUTUAL) && f.sources().size() > 1) {
      return f.sources().stream().filter(o -> !o.sameActor(src)).toList();
    }
    List<Party> none = new ArrayList<>();
    none.add(null);
    return none;
  }

  private Event event(ParseGraph g, Frame f, Actor source, Actor target, EventDate date, Status status,
                     boolean threatening, boolean decided, Map<Integer, String> acts) {
    String code = f.pattern().code();
    if (code.equals("150") && joint(g, f)) code = "062";
    if (ContentCodes.refinable(code)) code = ContentCodes.refine(code, contentOf(g, f.predicate(), acts, 2), ontology);
    if (SAYING.contains(code)) {
      // "told Tokyo that Japan needs to enact reforms", "issued a reminder to Iraq that it must cooperate": a
      // statement that another should act is an appeal, that it must, a demand, made specific by the act
      int obliged = StatementCoder.obligedClause(g, f.predicate());
      if (obliged >= 0) {
        code = ContentCodes.refine(StatementCoder.obligationCode(g, obliged), obligedAct(g, obliged, acts), ontology);
      }
    }
    if ((code.equals("070") || code.equals("033")) && economic(g, f.match())) code = code.equals("070") ? "071" : "0331";
    String refusal = status == Status.NEGATED && RefusalCodes.isRefusal(g, f.predicate())
        ? RefusalCodes.refusalOf(code) : null;
    if (refusal != null) {  // "will not lift the ban": the refusal happened
      code = refusal;
      status = Status.ASSERTED;
    }
    String threat = (status == Status.PLANNED || status == Status.HYPOTHETICAL) && threatening
        ? ThreatCodes.threatOf(code) : null;
    if (threat != null) {  // "will withdraw unless …", "is prepared to impose martial law": the threat happened
      code = threat;
      status = Status.ASSERTED;
    } else if (status == Status.HYPOTHETICAL && threatening) {
      // "would meet the mediator if …", "would be ready to host a meeting": a cooperative act offered on a condition
      // or stood ready for is an expression of intent, as a conflictual one is a threat
      code = IntentCodes.intentOf(code);
    }
    CameoCode c = ontology.get(status == Status.PLANNED && !decided ? IntentCodes.intentOf(code) : code);
    Sentence s = g.sentence();
    int p = f.predicate();
    String id = EventIds.of(docId, s.index(), p, c.code(), source, target);
    return new Event(id, null, docId, date, status, source, target, c.code(), c.root(), c.plover(), c.goldstein(),
        c.quadClass(), f.location(), new Evidence(s.text(), s.begin(), s.end()), trigger(g, p), List.of());
  }

  /** Nouns of military exercise: held by the forces of several parties together, they are military cooperation. */
  private static final Set<String> EXERCISES = Set.of("exercise", "drill", "game", "manoeuvre", "maneuver");

  /**
   * Whether a military exercise (150) is held by the forces of more than one party together ("French and Egyptian
   * warships launched war games"): CAMEO codes joint exercises as military cooperation (062).
   */
  private static boolean joint(ParseGraph g, Frame f) {
    if (!EXERCISES.contains(g.lemma(f.predicate()))) return false;
    Set<String> parties = new HashSet<>();
    for (Party p : f.sources()) if (p.party() != null) parties.add(p.party());
    return parties.size() > 1;
  }

  /** Statement codes a clause of obligation makes a demand: say, tell, inform; express worry or hope. */
  private static final Set<String> SAYING = Set.of("010", "012", "013");

  /**
   * The code of the act a clause of obligation names: the first coded predicate among the clause's verb and its
   * infinitives ("must cooperate", "needs to enact"), else the kind of act their words name ("needs to enact
   * reforms"); null when none.
   */
  private String obligedAct(ParseGraph g, int clause, Map<Integer, String> acts) {
    List<Integer> verbs = new ArrayList<>();
    verbs.add(clause);
    verbs.addAll(g.deps(clause, "xcomp"));
    for (int v : verbs) {
      String code = acts.get(v);
      if (code != null) return code;
    }
    List<Integer> words = new ArrayList<>(verbs);
    for (int v : verbs) words.addAll(g.deps(v, "obj"));
    return ContentCodes.byWords(g, words, lexicon);
  }

  /**
   * The code of the act an appeal, demand, rejection or threat at {@code p} is about: the first coded predicate among
   * its clausal complements ("urged Kenya to release") and the acts they carry on to ("to let them resume and
   * compensate them"), the complements and "for" arguments of its object ("rejected a request to meet", "rejected
   * calls for aid"), its own "for" argument ("asked Chad for aid"), its object ("demanded the release") and its
   * common-noun "to" argument with that argument's complements ("conceded to demands to overhaul the judiciary"); for
   * a noun that is a light verb's object, that verb's complements too ("reached a consensus to exchange data"). A
   * request found there is looked through to its own content. Null when none.
   */
  private String contentOf(ParseGraph g, int p, Map<Integer, String> acts, int depth) {
    if (depth == 0) return null;
    List<Integer> candidates = new ArrayList<>();
    for (int c : clauses(g, p)) withinClause(g, c, candidates);
    Dependency gov = g.governor(p);
    if (!g.token(p).isVerb() && gov != null && gov.relation().equals("obj")
        && lexicon.contains(Lexicon.LIGHT, g.lemma(gov.governor()))) {
      // "reached a consensus to exchange information": the light verb's complement is what the noun is about
      for (int c : clauses(g, gov.governor())) withinClause(g, c, candidates);
    }
    for (int o : g.deps(p, "obj")) {
      candidates.addAll(clauses(g, o));
      candidates.addAll(g.prepArgs(o, "for"));
    }
    candidates.addAll(g.prepArgs(p, "for"));
    candidates.addAll(g.deps(p, "obj"));
    candidates.addAll(g.deps(p, "nsubj:pass"));
    // "conceded to demands to overhaul the judiciary", "requested to lease a training ground" (read as a noun)
    for (int t : g.prepArgs(p, "to")) {
      if (g.token(t).isProperNoun()) continue;
      candidates.add(t);
      candidates.addAll(clauses(g, t));
    }
    for (int c : candidates) {
      String code = acts.get(c);
      if (code == null || c == p) continue;
      if (code.startsWith("02") || code.startsWith("10")) {
        String inner = contentOf(g, c, acts, depth - 1);
        if (inner != null) return inner;
        continue;
      }
      return code;
    }
    return ContentCodes.byWords(g, candidates, lexicon);
  }

  /**
   * A clause of what is asked for and the acts it carries on to: its conjoined verbs and the complements of a verb
   * that only lets or helps ("appealed to Sudan to let them resume publishing and compensate them": let, resume,
   * compensate), in that order.
   */
  private static void withinClause(ParseGraph g, int c, List<Integer> out) {
    out.add(c);
    List<Integer> next = new ArrayList<>();
    for (Dependency d : g.out(c)) {
      String r = d.baseRelation();
      if (r.equals("conj") && g.token(d.dependent()).isVerb() || r.equals("xcomp") || r.equals("ccomp")) {
        next.add(d.dependent());
      }
    }
    for (int n : next) {
      out.add(n);
      for (Dependency d : g.out(n)) {
        if (d.baseRelation().equals("conj") && g.token(d.dependent()).isVerb()) out.add(d.dependent());
      }
    }
  }

  private static List<Integer> clauses(ParseGraph g, int i) {
    List<Integer> r = new ArrayList<>();
    for (Dependency d : g.out(i)) {
      String rel = d.relation();
      if (rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("acl") || rel.equals("advcl:to")) {
        r.add(d.dependent());
      }
    }
    return r;
  }

  /** The predicate word with its particle ("broke off"). */
  private static String trigger(ParseGraph g, int p) {
    StringBuilder sb = new StringBuilder(g.token(p).word());
    for (int prt : g.deps(p, "compound:prt")) sb.append(' ').append(g.token(prt).word());
    return sb.toString();
  }

  /**
   * What tells two acts apart beyond their coding: the predicate's lemma, shared by conjoined nouns ("seizure and
   * annexation of Crimea" is one act), not by conjoined verbs ("closing its mission and ordering staff to leave" are
   * two); a purpose of giving coded alike is its governing act ("will give a grant to finance schools" is one
   * promise of aid).
   */
  private static String sameActKey(ParseGraph g, int p, String root, Set<Integer> predicates) {
    Dependency gov = g.governor(p);
    boolean giving = root.equals("03") || root.equals("06") || root.equals("07");
    if (giving && gov != null && gov.relation().equals("advcl:to") && predicates.contains(gov.governor())) {
      p = gov.governor();
    }
    int head = g.nounConjHead(p);
    return g.lemma(head >= 0 ? head : p);
  }

  private static String key(Event e) {
    return e.cameo() + '|' + actorKey(e.source()) + '|' + actorKey(e.target()) + '|' + e.date() + '|' + e.status();
  }

  private static String actorKey(Actor a) {
    return a == null ? "-" : a.isCoded() ? a.code() : "?" + a.name();
  }

  /** Whether a time expression is the act's own: one of its tokens depends on the act's verb or noun directly. */
  private static boolean datesAct(ParseGraph g, int predicate, Timex tx) {
    for (Dependency d : g.out(predicate)) if (tx.covers(d.dependent())) return true;
    return false;
  }
}
