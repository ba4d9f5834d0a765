package org.riposte.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Dependency;
import org.riposte.api.Location;
import org.riposte.api.Mention;

/**
 * Finds a predicate's source ({@link SourceFinder}), target and location in the dependency graph.
 *
 * <p>Targets are searched in order: the pattern's preposition, the object (the subject of a passive, a noun's "of"
 * argument), the usual target prepositions (against, on, with, to, from, …), the clausal complement's arguments (for
 * {@code about} patterns and those testing the complement; else the objects and prepositional arguments of an
 * infinitive complement: "offered to negotiate with Armenia"; for other verbs without object, the noun the parser
 * made the subject of a complement: "rejected Lima's demand to close…"), the subject of a threat's condition
 * ("unless Lisbon withdrew"), the objects and recipients of the act a purpose clause serves ("summoned the envoy to
 * complain"), and for {@code about} verbs the context. An actor of another party than the source wins over one of
 * the same party, which is kept only for domestic events; the source itself never is a target. An act that still
 * has no target, other than a statement, acts on the country it happens in ("eased restrictions in Montenegro").
 * The location is a place the predicate is in, at or goes to. Not thread safe: one instance serves one sentence.
 */
final class FrameBuilder {

  private static final List<String> TARGET_PREPS =
      List.of("against", "on", "with", "to", "toward", "towards", "into", "from", "near", "upon", "between", "for");
  private static final List<String> LOCATION_PREPS = List.of("in", "at", "to", "around");
  /** Prepositions by which a clause on the act's object says where it happens ("lines leading into Kabul"). */
  private static final List<String> PARTICIPLE_PLACE_PREPS = List.of("in", "at", "into");

  private final ParseGraph g;
  private final ActorFinder actors;
  private final SourceFinder sourceFinder;
  private final Lexicon lexicon;
  private final boolean contextTargets;
  private final PlaceCountries places;
  /** What the act being framed gives, and the words on it, which name no recipient ({@link #given}). */
  private Set<Integer> given = Set.of();

  FrameBuilder(ParseGraph g, ActorFinder actors, Lexicon lexicon, boolean contextTargets, PlaceCountries places) {
    this.g = g;
    this.places = places;
    this.actors = actors;
    this.sourceFinder = new SourceFinder(g, actors, lexicon);
    this.lexicon = lexicon;
    this.contextTargets = contextTargets;
  }

  /** The frame of a matched predicate; its lists may be empty when the sentence does not say. */
  Frame build(PatternMatcher.Match m) {
    int p = m.predicate();
    EventPattern pat = m.pattern();
    boolean verb = g.token(p).isVerb();
    int anchor = verb ? p : sourceFinder.lightVerb(p);
    List<Party> sources = sourceFinder.resolve(sourceFinder.sourceArgs(p, pat));
    if (sources.isEmpty() && verb) {  // "UN sanctions against Iran were lifted": the UN lifted them
      sources = sourceFinder.resolve(MeasurePlaces.ownersOfPassiveMeasure(g, actors, p, pat.code()));
    }
    List<List<Integer>> positions = new ArrayList<>();
    for (List<Integer> at : targetPositions(m, verb, anchor)) {
      positions.add(at.stream().filter(a -> !isContentShell(a, m)).toList());
    }
    if (verb && "as".equals(pat.word()) && g.hasDep(p, "obj")) {
      // "held villagers as human shields": the role the object is put in describes the object, its target
      positions.set(0, positions.get(0).stream().filter(a -> !m.consumed().contains(a)).toList());
    }
    given = AidTargets.isGiving(pat) ? given(m, verb) : Set.of();
    boolean own = pat.has(EventPattern.Flag.OWN);
    if (sources.isEmpty() && own) sources = sourceFinder.resolve(themeArgs(p, verb));
    boolean domestic = !own && (!pat.has(EventPattern.Flag.NOTARGET) || isProtest(pat));
    List<Integer> ownTheme = own ? themeArgs(p, verb) : List.of();
    List<Party> targets = chooseTargets(positions, (pat.word() != null ? 2 : 1) + (verb ? 1 : 0), sources, ownTheme, domestic,
        lexicon.contains(Lexicon.REPORT, g.lemma(p)));
    if (targets.isEmpty() && pat.has(EventPattern.Flag.ABOUT) && verb && contextTargets) {
      targets = contextTarget(p, sources);
    }
    if (targets.isEmpty() && pat.has(EventPattern.Flag.MUTUAL) && sources.isEmpty() && !verb) {
      sources = sourceFinder.resolve(g.prepArgs(p, "between"));
    }
    int place = locationArg(p, m, targets);
    Location location = place < 0 ? null : locationOf(place);
    if (targets.isEmpty() && (pat.code().startsWith("12") || pat.code().startsWith("08"))) {
      targets = pressing(m, sources);
    }
    if (targets.isEmpty() && !pat.code().startsWith("01")) {
      targets = placeTarget(m, sources);
    }
    if (targets.isEmpty() && AidTargets.isGiving(pat)) targets = purposeRecipients(m, anchor, sources);
    if (targets.isEmpty() && domestic) targets = uncodedTarget(m, verb, sources);
    if (AidTargets.isGiving(pat)) targets = recipientsCountry(m, targets, sources);
    if (targets.isEmpty() && pat.code().startsWith("15")) targets = namedPlace(m, sources);
    if (isProtest(pat) && targets.stream().allMatch(this::isMatter)
        && (!targets.isEmpty() || statesGrievance(m, anchor))) {
      List<Party> government = ownGovernment(p, sources);
      if (!government.isEmpty()) targets = government;
    }
    if (targets.isEmpty() && MeasurePlaces.CODES.contains(pat.code())) {  // "a curfew in parts of Kashmir"
      Party covered = new MeasurePlaces(g, actors).covered(placeArgs(p, m), sources);
      if (covered != null) targets = List.of(covered);
    }
    if (targets.isEmpty() && EMERGENCY_RULE.contains(pat.code())) targets = ownPeople(p, sources);
    if (targets.isEmpty() && EMERGENCY_RULE.contains(pat.code())) targets = namedPlace(m, sources);
    if (verb && HARMS.matcher(pat.code()).matches() && targets.stream().allMatch(this::isUncodedNoun)) {
      List<Party> hit = victimsOfGoverningAct(p, sources);
      if (!hit.isEmpty()) targets = hit;
    }
    boolean threat = pat.code().startsWith("13");
    if (HARMS.matcher(pat.code()).matches() || threat) {
      boolean where = threat || pat.code().startsWith("16");
      List<Party> from = sources;
      MeasurePlaces measure = MeasurePlaces.CODES.contains(pat.code()) ? new MeasurePlaces(g, actors) : null;
      targets = targets.stream().map(t -> {
        Party coded = measure == null ? null : measure.asCoded(t);
        return coded != null ? coded : where && !placeWhere(t) ? t : townsfolk(t, from);
      }).map(this::situatedRole).toList();
    }
    if (targets.isEmpty() && !pat.has(EventPattern.Flag.MUTUAL)) targets = ownCountry(p, pat, sources, location);
    return new Frame(m, sources, targets, location, anchor);
  }

  /**
   * An act without a named target acts on the country where it happens, as CAMEO codes it ("Sudan's government
   * lifted the state of emergency in Darfur": {@code SDN}; "the rebels declared a ceasefire in Somalia": {@code SOM};
   * "eased the measures in Montenegro province": {@code MNE}): the first in/at/to argument of the predicate that is,
   * or has as a compound or "of"/"in" modifier, a country, a seat of government or a place name of known country.
   * The target is that country, named after the words, or, where the actor stage read the place as its people
   * ("Idlib" {@code SYRCVL}; not a capital, read as its government when it acts), that actor unless a source is the
   * same; none when the country is the source's own code ("Turkey
   * imposed a curfew in Turkey" keeps no target), unless a town of it suffers the act ("Turkey imposed a curfew in
   * Cizre": its people, see {@link #townsfolk}).
   */
  private List<Party> placeTarget(PatternMatcher.Match m, List<Party> sources) {
    return placeTarget(placeArgs(m.predicate(), m), m, sources);
  }

