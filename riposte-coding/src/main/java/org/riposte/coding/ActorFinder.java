package org.riposte.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Dependency;
import org.riposte.api.Mention;
import org.riposte.api.Token;

/**
 * Finds the actors of a sentence's arguments: the mention covering an argument's head, else one found breadth-first
 * among its modifiers (possessor, compound, adjective, {@code of}/{@code from}/… nouns, apposition), within a bounded
 * depth. Pronouns (it/its/they/he/she…) are resolved to the subject of the governing clause, else to the last actor
 * subject of the previous sentence. Not thread safe: one instance serves one sentence.
 */
final class ActorFinder {

  private static final Set<String> PRONOUNS =
      Set.of("it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "itself", "themselves");
  private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her");
  private static final Set<String> NEUTER = Set.of("it", "its", "itself");
  /** Modifier relations the search for an actor inside an argument follows. */
  private static final Set<String> MODIFIERS = Set.of("nmod", "compound", "amod", "appos", "flat");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "within", "across");
  /** Prepositions by which a noun phrase names where a role belongs ("students throughout Indonesia"). */
  private static final Set<String> OWNING_PREPS =
      Set.of("of", "in", "at", "inside", "within", "across", "throughout");
  private static final Set<String> NAMED_NER =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "COUNTRY", "CITY", "NATIONALITY", "STATE_OR_PROVINCE");

  /** Entity types of times: a capitalised day or month ("on Tuesday", "in October") names no one. */
  private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

  private final ParseGraph g;
  private final List<Mention> mentions;
  private final Lexicon lexicon;
  private final int maxDepth;
  private final List<Party> previousSubjects;
  private int pronounDepth;
  private List<Party> subjects;
  private final PlaceCountries placeCountries;

  /**
   * @param previousSubjects the actor subjects of the previous sentence, in order (for pronouns and context targets)
   */
  ActorFinder(ParseGraph g, List<Mention> mentions, Lexicon lexicon, int maxDepth, List<Party> previousSubjects,
              PlaceCountries places) {
    this.g = g;
    this.placeCountries = places;
    this.mentions = mentions;
    this.lexicon = lexicon;
    this.maxDepth = maxDepth;
    this.previousSubjects = previousSubjects;
  }

  /** A country as the party a place at {@code token} stands for, named by the place's mention or words. */
  Party countryAt(String country, int token) {
    Mention at = mentionAt(token);
    return new Party(new Actor(country, at != null ? at.text() : phrase(token), country, null, ActorKind.STATE), token,
        at, true);
  }

  /** The mention covering a token, preferring one headed by it, then the shortest; null if none. */
  Mention mentionAt(int token) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.covers(token) && (best == null || better(token, m, best))) best = m;
    }
    return best;
  }

  /** Whether {@code a} fits a token better than {@code b}: headed by it, else shorter. */
  private static boolean better(int token, Mention a, Mention b) {
    boolean ha = a.headToken() == token;
    boolean hb = b.headToken() == token;
    if (ha != hb) return ha;
    return a.endToken() - a.beginToken() < b.endToken() - b.beginToken();
  }

  boolean isPronoun(int t) {
    String pos = g.token(t).pos();
    return (pos.equals("PRP") || pos.equals("PRP$")) && PRONOUNS.contains(g.lemma(t));
  }

  /** Whether the token names a person (NER or actor kind). */
  boolean isPerson(int t) {
    if (g.token(t).ner().equals("PERSON")) return true;
    Mention m = mentionAt(t);
    return m != null && m.actor().kind() == ActorKind.PERSON;
  }

  /**
   * Word class of the lexicon: weapons and attacks that act without a named agent ("a car bomb in Kabul killed …", "a
   * minefield explosion near Samarra wounded …").
   */
  static final String DEVICE = "DEVICE";

  /**
   * The unidentified armed force ({@code UAF}, as CAMEO codes unknown attackers) of the country of a place where a
   * bomb or an attack struck: "a car bomb in Kabul" was set by {@code AFGUAF}, not by the people of Kabul.
   */
  Party attackersIn(Mention place, int token) {
    String country = place.actor().country();
    Actor a = new Actor(country + "UAF", place.text(), country, "UAF", ActorKind.GROUP);
    Mention m = new Mention(place.sentence(), place.beginToken(), place.endToken(), place.headToken(), place.text(), a,
        false);
    return new Party(a, token, m, false);
  }

  /** Whether a word is a bomb or an attack ({@link #DEVICE}): "explosion", "car bomb", "ambush". */
  boolean isDevice(int token) {
    return lexicon.contains(DEVICE, g.lemma(token));
  }

  /**
   * The place of known country (or its people) named at a word or by its own in/of modifier ("in a residential
   * sector of eastern Beirut"), or null.
   */
  Mention inhabitedAt(int w) {
    if (inhabited(mentionAt(w))) return mentionAt(w);
    for (Dependency d : g.out(w)) {
      if (!(d.relation().equals("nmod:of") || d.relation().equals("nmod:in"))) continue;
      if (inhabited(mentionAt(d.dependent()))) return mentionAt(d.dependent());
    }
    return null;
  }

  /** Whether a mention is a place of known country or its people ("Kabul", "the town of Samarra" {@code IRQCVL}). */
  private static boolean inhabited(Mention m) {
    return m != null && m.actor().country() != null && (m.place() || "CVL".equals(m.actor().role()));
  }

  /** The place mention at a token, or null. */
  Mention placeAt(int t) {
    Mention m = mentionAt(t);
    return m != null && m.place() ? m : null;
  }

  /**
   * Actors for an argument, best first: the argument's own mention (or resolved pronoun), then mentions among its
   * modifiers breadth-first (within one depth, actors of a party first), then places it is located in ("its embassy in
   * Baku"); if there is no mention at all, an uncoded actor when the head is a named entity or an agent noun
   * ("officials").
   */
  List<Party> candidates(int arg) {
    List<Party> out = new ArrayList<>();
    if (isPronoun(arg)) {
      Party p = resolvePronoun(arg);
      if (p != null) out.add(p.at(arg));
      return out;
    }
    Mention own = mentionAt(arg);
    if (own == null && isQuantity(arg)) {  // "one third of the rebels", "thousands of Kurds": the "of" noun's actors
      for (int c : g.prepArgs(arg, "of")) {
        if (c <= arg) continue;
        List<Party> inner = candidates(c);
        if (!inner.isEmpty()) return inner;
      }
    }
    if (own != null) out.add(new Party(own.actor(), arg, own, false));
    Set<Integer> seen = new HashSet<>();
    seen.add(arg);
    List<Party> places = new ArrayList<>();
    List<Integer> level = List.of(arg);
    for (int depth = 1; depth <= maxDepth && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      List<Party> found = new ArrayList<>();
      for (int t : level) {
        for (Dependency d : g.out(t)) {
          int c = d.dependent();
          if (!MODIFIERS.contains(d.baseRelation())) continue;
          if (!seen.add(c)) continue;
          boolean locative = d.baseRelation().equals("nmod") && LOCATIVE.contains(d.subtype());
          Mention struck = locative && t == arg && isDevice(arg) ? inhabitedAt(c) : null;
          if (struck != null) {
            places.add(attackersIn(struck, c));
            continue;
          }
          if (locative && placeAt(c) != null) {
            places.add(new Party(placeAt(c).actor(), c, placeAt(c), false));
            continue;
          }
          next.add(c);
          if (own != null && own.covers(c)) continue;
          if (isPronoun(c)) {
            Party p = resolvePronoun(c);
            if (p != null) found.add(p.at(c));
            continue;
          }
          Mention m = mentionAt(c);
          if (m != null && found.stream().noneMatch(p -> m.equals(p.mention()))
              && out.stream().noneMatch(p -> m.equals(p.mention()))) {
            found.add(new Party(m.actor(), c, m, false));
          }
        }
      }
      found.sort(Comparator.comparingInt(Party::specificity).reversed());
      out.addAll(found);
      level = next;
    }
    out.addAll(places);
    if (own == null) addParticipleAgents(arg, out);
    if (own != null && (own.actor().isGeneric() || isPeople(own.actor()))) situateRole(arg, own, out);
    if (own != null && own.actor().isGeneric() && REPRESENTATIVES.contains(g.lemma(arg))) speakForOwner(arg, own, out);
    if (own != null && isEthnic(own)) situateEthnicGroup(arg, own, out);
    if (out.isEmpty()) {
      Token t = g.token(arg);
      String name = isPlaceName(arg) ? phrase(arg) : null;
      String country = name == null ? null : placeCountries.countryOf(name);
      if (country != null) {
        out.add(new Party(new Actor(country, name, country, null, ActorKind.STATE), arg, null, true));
        return out;
      }
      boolean named = t.isProperNoun() && !TIME_NER.contains(t.ner()) || NAMED_NER.contains(t.ner());
      if (named || lexicon.contains(Lexicon.AGENT, t.lemma())) {
        out.add(new Party(Actor.unknown(phrase(arg)), arg, null, named));
      }
    }
    return out;
  }

  /** Whether a word only counts or parts what its "of" noun names ("one third", "thousands", "the majority"). */
  private boolean isQuantity(int t) {
    return g.token(t).pos().equals("CD") || lexicon.contains(Lexicon.LOOK_THROUGH, g.lemma(t))
        && !lexicon.contains(Lexicon.AGENT, g.lemma(t)) || QUANTITIES.contains(g.lemma(t));
  }

  /** Parts and counts the lexicon's look-through nouns leave out. */
  private static final Set<String> QUANTITIES = Set.of("third", "quarter", "fifth", "tens", "hundreds", "thousands",
      "millions", "scores", "one", "two", "both", "each", "none");

  /**
   * For an argument that is no actor, the agents of a participle modifying it, whose the thing is ("threats made by
   * the Lima government", "property seized by government forces"), and whom it was taken from ("weapons seized from
   * villagers"): added after the argument's own modifiers.
   */
  private void addParticipleAgents(int arg, List<Party> out) {
    for (Dependency d : g.out(arg)) {
      int v = d.dependent();
      if (!d.baseRelation().equals("acl") || !g.token(v).pos().equals("VBN")) continue;
      List<Integer> agents = new ArrayList<>(g.deps(v, "obl:agent"));
      agents.addAll(g.prepArgs(v, "by"));
      agents.addAll(g.prepArgs(v, "from"));
      for (int x : agents) {
        if (isPronoun(x)) continue;
        Mention m = mentionAt(x);
        if (m != null && out.stream().noneMatch(p -> m.equals(p.mention()))) out.add(new Party(m.actor(), x, m, false));
      }
    }
  }

  /**
   * A bare role whose own phrase names its country only in a modifier the actor stage coded apart ("students
   * throughout Indonesia", "police in Cairo", "the leaders of Nigeria's unions") is that country's role: the
   * combined actor ({@code IDNEDU}) goes first; a nation's people living in another country are that country's
   * civilians ("Albanians of southern Serbia" {@code SRBCVL}); a place noun the role is in or across may name the
   * country in its own modifier ("fighters across the border in Syria" {@code SYRREB}), or a participle clause on a
   * role of no country may ({@link #clausePlace}). Only modifiers that place or own the role count, not
   * those it acts on ("protesters against China" are not Chinese) nor an origin ("troops from Chad" may be leaving).
   */
  private void situateRole(int arg, Mention own, List<Party> out) {
    boolean people = isPeople(own.actor());
    for (Dependency d : g.out(arg)) {
      String r = d.relation();
      boolean owning = !people && (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss"))
          || r.startsWith("nmod:") && OWNING_PREPS.contains(d.subtype());
      if (!owning) continue;
      for (Party x : out) {
        String country = x.actor().country();
        if (x.token() != d.dependent() || x.mention() == own || country == null
            || country.equals(own.actor().country())) {
          continue;
        }
        Actor a = own.actor();
        out.add(0, new Party(new Actor(country + a.role(), a.name(), country, a.role(), a.kind()), arg, own, false));
        return;
      }
      String country = d.relation().startsWith("nmod:") && mentionAt(d.dependent()) == null
          ? placeBeyond(d.dependent()) : null;
      if (country != null && !country.equals(own.actor().country())) {
        Actor a = own.actor();
        out.add(0, new Party(new Actor(country + a.role(), a.name(), country, a.role(), a.kind()), arg, own, false));
        return;
      }
    }
    String country = people ? null : clausePlace(arg);
    if (country != null) {
      Actor a = own.actor();
      out.add(0, new Party(new Actor(country + a.role(), a.name(), country, a.role(), a.kind()), arg, own, false));
    }
  }

  /** Prepositions by which a clause on a role says where the role is or comes from. */
  private static final List<String> CLAUSE_PLACE_PREPS = List.of("in", "at", "inside", "within", "from", "across");

  /**
   * The country a participle clause on a bare role places it in ("rebels operating in Macedonia", "refugees fleeing
   * the war in Liberia", "refugees arriving from Chad"): a place argument of the clause's verb, else an in/of place
   * of its object; null when there is none.
   */
  private String clausePlace(int arg) {
    for (Dependency d : g.out(arg)) {
      int v = d.dependent();
      if (!d.relation().equals("acl") || !g.token(v).isVerb()) continue;
      List<Integer> places = new ArrayList<>();
      for (String w : CLAUSE_PLACE_PREPS) places.addAll(g.prepArgs(v, w));
      for (int o : g.deps(v, "obj")) {
        places.addAll(g.prepArgs(o, "in"));
        places.addAll(g.prepArgs(o, "of"));
      }
      for (int p : places) {
        String c = whereCountry(p);
        if (c != null) return c;
      }
    }
    return null;
  }

  /**
   * The country a place argument names: as a place ({@link #placeCountry}), else by its modifiers ("in Greek camps",
   * "in the north of Mali"), else as the country of a group named there ("in refugee camps of Greece"
   * {@code GRCREF}); null when none.
   */
  String whereCountry(int p) {
    String c = placeCountry(p);
    for (Dependency d : g.out(p)) {
      if (c != null) break;
      String r = d.relation();
      if (r.equals("compound") || r.equals("amod") || r.equals("nmod:of") || r.equals("nmod:in")) {
        c = placeCountry(d.dependent());
      }
    }
    Mention m = mentionAt(p);
    if (c == null && m != null && m.actor().kind() != ActorKind.PERSON) c = m.actor().country();
    return c;
  }

  /**
   * The country of a place named in a place noun's own in/of modifier ("across the border in Syria", "in the north of
   * Mali"), or null.
   */
  private String placeBeyond(int noun) {
    for (Dependency d : g.out(noun)) {
      if (!(d.relation().equals("nmod:in") || d.relation().equals("nmod:of"))) continue;
      String c = placeCountry(d.dependent());
      if (c != null) return c;
    }
    return null;
  }

  /**
   * An ethnic group ("ethnic Albanians", "ethnic Turkish guerrillas") is coded, as CAMEO codes it, as the people of
   * the country it lives in, not of the nation its name comes from: the country of a place its own phrase names
   * ("ethnic Albanians of southern Serbia", "… guerrillas operating in Macedonia"), else of the place where the clause
   * it is an argument of happens ("ethnic Albanians demonstrated in Serbia" {@code SRBCVL}); the combined actor goes
   * first, in place of the nation's reading, with the group's role ({@code CVL} when it has none).
   */
  private void situateEthnicGroup(int arg, Mention own, List<Party> out) {
    String country = ethnicHome(arg);
    Actor a = own.actor();
    if (country == null || country.equals(a.country())) return;
    String role = a.role() != null ? a.role() : "CVL";
    out.removeIf(p -> p.mention() == own && p.actor().equals(a));  // not the nation its name comes from
    out.add(0, new Party(new Actor(country + role, a.name(), country, role, a.kind()), arg, own, false));
  }

  /** Whether a mention is preceded by "ethnic" ("ethnic Albanians"). */
  boolean isEthnic(Mention m) {
    if (m.actor() == null || m.actor().country() == null || m.actor().kind() == ActorKind.PERSON) return false;
    for (int t = Math.max(0, m.beginToken() - 2); t < m.endToken(); t++) {
      if (g.lemma(t).equals("ethnic")) return true;
    }
    return false;
  }

  /** Where the group of an argument lives: a place in its own phrase, else where its clause happens; or null. */
  private String ethnicHome(int arg) {
    List<Integer> places = new ArrayList<>();
    for (Dependency d : g.out(arg)) {
      String r = d.relation();
      if (r.startsWith("nmod:") && OWNING_PREPS.contains(d.subtype())) places.add(d.dependent());
      if (r.startsWith("acl")) {
        for (String w : LOCATIVE) places.addAll(g.prepArgs(d.dependent(), w));
      }
    }
    Dependency gov = g.governor(arg);
    if (gov != null && g.token(gov.governor()).isVerb()) {
      for (String w : LOCATIVE) places.addAll(g.placeArgs(gov.governor(), w));
    }
    for (int p : places) {
      String c = whereCountry(p);
      if (c != null) return c;
    }
    return null;
  }

  /**
   * The country a word names as a place: a country, region or capital mention ("Serbia", "Kabul"), or a place name
   * of known country ("Kharkiv"); null otherwise (a group, a person, an unknown place).
   */
  String placeCountry(int w) {
    Mention at = mentionAt(w);
    String country = null;
    if (at != null) {
      Actor a = at.actor();
      boolean place = at.place() || a.kind() == ActorKind.STATE && a.role() == null && a.code() != null
          && a.code().equals(a.country());
      if (place) country = a.country() != null ? a.country() : placeCountries.countryOf(at.text());
    } else if (isPlaceName(w)) {
      country = placeCountries.countryOf(phrase(w));
    }
    return country != null && country.matches("[A-Z]{3}") ? country : null;
  }

  /** Nouns of people who act for a body: its leaders, members, officials and spokespeople. */
  private static final Set<String> REPRESENTATIVES = Set.of("leader", "member", "official", "spokesman",
      "spokeswoman", "spokesperson", "representative", "head", "chief");

  /**
   * The leaders, members or spokespeople of a body act for it, as CAMEO codes them: a bare title ("leaders",
   * {@code GOV}) whose "of"/"for"/"from" owner is an actor of its own ("leaders of the opposition coalition"
   * {@code OPP}, "members of the Tamil Tigers" {@code LKAREB}, "a spokesman for the Taliban" {@code AFGREB}) is
   * that owner: the owner goes first.
   */
  private void speakForOwner(int arg, Mention own, List<Party> out) {
    for (Dependency d : g.out(arg)) {
      String r = d.relation();
      if (!(r.equals("nmod:of") || r.equals("nmod:for") || r.equals("nmod:from"))) continue;
      for (int i = 0; i < out.size(); i++) {
        Party x = out.get(i);
        if (x.token() != d.dependent() || x.mention() == own || !x.actor().isCoded()) continue;
        out.remove(i);
        out.add(0, x);
        return;
      }
    }
  }

  /** A nation's people ("Albanians" {@code ALBCVL}), whom CAMEO codes by where they live. */
  private static boolean isPeople(Actor a) {
    return "CVL".equals(a.role()) && a.kind() == ActorKind.GROUP && a.country() != null;
  }

  /**
   * Whether a token names a place the actor stage left alone (a city: "shelled Kharkiv"); such an argument stands for
   * its country, as CAMEO codes it, with the city's name.
   */
  boolean isPlaceName(int token) {
    String ner = g.token(token).ner();
    return mentionAt(token) == null && (ner.equals("LOCATION") || ner.equals("CITY"));
  }

  /** The best actor of an argument, or null. */
  Party first(int arg) {
    List<Party> c = candidates(arg);
    return c.isEmpty() ? null : c.get(0);
  }

  /**
   * Resolves a pronoun: the subject of the governing clause (the clause's own subject for a possessive, as in
   * "Russia … its border"), climbing clause by clause; else the last actor subject of the previous sentence. An
   * object pronoun takes the nearest preceding subject of another clause. The actor must agree with the pronoun
   * (it/its: not a person; he/she: a person or group).
   */
  Party resolvePronoun(int pronoun) {
    if (pronounDepth > 4) return null;
    pronounDepth++;
    try {
      int clause = g.clauseOf(pronoun);
      boolean possessive = g.token(pronoun).pos().equals("PRP$");
      if (clause >= 0 && !possessive && !isSubjectOf(pronoun, clause)) return objectAntecedent(pronoun, clause);
      if (clause >= 0 && isSubjectOf(pronoun, clause)) clause = governingClause(clause);
      for (int step = 0; step < 5 && clause >= 0; step++) {
        List<Integer> subjects = g.isPassive(clause) ? g.deps(clause, "obl:agent") : g.subjects(clause);
        for (int s : subjects) {
          if (s == pronoun) continue;
          Party p = first(s);
          if (p != null && p.mention() != null && agrees(pronoun, p)) return p;
        }
        clause = governingClause(clause);
      }
      // The actor stage's coreference (org.riposte.actors.Coreference) looks further back than the previous sentence.
      Mention resolved = mentionAt(pronoun);
      if (resolved != null && resolved.actor() != null) return new Party(resolved.actor(), pronoun, resolved, false);
      for (int i = previousSubjects.size() - 1; i >= 0; i--) {
        if (agrees(pronoun, previousSubjects.get(i))) return previousSubjects.get(i);
      }
      return null;
    } finally {
      pronounDepth--;
    }
  }

  /** Relations of a subject an object pronoun may refer to: active or passive ("X was freed after Y pardoned him"). */
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");

  /**
   * An object pronoun ("attack it") does not refer to its own clause's subject: the nearest actor subject (active or
   * passive) before it in another clause of the sentence (for he/him/his/she/her also a person the actor stage left
   * uncoded), else the last agreeing one of the previous sentence.
   */
  private Party objectAntecedent(int pronoun, int clause) {
    Party object = governorObject(pronoun, clause);
    if (object != null) return object;
    Set<Integer> own = new HashSet<>(g.subjects(clause));
    for (int t = pronoun - 1; t >= 0; t--) {
      if (own.contains(t) || g.in(t).stream().noneMatch(d -> SUBJECTS.contains(d.relation()))) continue;
      Party p = first(t);
      boolean person = p != null && p.token() == t && isPerson(t) && PERSONAL.contains(g.lemma(pronoun));
      if (p != null && (p.mention() != null || person) && agrees(pronoun, p)) return p;
    }
    for (int i = previousSubjects.size() - 1; i >= 0; i--) {
      if (agrees(pronoun, previousSubjects.get(i))) return previousSubjects.get(i);
    }
    return null;
  }

  /** Relations by which a clause continues the one before it with the same people ("called X and urged him"). */
  private static final Set<String> CONTINUING = Set.of("conj", "xcomp", "advcl");

  /**
   * A personal object pronoun of a clause that continues another one ("called X and urged him to …", "called X to
   * assure him"): the person the governing clause addressed, its direct object before the pronoun.
   */
  private Party governorObject(int pronoun, int clause) {
    if (!PERSONAL.contains(g.lemma(pronoun)) || g.token(pronoun).pos().equals("PRP$")) return null;
    Dependency gov = g.governor(clause);
    if (gov == null || !CONTINUING.contains(gov.baseRelation())) return null;
    for (int o : g.deps(gov.governor(), "obj")) {
      if (o >= pronoun) continue;
      Party p = first(o);
      if (p != null && p.mention() != null && agrees(pronoun, p)) return p;
    }
    return null;
  }

  private boolean isSubjectOf(int t, int clause) {
    return g.subjects(clause).contains(t) || g.passiveSubjects(clause).contains(t);
  }

  private int governingClause(int clause) {
    Dependency gov = g.governor(clause);
    return gov == null ? -1 : g.clauseOf(gov.governor());
  }

  private boolean agrees(int pronoun, Party p) {
    String w = g.lemma(pronoun);
    ActorKind k = p.actor().kind();
    if (PERSONAL.contains(w)) return k == ActorKind.PERSON || k == ActorKind.GROUP || k == ActorKind.UNKNOWN;
    if (NEUTER.contains(w)) return k != ActorKind.PERSON;
    return true;
  }

  /**
   * Adds to {@code found} the actors coordinated with a picked one ("Russia and Belarus") that pass {@code ok} and are
   * not there yet.
   */
  void addConjuncts(Party picked, List<Party> found, Predicate<Party> ok) {
    for (Dependency d : g.out(picked.token())) {
      if (!d.baseRelation().equals("conj")) continue;
      Party c = first(d.dependent());
      if (c != null && ok.test(c) && found.stream().noneMatch(c::sameActor)) found.add(c);
    }
  }

  /**
   * Adds the actors of coordinated adjectives or compounds on one noun ("Ukrainian and Russian delegations" are a
   * Ukrainian and a Russian delegation; "US and British forces" are {@code USAMIL} and {@code GBRMIL}: a bare country
   * takes the role of the noun's own actor) that pass {@code ok} and are not in {@code found} yet.
   */
  void addCoordinatedModifiers(int head, List<Party> found, Predicate<Party> ok) {
    List<Integer> mods = new ArrayList<>(g.deps(head, "amod"));
    mods.addAll(g.deps(head, "compound"));
    if (mods.size() < 2) return;
    Mention own = mentionAt(head);
    String role = own != null && own.covers(head) ? own.actor().role() : null;
    for (int x : mods) {
      boolean coordinated =
          g.out(x).stream().anyMatch(d -> d.baseRelation().equals("conj") && mods.contains(d.dependent()))
          || g.in(x).stream().anyMatch(d -> d.baseRelation().equals("conj") && mods.contains(d.governor()));
      Mention m = mentionAt(x);
      if (!coordinated || m == null) continue;
      Actor a = m.actor();
      boolean bareCountry = a.role() == null && a.country() != null && a.country().equals(a.code());
      if (role != null && bareCountry) {  // "US and British forces": American forces too
        a = new Actor(a.country() + role, m.text(), a.country(), role, own.actor().kind());
      }
      Party c = new Party(a, x, m, false);
      if (ok.test(c) && found.stream().noneMatch(c::sameActor)) found.add(c);
    }
  }

  /** Actor subjects of the sentence (active subjects with an actor mention), in token order. */
  List<Party> subjectsInOrder() {
    if (subjects == null) subjects = findSubjects();
    return subjects;
  }

  private List<Party> findSubjects() {
    List<Party> out = new ArrayList<>();
    for (int t = 0; t < g.size(); t++) {
      if (g.in(t).stream().noneMatch(d -> d.relation().equals("nsubj"))) continue;
      Party p = first(t);
      if (p != null && p.mention() != null) out.add(p.at(t));
    }
    return out;
  }

  /** Actor subjects of the previous sentence. */
  List<Party> previousSubjects() { return previousSubjects; }

  /**
   * The words of a noun phrase: the head with its determiners, compounds, adjectives, numbers and possessor, as a
   * contiguous span.
   */
  String phrase(int head) {
    int lo = head;
    int hi = head;
    Deque<Integer> todo = new ArrayDeque<>(List.of(head));
    while (!todo.isEmpty()) {
      int t = todo.pop();
      for (Dependency d : g.out(t)) {
        String r = d.relation();
        if (r.equals("det") || r.equals("amod") || r.equals("compound") || r.equals("nmod:poss") || r.equals("nummod")
            || r.equals("flat") || r.equals("case") && d.governor() != head) {
          int c = d.dependent();
          if (Math.abs(c - head) > 8) continue;
          lo = Math.min(lo, c);
          hi = Math.max(hi, c);
          todo.push(c);
        }
      }
    }
    return g.text(lo, hi);
  }
}