  /** {@link #placeTarget(PatternMatcher.Match, List)} over the given place arguments. */
  private List<Party> placeTarget(List<Integer> placeArgs, PatternMatcher.Match m, List<Party> sources) {
    for (int a : placeArgs) {
      List<Integer> words = new ArrayList<>(List.of(a));
      for (Dependency d : g.out(a)) {
        String r = d.relation();
        if (r.equals("compound") || r.equals("nmod:of") || r.equals("nmod:in") || r.equals("amod")
            || r.equals("nmod:poss")) {
          words.add(d.dependent());
        }
      }
      for (int w : words) {
        String country = actors.placeCountry(w);
        if (country == null) continue;
        Mention at = actors.mentionAt(w);
        boolean town = at == null || at.place();
        if (sources.stream().anyMatch(s -> country.equals(s.actor().code()))
            && !(town && HARMS.matcher(m.pattern().code()).matches())) {
          return List.of();
        }
        String name = at != null ? at.text() : actors.phrase(w);
        Actor read = at == null ? null : at.actor();
        if (read != null && country.equals(read.country()) && "CVL".equals(read.role())
            && sources.stream().noneMatch(s -> read.code().equals(s.actor().code()))) {
          return List.of(new Party(read, w, null, true));  // a town the actor stage read as its people
        }
        return List.of(new Party(new Actor(country, name, country, null, ActorKind.STATE), w, null, true));
      }
    }
    return List.of();
  }

  /** Where aid goes when the act names no recipient: whom or where its purpose serves ({@link AidTargets}). */
  private List<Party> purposeRecipients(PatternMatcher.Match m, int anchor, List<Party> sources) {
    AidTargets aid = new AidTargets(g);
    List<Party> getters = chooseTargets(List.of(aid.getters(m.predicate())), 0, sources, List.of(), false, false);
    if (!getters.isEmpty()) return getters;
    List<Integer> purposes = aid.purposes(m.predicate(), m.consumed(), anchor);
    List<Party> helped = chooseTargets(List.of(aid.helped(purposes)), 0, sources, List.of(), false, false);
    if (!helped.isEmpty()) return helped;
    List<Integer> places = aid.places(purposes);
    List<Party> placed = placeTarget(places, m, sources);
    if (!placed.isEmpty()) return placed;
    // a region of no single country ("in West Africa"): its actor
    return chooseTargets(List.of(places), 0, sources, List.of(), false, false).stream()
        .filter(t -> t.party() != null).toList();
  }

  /**
   * What an act of giving gives, no recipient, with the words on it that say whose it is ("US aid", "Japanese
   * supplies": the giver's): when the pattern names the class of the thing given, the nouns it consumed and a verb's
   * direct objects that name no actor themselves ("made available ambulances, experts and medicine", "the release of
   * $5 million in US aid"; not "accepted Syrian refugees"); else the objects that are bare roles ("provided three
   * experts", "sent doctors"), people sent. Not the party a pattern takes as its object ("provided Chad with aid").
   */
  private Set<Integer> given(PatternMatcher.Match m, boolean verb) {
    int p = m.predicate();
    EventPattern pat = m.pattern();
    Set<Integer> things = new LinkedHashSet<>();
    boolean thing = pat.object() != null && !pat.object().spec().equals(PatternMatcher.ACTOR)
        && (pat.word() == null || g.prepArgs(p, pat.word()).isEmpty());  // not "provided Chad with aid"
    if (thing) {
      things.addAll(m.consumed());
      if (verb) things.addAll(g.deps(p, "obj"));
      if (verb) things.addAll(g.passiveSubjects(p));
      things.removeIf(t -> actors.mentionAt(t) != null);
    }
    for (int o : verb ? g.deps(p, "obj") : g.prepArgs(p, "of")) {
      if (!AidTargets.SENDS.contains(g.lemma(p))) break;
      Party own = actors.first(o);
      if (own != null && own.token() == o && own.isGeneric()) things.add(o);
    }
    things.remove(p);
    Set<Integer> out = new LinkedHashSet<>(things);
    for (int t : things) {
      for (Dependency d : g.out(t)) {
        String r = d.relation();
        if (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")) out.add(d.dependent());
      }
    }
    return out;
  }

  /** Uncoded people an act of giving reaches in a place of known country are that country ({@link AidTargets}). */
  private List<Party> recipientsCountry(PatternMatcher.Match m, List<Party> targets, List<Party> sources) {
    if (targets.size() != 1 || targets.get(0).actor().isCoded()) return targets;
    List<Party> placed = placeTarget(new AidTargets(g).placesOf(targets.get(0).token()), m, sources);
    return placed.isEmpty() ? targets : placed;
  }

  /**
   * Codes of acts that befall the people of a place they are aimed at: cuts and sanctions (16: only where they
   * happen, "suspended aid deliveries in Baghdad", not a capital named as a partner, "cut ties with Washington"),
   * coercion (17: a curfew, a blockade), assaults and fighting (18–20), but not the seizure of a territory (192),
   * which is taken from its country; threats (13) only where they would happen ("threatened a curfew in Algiers"). Not protests, which a town's people hold against their government, nor shows of
   * force, which are aimed at an adversary.
   */
  private static final java.util.regex.Pattern HARMS = java.util.regex.Pattern.compile("1[6-8].*|19[013-9].*|20.*");

  /** Prepositions of the place where something happens. */
  private static final Set<String> WHERE_PREPS = Set.of("in", "at", "near", "inside", "within", "across", "around");

  /**
   * Whether a target is the place where the act happens: an in/at/near… argument of the verb or of the thing done
   * ("suspended aid deliveries in Baghdad", "threatened a curfew in Algiers"); not a partner named by the act ("cut
   * ties with Washington") nor the seat of an office ("closed its embassy in Baku": a partner's capital).
   */
  private boolean placeWhere(Party t) {
    if (t.named() && t.mention() == null) return true;
    Dependency gov = g.governor(t.token());
    if (gov == null || !WHERE_PREPS.contains(gov.subtype())) return false;
    return gov.baseRelation().equals("obl")
        || gov.baseRelation().equals("nmod") && !OFFICES.contains(g.lemma(gov.governor()));
  }

  /** Prepositions of the place where an act on its object happens ("attack fighters across the border in Syria"). */
  private static final List<String> SCENE_PREPS = List.of("in", "at", "across", "inside", "within");

  /**
   * A bare role of no country ("fighters", "troops") that an act of harm or a threat hits where the verb says it
   * happens is that place's country's role ("threatened to attack Kurdish fighters across the border in Syria"
   * {@code SYRREB}, "shelled militants in Bolivia" {@code BOLREB}), not the attacker's country, which is what the
   * role would take otherwise; a role whose verb names no place of known country stays as it is.
   */
  private Party situatedRole(Party t) {
    Actor a = t.actor();
    if (!a.isGeneric() || a.role() == null) return t;
    Dependency gov = g.governor(t.token());
    if (gov == null || !gov.baseRelation().equals("obj") || !g.token(gov.governor()).isVerb()) return t;
    for (String w : SCENE_PREPS) {
      for (int place : g.placeArgs(gov.governor(), w)) {
        String country = actors.whereCountry(place);  // also "across the border in Syria"
        if (country == null) continue;
        return new Party(new Actor(country + a.role(), a.name(), country, a.role(), a.kind()), t.token(), t.mention(),
            t.named());
      }
    }
    return t;
  }

  /** Nouns of a state's or body's seat abroad, whose place names a partner, not where an act happens. */
  private static final Set<String> OFFICES =
      Set.of("embassy", "consulate", "office", "mission", "headquarters", "bureau", "representation", "legation");

  /**
   * A town or region an act of harm is aimed at ("shelled the capital Juba", "imposed a curfew in Abidjan",
   * "blockaded Paris") stands, as CAMEO codes it, for the civilians who live there: its country with the civilian
   * role ({@code SDNCVL}), not its government, which a capital names as an actor. A country named as such ("a curfew
   * in Sudan", {@code SDN}), any other actor, and a town whose people would be the source itself are left as they are.
   */
  private Party townsfolk(Party t, List<Party> sources) {
    String country = t.actor().country();
    if (country == null || !country.matches("[A-Z]{3}")) return t;
    Mention at = actors.mentionAt(t.token());
    boolean town = at != null ? at.place() && (t.mention() == null || t.mention() == at)
        : t.named() && country.equals(t.actor().code());
    if (!town || sources.stream().anyMatch(src -> (country + "CVL").equals(src.actor().code()))) return t;
    String name = at != null ? at.text() : t.actor().name();
    return new Party(new Actor(country + "CVL", name, country, "CVL", ActorKind.GROUP), t.token(), t.mention(), true);
  }

  // ---- targets ----

  /** Prepositions of what an attitude is about ("pessimistic about the talks", "concern over the plan"). */
  private static final List<String> TOPIC_PREPS = List.of("about", "over", "regarding", "concerning");
  /** Further topic prepositions of the noun an attitude verb consumed ("expressed hope for …", "optimism at …"). */
  private static final List<String> NOUN_TOPIC_PREPS = List.of("about", "over", "regarding", "concerning", "for", "at");
  /** Prepositions whose argument is, failing any actor, the party an act is aimed at or done with. */
  private static final List<String> PARTICIPANT_PREPS =
      List.of("against", "on", "with", "to", "toward", "towards", "into", "upon");

  /**
   * What an attitude or statement is about: the about/over/regarding/concerning arguments of the predicate (also a
   * party's future, which the time tagger reads as a time: {@link #ownedTimes}; and "of" for a copular adjective:
   * "skeptical of the offer"), and those, with "for" and "at", of the nouns the pattern consumed ("expressed concern
   * over Peru's plan", "expressed hope for better ties with Laos").
   */
  private List<Integer> topicArgs(int p, PatternMatcher.Match m) {
    List<Integer> out = new ArrayList<>();
    for (String w : TOPIC_PREPS) {
      out.addAll(g.prepArgs(p, w));
      out.addAll(ownedTimes(p, w));
    }
    if (sourceFinder.isAdjectivePredicate(p) || "adj".equals(m.pattern().pos())) out.addAll(g.prepArgs(p, "of"));
    for (int c : m.consumed()) {
      if (c == p || !g.token(c).isNoun()) continue;
      for (String w : NOUN_TOPIC_PREPS) out.addAll(g.prepArgs(c, w));
    }
    return out;
  }

  /**
   * What an attitude is about when a clause says it: the subject, else the object, of an about/over… clause of the
   * predicate or of the noun it consumed ("skeptical about the ministry being able to pay", "expressed pessimism about
   * bringing the Chilean dispute to an end"); for a statement or attitude (CAMEO 01), also the subject of its
   * that-clause ("skeptical the reform would pass", "expressed optimism that Peru's plan could be sped up").
   */
  private List<Integer> topicClauseArgs(int p, PatternMatcher.Match m) {
    List<Integer> heads = new ArrayList<>();
    heads.add(p);
    for (int c : m.consumed()) if (c != p && g.token(c).isNoun()) heads.add(c);
    List<Integer> out = new ArrayList<>();
    for (int h : heads) {
      for (Dependency d : g.out(h)) {
        String r = d.baseRelation();
        int c = d.dependent();
        if (!(r.equals("advcl") || r.equals("acl")) || !TOPIC_PREPS.contains(d.subtype())) continue;
        List<Integer> who = new ArrayList<>(g.subjects(c));
        who.addAll(g.passiveSubjects(c));
        if (who.isEmpty()) who.addAll(g.deps(c, "obj"));
        out.addAll(who);
      }
    }
    if (!m.pattern().code().startsWith("01")) return out;
    for (int h : heads) {
      for (Dependency d : g.out(h)) {
        int c = d.dependent();
        boolean clause = d.relation().equals("ccomp") || h != p && d.baseRelation().equals("acl");
        if (!clause || g.deps(c, "mark").stream().anyMatch(mk -> !g.lemma(mk).equals("that"))) continue;
        out.addAll(g.subjects(c));
        out.addAll(g.passiveSubjects(c));
      }
    }
    return out;
  }

  /**
   * Who made the thing a disapproval or rejection (CAMEO 11, 12) is aimed at: the "by" agent of its object ("condemned
   * the threats by the junta"), of a participle on the object ("rejected an appeal lodged by the union", "condemned
   * the attacks carried out by the rebels"), or, for an active verb with an object, a "by" argument the parser hung on
   * the verb ("spurned offers of talks by the Lima government").
   */
  private List<Integer> authorArgs(int p, PatternMatcher.Match m, boolean verb) {
    Set<Integer> things = new LinkedHashSet<>();
    for (int c : m.consumed()) if (c != p && g.token(c).isNoun()) things.add(c);
    List<Integer> out = new ArrayList<>();
    if (verb) {
      if (g.isPassive(p)) return out;
      List<Integer> objects = g.deps(p, "obj");
      things.addAll(objects);
      if (!objects.isEmpty()) out.addAll(g.prepArgs(p, "by"));
    } else {
      things.addAll(g.prepArgs(p, "of"));
    }
    for (int n : things) {
      out.addAll(g.prepArgs(n, "by"));
      out.addAll(g.deps(n, "nmod:agent"));
      for (Dependency d : g.out(n)) {
        int v = d.dependent();
        if (!d.relation().equals("acl") || !g.token(v).pos().equals("VBN")) continue;
        out.addAll(g.prepArgs(v, "by"));
        out.addAll(g.deps(v, "obl:agent"));
      }
    }
    return out;
  }

  /**
   * The prepositional arguments of {@code p} that the time tagger read as times but that an actor owns ("concern over
   * Peru's future", "hopes for the company's future"): the future of a party is a matter about it, no date.
   */
  private List<Integer> ownedTimes(int p, String prep) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : g.out(p)) {
      int t = d.dependent();
      if (!d.baseRelation().matches("obl|nmod") || !prep.equals(d.subtype()) || g.sentence().timexAt(t) == null) {
        continue;
      }
      if (g.deps(t, "nmod:poss").stream().anyMatch(o -> actors.mentionAt(o) != null)) out.add(t);
    }
    return out;
  }

  /**
   * The subjects of a that-clause a nominal demand, proposal or warning states ("its demand that Quito withdraw",
   * "insisted on demands that the Lima government resign"): whom it is addressed to.
   */
  private List<Integer> nounClauseSubjects(int noun) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : g.out(noun)) {
      String r = d.relation();
      if (!(r.startsWith("acl") || r.equals("ccomp"))) continue;
      int c = d.dependent();
      if (g.deps(c, "mark").stream().noneMatch(mk -> g.lemma(mk).equals("that"))) continue;
      out.addAll(g.subjects(c));
    }
    return out;
  }

  /** Prepositions by which the noun of an act names whom it is aimed at ("aid to Chile", "sanctions against Peru"). */
  private static final List<String> AIMED_PREPS = List.of("against", "to", "toward", "towards", "on", "upon", "with");

  /**
   * The against/to/on/with… arguments of the nouns of the act: the predicate's consumed nouns and objects, and for a
   * verb the nouns of its other prepositional arguments ("suspended aid to the rebels", "lift sanctions against the
   * North", "provide ammunition alongside assistance to Chile"); then those of a participle on such a noun ("lifted
   * sanctions imposed on China", "eased restrictions placed on Gaza").
   */
  private List<Integer> objectPrepArgs(int p, PatternMatcher.Match m, boolean verb) {
    return objectPrepArgs(p, m.consumed(), verb);
  }

  /** {@link #objectPrepArgs(int, PatternMatcher.Match, boolean)} with the nouns the pattern consumed. */
  private List<Integer> objectPrepArgs(int p, List<Integer> consumed, boolean verb) {
    Set<Integer> nouns = new LinkedHashSet<>(consumed);
    if (verb) {
      nouns.addAll(g.deps(p, "obj"));
      for (Dependency d : g.out(p)) if (d.baseRelation().equals("obl")) nouns.add(d.dependent());
    }
    List<Integer> out = new ArrayList<>();
    for (int n : nouns) {
      if (n == p || !g.token(n).isNoun()) continue;
      for (String w : AIMED_PREPS) out.addAll(g.prepArgs(n, w));
    }
    for (int n : nouns) {  // the participle that says on whom the thing was laid: "lifted sanctions imposed on China"
      if (n == p || !g.token(n).isNoun()) continue;
      for (Dependency d : g.out(n)) {
        int v = d.dependent();
        if (!d.relation().equals("acl") || !g.token(v).pos().equals("VBN")) continue;
        for (String w : AIMED_PREPS) out.addAll(g.prepArgs(v, w));
      }
    }
    return out;
  }

  /**
   * The subjects of that-clauses of the predicate's objects, prepositional nouns and consumed nouns ("expressed
   * surprise that the Lima daily published…", "rejected the announcement that Quito had won", "insisted on its demand
   * that Lima resign"): whom the attitude is about.
   */
  private List<Integer> objectClauseSubjects(int p, PatternMatcher.Match m, boolean verb) {
    List<Integer> out = new ArrayList<>();
    Set<Integer> nouns = new LinkedHashSet<>(m.consumed());
    if (verb) {
      nouns.addAll(g.deps(p, "obj"));
      for (Dependency d : g.out(p)) if (d.baseRelation().equals("obl")) nouns.add(d.dependent());
    }
    for (int n : nouns) if (n != p && g.token(n).isNoun()) out.addAll(nounClauseSubjects(n));
    return out;
  }

  /**
   * Whom an act done for a purpose is addressed to, when the act that serves it names them: for the purpose of a
   * telephone call ("called the Chilean minister to discuss the border"), and for a consultation the purpose of a
   * reception or visit ("received the Peruvian envoy to discuss trade ties with Bolivia"), the objects of that act;
   * for aid without an object of its own, the recipients of the giving it is the purpose of ("gave rifles to the
   * Chilean navy to help in operations against smugglers"). Empty otherwise (a call "on" someone the parser misread
   * is mended in {@link ParseRepairs}).
   */
  private List<Integer> callees(int p, EventPattern pat) {
    Dependency gov = g.governor(p);
    if (gov == null || g.isFinite(p)) return List.of();
    String r = gov.baseRelation();
    int h = gov.governor();
    if (!(r.equals("xcomp") || r.equals("advcl"))) return List.of();
    String head = g.lemma(h);
    if (SourceFinder.CALLS.contains(head) || pat.code().startsWith("04") && RECEPTIONS.contains(head)) {
      return g.deps(h, "obj");
    }
    if (pat.code().startsWith("07") && GIVINGS.contains(head) && !g.hasDep(p, "obj") && !g.hasDep(p, "iobj")) {
      List<Integer> out = new ArrayList<>(g.deps(h, "iobj"));
      out.addAll(g.prepArgs(h, "to"));
      return out;
    }
    return List.of();
  }

  /** Verbs of receiving or visiting someone, whose object a consultation for their purpose is held with. */
  private static final Set<String> RECEPTIONS = Set.of("receive", "host", "welcome", "invite", "summon", "visit");

  /** Verbs of giving, whose recipient the aid for their purpose goes to. */
  private static final Set<String> GIVINGS =
      Set.of("give", "provide", "send", "donate", "deliver", "supply", "hand", "offer", "ship", "grant");

  /**
   * When no argument names an actor, the first participant the act is aimed at, uncoded, named by its words: the
   * pattern's preposition, the callee, the object (not one the pattern consumed as the act's content, such as
   * "sanctions" in "lifted sanctions", unless it names people), the topic, or an against/on/with/to… argument
   * ("deported a convicted bomber", "attacked an army camp", "agreed with the recommendation"); for an act other
   * than a statement, else a named place of unknown country it happens in. Times, numbers, pronouns, the source's own
   * words and the source's own forces are none.
   */
  private List<Party> uncodedTarget(PatternMatcher.Match m, boolean verb, List<Party> sources) {
    int p = m.predicate();
    EventPattern pat = m.pattern();
    List<Integer> args = new ArrayList<>();
    if (pat.word() != null) args.addAll(g.prepArgs(p, pat.word()));
    if (verb) args.addAll(callees(p, pat));
    args.addAll(themeArgs(p, verb));
    args.addAll(topicArgs(p, m));
    args.addAll(topicClauseArgs(p, m));
    args.addAll(objectPrepArgs(p, m, verb));
    for (String w : PARTICIPANT_PREPS) if (!w.equals(pat.sourcePrep())) args.addAll(g.prepArgs(p, w));
    if (verb) args.addAll(complementRecipients(p));
    int participants = args.size();
    if (!pat.code().startsWith("01")) {  // a named place it happens in: "declared a state of siege in Santa Rosa"
      for (int a : placeArgs(p, m)) if (g.token(a).isProperNoun()) args.add(a);
    }
    for (int i = 0; i < args.size(); i++) {
      int a = args.get(i);
      if (!g.token(a).isNoun() || g.sentence().timexAt(a) != null || actors.isPronoun(a)) continue;
      if (m.consumed().contains(a) && !lexicon.contains(Lexicon.AGENT, g.lemma(a)) && !actors.isPerson(a)) continue;
      if (isContentShell(a, m)) continue;
      if (sources.stream().anyMatch(s -> s.token() == a || s.mention() != null && s.mention().covers(a))) continue;
      if (actors.mentionAt(a) != null) continue;  // an actor the passes above turned down
      if (i >= participants && (actors.placeCountry(a) != null || sources.stream()
          .anyMatch(src -> actors.phrase(a).equalsIgnoreCase(src.actor().name())))) {
        continue;  // a place of known country is the place target's, none at all when the source's own
      }
      return List.of(new Party(Actor.unknown(actors.phrase(a)), a, null, false));
    }
    return List.of();
  }

  /**
   * Whether an argument only frames the content the pattern consumed: a look-through noun whose "of" noun is the act
   * itself, naming no actor ("declared a state of siege", "a state of emergency"), no party acted upon, though
   * "state" may name one ("captured part of a rebel stronghold" keeps the rebels).
   */
  private boolean isContentShell(int a, PatternMatcher.Match m) {
    if (!lexicon.contains(Lexicon.LOOK_THROUGH, g.lemma(a)) || actors.mentionAt(a) != null) return false;
    return g.prepArgs(a, "of").stream().anyMatch(c -> m.consumed().contains(c) && actors.candidates(c).isEmpty());
  }

  /**
   * A show of force (CAMEO 15) that names no adversary is aimed at the named place where it happens ("troops were on
   * alert in Arica", "the navy held drills near Tacna"), and so is a curfew or state of siege whose source has no
   * country to give its people ("the mayor declared a curfew in Tacna"): the place, uncoded (its country unknown:
   * a known one is the place target's); none for a place of the source's own name.
   */
  private List<Party> namedPlace(PatternMatcher.Match m, List<Party> sources) {
    for (int a : placeArgs(m.predicate(), m)) {
      if (!g.token(a).isProperNoun() || actors.mentionAt(a) != null || actors.placeCountry(a) != null) continue;
      String name = actors.phrase(a);
      if (sources.stream().anyMatch(src -> name.equalsIgnoreCase(src.actor().name()))) continue;
      return List.of(new Party(Actor.unknown(name), a, null, true));
    }
    return List.of();
  }

  private List<List<Integer>> targetPositions(PatternMatcher.Match m, boolean verb, int anchor) {
    int p = m.predicate();
    EventPattern pat = m.pattern();
    List<List<Integer>> positions = new ArrayList<>();
    // "arrested the teacher for collaborating with the rebels", "accused Moscow of meddling in Kyiv": an accusation's
    // "for"/"of" argument is the charge, not the one accused
    boolean charge = pat.code().startsWith("112") && ("of".equals(pat.word()) || "for".equals(pat.word()));
    if (pat.word() != null) positions.add(charge ? List.of() : g.prepArgs(p, pat.word()));
    if (verb) positions.add(callees(p, pat));
    positions.add(themeArgs(p, verb));
    List<Integer> preps = new ArrayList<>();
    int conjHead = verb ? -1 : g.nounConjHead(p);
    for (String w : TARGET_PREPS) {
      if (w.equals(pat.word()) || w.equals(pat.sourcePrep())) continue;
      List<Integer> own = g.prepArgs(p, w);
      preps.addAll(own.isEmpty() && conjHead >= 0 ? g.prepArgs(conjHead, w) : own);
      if (!verb && anchor >= 0) preps.addAll(g.prepArgs(anchor, w));
    }
    positions.add(preps);
    if (pat.code().matches("1[12].*")) positions.add(authorArgs(p, m, verb));
    if (isProtest(pat)) positions.add(grievanceArgs(m, anchor));
    positions.add(objectPrepArgs(p, m, verb));
    positions.add(topicArgs(p, m));
    positions.add(topicClauseArgs(p, m));
    positions.add(objectClauseSubjects(p, m, verb));
    if (!verb) positions.add(nounClauseSubjects(p));
    if (pat.has(EventPattern.Flag.ABOUT) || pat.complement() != null) {
      List<Integer> inner = new ArrayList<>();
      for (int c : PatternMatcher.complements(g, p)) {
        inner.addAll(g.subjects(c));
        inner.addAll(g.passiveSubjects(c));
        for (int o : g.deps(c, "obj")) if (!ownForces(c, o)) inner.add(o);
        for (String w : TARGET_PREPS) inner.addAll(g.prepArgs(c, w));
      }
      positions.add(inner);
      if (verb) positions.add(complementTargets(p));
    } else if (verb) {
      positions.add(complementTargets(p));
      if (!lexicon.contains(Lexicon.REPORT, g.lemma(p))) positions.add(complementSubjects(p));
    }
    if (!verb && pat.code().matches("1[7-9].*|20.*")) positions.add(effectObjects(p));
    if (verb && pat.code().startsWith("13")) positions.add(conditionSubjects(p));
    if (!verb && anchor >= 0) positions.add(complementTargets(anchor));
    List<Integer> purposes = new ArrayList<>(purposeClauseTargets(verb ? p : anchor));
    for (int c : m.consumed()) if (c != p) purposes.addAll(purposeClauseTargets(c));
    if (!verb) purposes.addAll(purposeClauseTargets(p));
    if (verb) {  // the purpose of the complement: "offered to send troops to help Manila"
      for (int c : g.deps(p, "xcomp")) purposes.addAll(purposeClauseTargets(c));
    }
    positions.add(purposes);
    if (verb) positions.add(purposeTargets(p));
    return positions;
  }

  /**
   * For a nominal act of force (CAMEO 17–20), the objects of the verb it is the subject of: whom the act hit ("a car bombing by the Islamic State
   * killed 75 villagers", "US airstrikes wounded Taliban fighters").
   */
  private List<Integer> effectObjects(int noun) {
    Dependency gov = g.governor(noun);
    if (gov == null || !gov.relation().equals("nsubj") || !g.token(gov.governor()).isVerb()) return List.of();
    return g.deps(gov.governor(), "obj");
  }

  /**
   * Curfews, states of emergency and martial law, imposed (1723, 1724) or threatened (1323, 1324): measures a state
   * lays on its own people.
   */
  private static final Set<String> EMERGENCY_RULE = Set.of("1723", "1724", "1323", "1324");

  /**
   * Whom a curfew or martial law that names no place is laid on: the people ({@code CVL}) of the source's country
   * ("the interim government is prepared to impose martial law" {@code IRQGOV} → {@code IRQCVL}), as CAMEO codes
   * it; empty when the source has no country or is itself its people.
   */
  private List<Party> ownPeople(int p, List<Party> sources) {
    for (Party s : sources) {
      String country = s.actor().country();
      if (country == null || !country.matches("[A-Z]{3}") || "CVL".equals(s.actor().role())) continue;
      return List.of(new Party(new Actor(country + "CVL", "population", country, "CVL", ActorKind.GROUP), p, null,
          false));
    }
    return List.of();
  }

  /**
   * Roots of acts that, naming no target, are done to the actor's own country: yielding (08: resigning, demobilising,
   * easing restrictions), rejecting (12), threatening (13), protesting (14), mobilising (15), coercing (17) and
   * force (18-20). Not statements, appeals, consultations or cooperation, which are addressed to others.
   */
  private static final java.util.regex.Pattern DOMESTIC_ACTS =
      java.util.regex.Pattern.compile("08.*|1[2-5].*|1[7-9].*|20.*");

  /**
   * Threats and shows of force (13, 15) by a state's government, diplomats, forces or spies are aimed abroad, not at
   * the state's own country, when the sentence names no target ("the Kremlin's threats", "the army held exercises"):
   * they keep no target. The same acts by a country's rebels, opposition or people stay domestic.
   */
  private static final java.util.regex.Pattern OUTWARD_ACTS = java.util.regex.Pattern.compile("13.*|15.*");

  private static final Set<String> OUTWARD_ROLES = Set.of("GOV", "DIP", "MIL", "SPY");

  /**
   * Whom a domestic act ({@link #DOMESTIC_ACTS}) that names no target is aimed at, as CAMEO codes it: the source's own
   * country when the source is a role of one ("ethnic Albanian guerrillas were demobilized" {@code MKDREB} →
   * {@code MKD}, "the president resigned" {@code KGZGOV} → {@code KGZ}, "the vice-president declined to resign"
   * {@code KENGOV} → {@code KEN}); for a protest by others than
   * its government and diplomats, that country's government ("workers stopped work" {@code SRBLAB} →
   * {@code SRBGOV}). Empty when the source is a bare state or has no country, or when the act happens in another
   * country (its location's).
   */
  private List<Party> ownCountry(int p, EventPattern pat, List<Party> sources, Location location) {
    if (!DOMESTIC_ACTS.matcher(pat.code()).matches()) return List.of();
    for (Party s : sources) {
      Actor a = s.actor();
      String country = a.country();
      if (country == null || !country.matches("[A-Z]{3}") || a.role() == null) continue;
      if (location != null && location.country() != null && !location.country().equals(country)) continue;
      if (OUTWARD_ACTS.matcher(pat.code()).matches() && OUTWARD_ROLES.contains(a.role())) continue;
      if (isProtest(pat)) return ownGovernment(p, List.of(s));
      return List.of(new Party(new Actor(country, places.nameOf(country), country, null, ActorKind.STATE), p, null,
          false));
    }
    return List.of();
  }

  /** Nouns of pressing someone to act, whose agent a yielding or refusal made despite or under them answers. */
  private static final Set<String> PRESSURES =
      Set.of("pressure", "call", "demand", "request", "appeal", "plea", "urging", "ultimatum");

  /**
   * Whom a yielding (CAMEO 08) or a refusal (12, which a refused yielding becomes) that names no target answers: the
   * party pressing for the act, named by the pressure it is made despite or under ("resigned under pressure from the
   * protesters", "declined to resign despite pressure from the opposition", "refused to step down despite the Senate's
   * calls"); not a source's own code. Empty when there is none.
   */
  private List<Party> pressing(PatternMatcher.Match m, List<Party> sources) {
    Set<Integer> heads = new LinkedHashSet<>();
    heads.add(m.predicate());
    heads.addAll(m.consumed());
    heads.addAll(g.deps(m.predicate(), "xcomp"));  // "refused to resign despite …"
    Dependency gov = g.governor(m.predicate());
    if (gov != null && gov.baseRelation().equals("xcomp")) heads.add(gov.governor());
    for (int h : heads) {
      for (String prep : List.of("despite", "under")) {
        for (int n : g.prepArgs(h, prep)) {
          if (!PRESSURES.contains(g.lemma(n))) continue;
          List<Integer> agents = new ArrayList<>(g.prepArgs(n, "from"));
          agents.addAll(g.prepArgs(n, "by"));
          agents.addAll(g.deps(n, "nmod:poss"));
          agents.addAll(g.prepArgs(n, "of"));
          for (int a : agents) {
            for (Party c : actors.candidates(a)) {
              String code = c.actor().code();
              if (sources.stream().noneMatch(src -> code != null && code.equals(src.actor().code()))) {
                return List.of(c);
              }
            }
          }
        }
      }
    }
    return List.of();
  }

  /** Relations by which a participle clause follows the act it results from ("shelled the town, killing 20"). */
  private static final Set<String> RESULT_RELATIONS = Set.of("advcl", "xcomp", "dep", "conj");

  /**
   * Whom a harm stated as the result of another act hits, when its own object names no party ("shelled Juba, killing
   * about 20 people", "fired on the protesters, killing one person and arresting 12", "launched rocket fire against
   * rebel camps, killing 50"): the party the act it results from is aimed at, found among that act's object,
   * prepositional arguments, the nouns of the act and its purpose. Only for a participle (not a finite verb, which
   * states an act of its own), climbing at most three clauses; empty when none of them names a party or a role.
   */
  private List<Party> victimsOfGoverningAct(int p, List<Party> sources) {
    if (!g.token(p).pos().equals("VBG")) return List.of();
    int h = p;
    for (int step = 0; step < 3; step++) {
      Dependency gov = g.governor(h);
      if (gov == null || !RESULT_RELATIONS.contains(gov.baseRelation()) || !g.token(gov.governor()).isVerb()) break;
      h = gov.governor();
      List<Integer> preps = new ArrayList<>();
      for (String w : TARGET_PREPS) preps.addAll(g.prepArgs(h, w));
      List<List<Integer>> positions = List.of(themeArgs(h, true), preps,
          objectPrepArgs(h, List.of(), true), purposeClauseTargets(h));
      List<Party> found = chooseTargets(positions, 1, sources, List.of(), true, false);
      found = found.stream().filter(t -> t.actor().isCoded()).toList();
      if (!found.isEmpty()) return found;
      if (g.isFinite(h)) break;
    }
    return List.of();
  }

  /** Whether a target is an uncoded common noun ("about 20 people", "one person"): no party, no name. */
  private boolean isUncodedNoun(Party t) {
    return !t.actor().isCoded() && t.mention() == null && !t.named() && !g.token(t.token()).isProperNoun();
  }

  /** Source roles whose protests are no domestic ones: a government's and a diplomat's are addressed abroad. */
  private static final Set<String> STATE_VOICES = Set.of("GOV", "DIP");

  /**
   * Whom a protest that names no party but what it objects to ({@link #statesGrievance}, or a matter as its object)
   * is aimed at: the government of the protesters' own country, as CAMEO coders read it ("students staged
   * demonstrations to demand reforms" {@code IDNEDU} → {@code IDNGOV}; "opposition parties organised a general
   * strike in protest of the arrests" {@code NPLOPP} → {@code NPLGOV}). Only for a source that is a group of a country
   * (a role with a country: civilians, opposition, workers, students, rebels), not a state, a government or an
   * organisation; empty otherwise.
   */
  private List<Party> ownGovernment(int p, List<Party> sources) {
    for (Party s : sources) {
      Actor a = s.actor();
      String country = a.country();
      if (country == null || !country.matches("[A-Z]{3}") || a.role() == null || STATE_VOICES.contains(a.role())) {
        continue;
      }
      return List.of(new Party(new Actor(country + "GOV", "government", country, "GOV", ActorKind.STATE), p, null,
          false));
    }
    return List.of();
  }

  /** Nouns of an adjunct that says what a protest objects to ("in protest of the arrests", "in defiance of"). */
  private static final Set<String> GRIEVANCES = Set.of("protest", "defiance", "opposition", "solidarity");

  /**
   * Whether a protest says what it objects to or demands, and so is aimed at someone: a purpose clause ("staged
   * demonstrations to demand reforms") on the predicate, its light verb or the nouns it consumed, or an adjunct of
   * protest ("organised a strike in protest of the arrests"). A bare strike or march ("workers went on strike")
   * is not.
   */
  private boolean statesGrievance(PatternMatcher.Match m, int anchor) {
    int p = m.predicate();
    for (String w : MATTER_PREPS) if (!g.prepArgs(p, w).isEmpty()) return true;
    Set<Integer> heads = new LinkedHashSet<>(m.consumed());
    heads.add(p);
    if (anchor >= 0) heads.add(anchor);
    for (int h : List.copyOf(heads)) {  // the clauses on the act's nouns: "a strike that shut the capital in protest of…"
      for (Dependency d : g.out(h)) {
        String r = d.baseRelation();
        if (r.equals("obj") || r.equals("obl")) heads.add(d.dependent());
      }
    }
    for (int h : List.copyOf(heads)) {
      if (!g.token(h).isNoun()) continue;
      for (Dependency d : g.out(h)) if (d.baseRelation().equals("acl")) heads.add(d.dependent());
    }
    for (int h : heads) {
      for (Dependency d : g.out(h)) {
        int c = d.dependent();
        String r = d.baseRelation();
        boolean clause = (r.equals("advcl") || r.equals("xcomp") || r.equals("acl")) && g.token(c).isVerb();
        if (clause && (DEMANDS.contains(g.lemma(c))
            || g.deps(c, "mark").stream().anyMatch(mk -> g.lemma(mk).equals("to")))) {
          return true;
        }
        if (r.equals("obl") && d.subtype().equals("in") && GRIEVANCES.contains(g.lemma(c))) return true;
      }
    }
    return false;
  }

  /** Prepositions by which a grievance noun names whom it is aimed at ("in defiance of", "in opposition to"). */
  private static final List<String> GRIEVANCE_PREPS = List.of("of", "against", "to", "at", "over");

  /**
   * Whom a protest's grievance adjunct names ("blocked streets in Hong Kong in defiance of Chinese authorities":
   * the authorities; "marched in protest against the government"): the of/against/to/at/over arguments of an
   * "in protest", "in defiance" or "in opposition" adjunct on the predicate, its light verb or the nouns it consumed.
   * Solidarity is no grievance here: those a protest stands with are not its target.
   */
  private List<Integer> grievanceArgs(PatternMatcher.Match m, int anchor) {
    Set<Integer> heads = new LinkedHashSet<>(m.consumed());
    heads.add(m.predicate());
    if (anchor >= 0) heads.add(anchor);
    List<Integer> out = new ArrayList<>();
    for (int h : heads) {
      for (Dependency d : g.out(h)) {
        int c = d.dependent();
        if (!d.baseRelation().matches("obl|nmod") || !"in".equals(d.subtype())) continue;
        if (!GRIEVANCES.contains(g.lemma(c)) || g.lemma(c).equals("solidarity")) continue;
        for (String w : GRIEVANCE_PREPS) out.addAll(g.prepArgs(c, w));
      }
    }
    return out;
  }

  /** Prepositions of what a protest is against when that is no party ("protested at the settlements"). */
  private static final List<String> MATTER_PREPS = List.of("at", "against", "over");

  /** Verbs of a demand a protest makes ("a demonstration calling for his removal", "… demanding reforms"). */
  private static final Set<String> DEMANDS = Set.of("demand", "call", "urge", "press", "protest", "denounce");

  /**
   * Whether a target is only the matter of an act, no party: an uncoded common noun that names no person or agent
   * ("protested the rights violations").
   */
  private boolean isMatter(Party t) {
    int w = t.token();
    return !t.actor().isCoded() && t.mention() == null && !t.named() && !g.token(w).isProperNoun()
        && !actors.isPerson(w) && !lexicon.contains(Lexicon.AGENT, g.lemma(w));
  }

  /**
   * Whether the pattern codes a protest (CAMEO 14): one is aimed at someone, most often the protesters' own
   * government ("students demonstrated against the Jakarta government"), so a target of the source's own country is
   * taken even where the pattern takes none from its object.
   */
  private static boolean isProtest(EventPattern pat) { return pat.code().startsWith("14"); }

  /**
   * The objects and prepositional arguments of the clause stating what an act or its noun is for ("began a hunger
   * strike to protest the president's decision", "went on strike to protest…", "mobilised troops to move against
   * Lima's arsenal"); none for −1.
   */
  private List<Integer> purposeClauseTargets(int v) {
    List<Integer> out = new ArrayList<>();
    if (v < 0) return out;
    for (Dependency d : g.out(v)) {
      String r = d.baseRelation();
      int c = d.dependent();
      if (!(r.equals("advcl") || r.equals("xcomp") || r.equals("acl")) || !g.token(c).isVerb()) continue;
      if (g.deps(c, "mark").stream().noneMatch(mk -> g.lemma(mk).equals("to"))) continue;
      for (int o : g.deps(c, "obj")) if (!ownForces(c, o)) out.add(o);
      for (String w : TARGET_PREPS) out.addAll(g.prepArgs(c, w));
    }
    return out;
  }

  /** Marks of a condition clause: whom a threat is aimed at is the subject of what must (not) happen. */
  private static final Set<String> CONDITIONS = Set.of("unless", "if");

  /**
   * The subjects of a threat's condition ("threatened to strike unless Lisbon withdrew", "… if Madrid goes ahead"),
   * on the verb or on its complements, however deep ("threatened to stop talks to cut arms if Madrid goes ahead"):
   * the party the threat is to move.
   */
  private List<Integer> conditionSubjects(int p) {
    List<Integer> out = new ArrayList<>();
    List<Integer> heads = new ArrayList<>(List.of(p));
    for (int i = 0; i < heads.size() && heads.size() < 8; i++) {  // complements of complements: "to stop talks to cut…"
      for (int c : PatternMatcher.complements(g, heads.get(i))) if (!heads.contains(c)) heads.add(c);
    }
    for (int h : heads) {
      for (Dependency d : g.out(h)) {
        if (!d.baseRelation().equals("advcl")) continue;
        int c = d.dependent();
        if (g.deps(c, "mark").stream().noneMatch(mk -> CONDITIONS.contains(g.lemma(mk)))) continue;
        out.addAll(g.subjects(c));
      }
    }
    return out;
  }

  /**
   * Nouns the parser made the subject of a complement clause of a verb without object, where they are its object
   * ("rejected Lima's demand to close the port", read as "demand" subject of "close"; "reject proposed Chilean
   * changes to the deal, an aide said"); not through a that-clause's own subject ("agreed that Quito would…" keeps
   * its clause).
   */
  private List<Integer> complementSubjects(int p) {
    List<Integer> out = new ArrayList<>();
    if (g.hasDep(p, "obj") || g.hasDep(p, "iobj")) return out;
    for (int c : g.deps(p, "ccomp")) {
      if (g.deps(c, "mark").stream().anyMatch(mk -> !g.lemma(mk).equals("to"))) continue;
      for (int s : g.subjects(c)) if (g.token(s).isNoun()) out.add(s);
    }
    return out;
  }

  /**
   * For an act stated as the purpose of another ("summoned Lima's ambassador to complain", "called the Chilean
   * minister to discuss the border"), the objects and recipients of the act it is the purpose of: whom the act is
   * addressed to, when it names nobody itself.
   */
  private List<Integer> purposeTargets(int p) {
    List<Integer> out = new ArrayList<>();
    Dependency gov = g.governor(p);
    if (gov == null || g.isFinite(p)) return out;
    String r = gov.baseRelation();
    int h = gov.governor();
    if (!(r.equals("advcl") || r.equals("xcomp")) || !g.token(h).isVerb()) return out;
    out.addAll(g.deps(h, "obj"));
    out.addAll(g.deps(h, "iobj"));
    for (String w : TARGET_PREPS) out.addAll(g.prepArgs(h, w));
    return out;
  }

  /**
   * The objects and prepositional arguments of a verb's infinitive or gerund complement, where a verb of stance or
   * intent has its target ("refused to hand the suspects over to Britain", "offered to negotiate with Armenia",
   * "is considering sending aid to Nepal"); not the complement's subject, which is the verb's own.
   */
  private List<Integer> complementTargets(int p) {
    List<Integer> out = new ArrayList<>();
    List<Integer> complements = new ArrayList<>(g.deps(p, "xcomp"));
    for (Dependency d : g.out(p)) {  // a gerund object: "considering sending aid to Nepal"
      String r = d.relation();
      if ((r.equals("obj") || r.equals("acl")) && g.token(d.dependent()).pos().equals("VBG")) {
        complements.add(d.dependent());
      }
    }
    for (int c : complements) {
      if (!g.token(c).isVerb()) continue;
      for (int o : g.deps(c, "obj")) if (!ownForces(c, o)) out.add(o);
      out.addAll(g.deps(c, "iobj"));
      for (String w : TARGET_PREPS) out.addAll(g.prepArgs(c, w));
      // what one joins in is done with its organisers: "refused to join in the Chilean exercises"
      if (JOININGS.contains(g.lemma(c))) out.addAll(g.prepArgs(c, "in"));
    }
    return out;
  }

  /** Verbs of joining in something others do, whose "in" argument names it ("join in", "participate in"). */
  private static final Set<String> JOININGS = Set.of("join", "participate", "engage");

  /**
   * The recipients of a verb's gerund or infinitive complement, whom an act of stance or intent is aimed at when
   * nobody else is ("is considering giving money to the town councils", "offered to lend a hand to the villagers"):
   * its indirect object and its to/for/with… arguments, not its object, which is the thing handed over or done.
   */
  private List<Integer> complementRecipients(int p) {
    List<Integer> out = new ArrayList<>();
    List<Integer> complements = new ArrayList<>(g.deps(p, "xcomp"));
    for (Dependency d : g.out(p)) {
      String r = d.relation();
      if ((r.equals("obj") || r.equals("acl")) && g.token(d.dependent()).pos().equals("VBG")) {
        complements.add(d.dependent());
      }
    }
    for (int c : complements) {
      if (!g.token(c).isVerb()) continue;
      out.addAll(g.deps(c, "iobj"));
      for (String w : PARTICIPANT_PREPS) out.addAll(g.prepArgs(c, w));
    }
    return out;
  }

  /** Verbs that move or send one's own forces or staff ("offered to send troops to …"). */
  private static final Set<String> SENDS = Set.of("send", "deploy", "dispatch", "station", "withdraw", "pull",
      "move", "mobilize", "mobilise", "contribute", "extend", "keep", "maintain");

  /**
   * Whether the object {@code o} of a complement verb {@code c} is the acting party's own forces or mission, no target:
   * a bare role ("troops", "police") sent or moved ("offered to send troops to help Manila"), or a body the source's
   * pronoun owns ("agreed to extend their peacekeeping mission").
   */
  private boolean ownForces(int c, int o) {
    Party own = actors.first(o);
    if (own == null || own.token() != o || !own.isGeneric()) return false;
    boolean pronounOwner = g.deps(o, "nmod:poss").stream().anyMatch(actors::isPronoun);
    return pronounOwner || SENDS.contains(g.lemma(c));
  }

  /** A verb's objects (the subject of a passive, shared objects of coordinated verbs), a noun's "of" arguments. */
  private List<Integer> themeArgs(int p, boolean verb) {
    if (!verb) {
      List<Integer> of = g.prepArgs(p, "of");
      int head = g.nounConjHead(p);
      return of.isEmpty() && head >= 0 ? g.prepArgs(head, "of") : of;
    }
    List<Integer> out = new ArrayList<>(g.passiveSubjects(p));
    if (out.isEmpty() && g.isPassive(p) && g.isFinite(p)) out.addAll(g.danglingSubject(p));
    out.addAll(g.deps(p, "obj"));
    out.addAll(g.deps(p, "iobj"));
    Dependency gov = g.governor(p);
    if (out.isEmpty() && gov != null && gov.baseRelation().equals("acl") && g.token(p).pos().equals("VBN")) {
      out.add(gov.governor());
    }
    if (out.isEmpty() && gov != null && gov.baseRelation().equals("conj")) {
      for (int o : g.deps(gov.governor(), "obj")) if (o > p) out.add(o);
    }
    return out;
  }

  /**
   * The first position that yields an actor of another party than the sources (coded first), else, for domestic
   * events, one of the same party. A domestic act's direct object (the first {@code direct} positions: the pattern's
   * preposition, the callee and the object) of the same country but another code, named by the object's own words, is
   * taken at once, before another party named further away ("the government released opposition leaders"
   * {@code VENGOV} → {@code VENOPP}; "the air force supports the police and the American embassy": the police); one
   * named by the object's possessor only when no other party is named anywhere ("Merkel defended Germany's decision":
   * {@code DEU}; "closed Venezuela's borders with Brazil": Brazil), and never by a pronoun ("its army" is the
   * source's own). The source's own forces or mission ({@code ownTheme}) are no target, nor is the press a reporting
   * verb speaks to ("told AFP").
   */
  private List<Party> chooseTargets(List<List<Integer>> positions, int direct, List<Party> sources,
                                    List<Integer> ownTheme, boolean domestic, boolean reporting) {
    Set<String> sourceParties = new LinkedHashSet<>();
    for (Party s : sources) if (s.party() != null) sourceParties.add(s.party());
    Predicate<Party> notSelf = c -> sources.stream().noneMatch(s -> s.sameActor(c) || s.token() == c.token())
        && !(reporting && "MED".equals(c.actor().role()));
    Predicate<Party> otherParty = c -> c.party() == null || !sourceParties.contains(c.party());
    Predicate<Party> domesticObject = c -> domestic && !reporting && c.mention() != null
        && c.mention().covers(c.token()) && c.party() != null
        && (c.actor().equals(c.mention().actor()) || actors.isEthnic(c.mention()))
        && !actors.isPronoun(c.token())
        && sources.stream().noneMatch(s -> Objects.equals(s.actor().code(), c.actor().code()));
    Predicate<Party> coded = c -> c.party() != null && otherParty.test(c);
    // pass 1 looks only at the direct positions: the same country named by the object's possessor
    List<Predicate<Party>> passes = List.of(coded, domesticObject, otherParty, c -> domestic);
    for (int pass = 0; pass < passes.size(); pass++) {
      for (int i = 0; i < positions.size(); i++) {
        if (pass == 1 && i >= direct) break;
        List<Party> found = new ArrayList<>();
        for (int a : positions.get(i)) {
          Predicate<Party> ok = pass == 0 && i < direct
              ? coded.or(domesticObject.and(c -> !g.deps(a, "nmod:poss").contains(c.token()))) : passes.get(pass);
          for (Party c : located(actors.candidates(a), a)) {
            if (!notSelf.test(c) || !ok.test(c) || ownTheme.contains(a) && c.token() == a || given.contains(c.token())) {
              continue;
            }
            if (found.stream().noneMatch(c::sameActor)) found.add(c);
            actors.addConjuncts(c, found, notSelf.and(ok));
            actors.addCoordinatedModifiers(a, found, notSelf.and(ok));
            break;
          }
        }
        if (!found.isEmpty()) return found;
      }
    }
    return List.of();
  }

  /** Nouns of an organisation's presence in a country. */
  private static final Set<String> PRESENCES =
      Set.of("mission", "force", "forces", "operation", "operations", "contingent");

  /**
   * An organisation's force or mission in a country ("troops to the UN mission in Mali", "contribute to the
   * NATO-led force in Afghanistan", "United Nations peacekeeping operations in Syria") is, as a target, that country, which the act serves: the country of an in/at
   * place of the argument goes first when the argument's own actor is an organisation's presence.
   */
  private List<Party> located(List<Party> candidates, int a) {
    if (candidates.isEmpty() || !PRESENCES.contains(g.lemma(a))) return candidates;
    Party own = candidates.get(0);
    boolean named = own.token() == a || own.mention() != null && own.mention().endToken() <= a
        && g.deps(a, "compound").stream().anyMatch(own.mention()::covers);  // "UN peacekeeping operations"
    if (!named || own.actor().country() != null || own.party() == null) return candidates;
    for (String w : List.of("in", "at")) {
      for (int place : g.prepArgs(a, w)) {
        String country = actors.placeCountry(place);
        if (country == null) continue;
        List<Party> out = new ArrayList<>();
        out.add(actors.countryAt(country, place));
        out.addAll(candidates);
        return out;
      }
    }
    return candidates;
  }

  /** The nearest preceding actor subject of another party in the sentence, else the last one of the sentence before. */
  private List<Party> contextTarget(int p, List<Party> sources) {
    Predicate<Party> other = c -> c.party() != null
        && sources.stream().noneMatch(s -> Objects.equals(s.party(), c.party()));
    Party best = null;
    for (Party s : actors.subjectsInOrder()) if (s.token() < p && other.test(s)) best = s;
    if (best == null) {
      for (Party s : actors.previousSubjects()) if (other.test(s)) best = s;
    }
    return best == null ? List.of() : List.of(best);
  }

  // ---- location ----

  /** The token naming where the predicate happens (a place it is in, at or goes to), or −1. */
  private int locationArg(int p, PatternMatcher.Match m, List<Party> targets) {
    List<Integer> args = new ArrayList<>();
    for (Party t : targets) if (t.isPlace() || actors.isPlaceName(t.token())) args.add(t.token());
    args.addAll(placeArgs(p, m));
    for (int a : args) {
      if (actors.placeAt(a) != null || actors.mentionAt(a) == null && actors.isPlaceName(a)) return a;
    }
    for (int a : placeArgs(p, m)) if (countryNamed(a) != null) return a;  // "killed 75 people in eastern Syria"
    return -1;
  }

  /** The country a state mention names as such ("Syria" {@code SYR}, not "Syrian troops"), or null. */
  private String countryNamed(int a) {
    Mention at = actors.mentionAt(a);
    if (at == null || at.actor() == null) return null;
    Actor x = at.actor();
    boolean bare = x.kind() == ActorKind.STATE && x.role() == null && x.country() != null
        && x.country().equals(x.code()) && x.country().matches("[A-Z]{3}");
    return bare ? x.country() : null;
  }

  /**
   * Arguments that may say where a predicate happens: its in/at/to arguments (also those the parser hung on its time:
   * "on Tuesday in Serbia"), those of the words it consumed, the in/at/into arguments of a clause on its object or
   * consumed noun ("shortened the curfew imposed in Sudan", "cut lines leading into Kabul") and the place a relative
   * clause on it acts on ("a strike that shut down Lagos"), and for a nominal event those of the verb it is the
   * subject of ("the deployment of NATO troops arrived in Bosnia").
   */
  private List<Integer> placeArgs(int p, PatternMatcher.Match m) {
    List<Integer> args = new ArrayList<>();
    for (String w : LOCATION_PREPS) args.addAll(g.placeArgs(p, w));
    for (int c : m.consumed()) {
      args.addAll(g.deps(c, "obj"));
      for (String w : LOCATION_PREPS) args.addAll(g.prepArgs(c, w));
      for (int adj : g.deps(c, "amod")) {  // "a ceasefire effective from Sunday in Somalia"
        if (adj > c) for (String w : LOCATION_PREPS) args.addAll(g.placeArgs(adj, w));
      }
    }
    Set<Integer> things = new LinkedHashSet<>(m.consumed());
    if (g.token(p).isVerb()) things.addAll(g.deps(p, "obj"));
    for (int c : things) {
      if (!g.token(c).isNoun()) continue;
      for (Dependency d : g.out(c)) {  // what the act's object does or underwent: "the curfew imposed in Sudan"
        int v = d.dependent();
        if (!d.baseRelation().equals("acl") || !g.token(v).isVerb()) continue;
        for (String w : PARTICIPLE_PLACE_PREPS) args.addAll(g.prepArgs(v, w));
        if (!d.relation().equals("acl:relcl")) continue;
        for (int o : g.deps(v, "obj")) if (actors.placeCountry(o) != null) args.add(o);  // "a strike that shut Lagos"
      }
    }
    Dependency gov = g.governor(p);
    if (g.token(p).isNoun() && gov != null && gov.relation().startsWith("nsubj") && g.token(gov.governor()).isVerb()) {
      for (String w : LOCATION_PREPS) args.addAll(g.prepArgs(gov.governor(), w));
    }
    return args;
  }

  /** The location a place token names: its text and country. */
  private Location locationOf(int a) {
    Mention place = actors.placeAt(a);
    if (place != null) {
      String country = place.actor().country();
      return new Location(place.text(), country != null ? country : places.countryOf(place.text()));
    }
    String country = countryNamed(a);
    if (country != null) return new Location(actors.mentionAt(a).text(), country);
    String name = actors.phrase(a);
    return new Location(name, places.countryOf(name));
  }
}
