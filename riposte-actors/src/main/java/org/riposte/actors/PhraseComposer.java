package org.riposte.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Mention;
import org.riposte.api.Sentence;
import org.riposte.api.Token;

/**
 * Turns the atoms of a sentence into mentions: phrases adjacent atoms into noun phrases ("Russia's deputy foreign
 * minister", "Kremlin spokesman Dmitry Peskov"), codes each phrase (country + role, a person's dated role, an
 * organisation), then lets {@link PhraseLinker} link names to titles ("Mikhail Ulyanov, a senior Russian diplomat")
 * and agents to the organisation they belong to ("diplomats of the Atlantic Alliance"). Thread safe; the article
 * state lives in {@link ArticleContext}.
 */
final class PhraseComposer {

  /** Tags of the words that may stand between two atoms of one noun phrase ("Russia 's deputy foreign minister"). */
  private static final Set<String> GLUE = Set.of("POS", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD");

  private final Function<String, String> countryNames;

  /** @param countryNames the canonical name of a country or region code ("RUS" → "Russia"), or null */
  PhraseComposer(Function<String, String> countryNames) {
    this.countryNames = countryNames;
  }

  /** The mentions of one sentence, in token order. */
  List<Mention> compose(Sentence s, List<Atom> atoms, ArticleContext ctx) {
    List<Phrase> phrases = new ArrayList<>();
    for (List<Atom> chunk : chunks(s, atoms)) {
      for (Phrase g : phrasesOf(chunk)) phrases.addAll(connected(s, g));
    }
    for (Phrase g : phrases) resolve(s, g, ctx);
    PhraseLinker.link(s, phrases, ctx);
    rebels(s, atoms, phrases, ctx);
    ethnic(s, phrases, ctx);
    List<Mention> out = new ArrayList<>();
    for (Phrase g : phrases) {
      if (g.personName != null && g.actor == null) g.actor = Actor.unknown(g.personName);
      if (g.actor == null) continue;
      if (g.personName != null && g.actor.isCoded()) ctx.remember(g.personName, g.actor);
      // A title worn by a coded person ("Foreign Minister Sergei Lavrov", "Lavrov, Russia's foreign minister")
      // lets a later "the minister" refer to that person.
      if (g.actor.isCoded() && g.actor.kind() == ActorKind.PERSON) {
        Atom title = g.lastAgent();
        if (title != null) ctx.rememberTitle(text(s, title.begin(), title.end()), g.actor);
      }
      int head = Heads.head(s, g.begin(), g.end());
      out.add(new Mention(s.index(), g.begin(), g.end(), head, text(s, g.begin(), g.end()), g.actor, g.place));
    }
    return out;
  }

  /**
   * Roles that belong to the country they are in: the opposition and civilians ("protesters in Baku"), the police,
   * lawmakers, students, farmers and criminals ("gunmen in Nangarhar"). Not judges, workers, doctors or clerics, who
   * are often foreign or international where they are named (a war crimes court, aid workers, missionaries).
   */
  private static final Set<String> DOMESTIC = Set.of("OPP", "CVL", "COP", "LEG", "EDU", "AGR", "CRM");

  /**
   * Rebels without a country ("separatists", "Russian-backed separatists") are the rebels of the country the text
   * places them in ({@link ArticleContext#rebelCountry}); the sponsor of "-backed" is never their country. The
   * opposition, civilians and the other {@link #DOMESTIC} roles without a country ("opposition leaders agreed to
   * postpone the rally in Baku", "prisoners rioted at a jail in Dili", "police in Cairo") are those of the place
   * named in the sentence or paragraph.
   */
  private static void rebels(Sentence s, List<Atom> atoms, List<Phrase> phrases, ArticleContext ctx) {
    java.util.Set<String> sponsors = new java.util.HashSet<>();
    for (Atom a : atoms) {
      if (a.sponsor() && a.entries().get(0).country() != null) sponsors.add(a.entries().get(0).country());
    }
    for (Phrase g : phrases) {
      if (g.actor == null || g.mod != null || g.personName != null) continue;
      String role = g.actor.code();
      String country = "REB".equals(role) ? ctx.rebelCountry(s.index(), g.begin(), s.paragraph(), sponsors)
          : role != null && DOMESTIC.contains(role) ? ctx.placedIn(s.index(), g.begin(), s.paragraph(), sponsors)
          : null;
      if (country != null) {
        g.actor = new Actor(country + role, g.actor.name(), country, role, g.actor.kind());
      }
    }
  }

  /**
   * An ethnic group named by "ethnic" and a nationality ("ethnic Albanians", "ethnic Turkish villagers") is a group
   * of the country the sentence places it in ("… demonstrated in Serbia" → {@code SRBCVL}), as CAMEO codes
   * minorities by where they live; without a place in the sentence it keeps the nationality.
   */
  private static void ethnic(Sentence s, List<Phrase> phrases, ArticleContext ctx) {
    for (Phrase g : phrases) {
      if (g.actor == null || g.mod == null || g.personName != null || g.mod.country() == null) continue;
      if (g.begin() == 0 || !s.token(g.begin() - 1).word().equalsIgnoreCase("ethnic")) continue;
      if (!g.mod.country().equals(g.actor.country())) continue;
      String country = ctx.firstPlace(s.index(), g.mod.country());
      if (country == null) continue;
      String role = g.actor.role();
      g.actor = new Actor(role == null ? country : country + role, g.actor.name(), country, role, g.actor.kind());
    }
  }

  // ---------------------------------------------------------------- chunks and phrases

  /** Runs of atoms separated only by glue words. */
  private static List<List<Atom>> chunks(Sentence s, List<Atom> atoms) {
    List<List<Atom>> out = new ArrayList<>();
    List<Atom> cur = new ArrayList<>();
    for (Atom a : atoms) {
      if (!cur.isEmpty()) {
        Atom prev = cur.get(cur.size() - 1);
        boolean glued = !prev.sponsor();
        for (int k = prev.end(); k < a.begin() && glued; k++) glued = GLUE.contains(s.token(k).pos());
        if (!glued) {
          out.add(cur);
          cur = new ArrayList<>();
        }
      }
      cur.add(a);
    }
    if (!cur.isEmpty()) out.add(cur);
    return out;
  }

  /**
   * Splits a chunk into phrases of the shape modifier* agent* person?: a modifier after an agent or person starts a
   * new phrase, as does a modifier of another country, a person after a person, and a country noun before a
   * "topic" agent ("a Russia expert").
   */
  private static List<Phrase> phrasesOf(List<Atom> chunk) {
    List<Phrase> out = new ArrayList<>();
    Phrase g = new Phrase();
    for (Atom a : chunk) {
      switch (a.kind()) {
        case MODIFIER -> {
          if (g.hasAgentOrPerson() || (g.hasModifier() && !sameCountry(g.lastModifier(), a))) g = flush(out, g);
        }
        case AGENT -> {
          if (g.hasPerson()) g = flush(out, g);
          if (a.entries().get(0).options().topic() && g.hasModifier()
              && g.lastModifier().entries().get(0).type() != EntryType.ADJ && !g.hasAgentOrPerson()) {
            g = flush(out, g);
          }
        }
        case PERSON, HONORIFIC -> {
          if (g.hasPerson()) g = flush(out, g);
        }
        case ORGNAME -> { }
      }
      g.atoms.add(a);
    }
    flush(out, g);
    return out;
  }

  private static Phrase flush(List<Phrase> out, Phrase g) {
    if (!g.atoms.isEmpty()) out.add(g);
    return new Phrase();
  }

  private static boolean sameCountry(Atom a, Atom b) {
    String ca = a.entries().get(0).country();
    String cb = b.entries().get(0).country();
    return ca != null && ca.equals(cb);
  }

  /**
   * Checks a phrase against the parse: at most one of its atoms may attach outside it. Leading atoms that attach
   * elsewhere ("sent Ukraine troops": Ukraine is the verb's object) become phrases of their own.
   */
  private static List<Phrase> connected(Sentence s, Phrase g) {
    List<Phrase> out = new ArrayList<>();
    if (modifiesNextNoun(s, g)) {
      out.add(g);
      return out;
    }
    while (g.atoms.size() > 1 && outsideCount(s, g) > 1) {
      Phrase first = new Phrase();
      first.atoms.add(g.atoms.remove(0));
      out.add(first);
    }
    out.add(g);
    return out;
  }

  /**
   * Whether a phrase ending on an agent is, as a whole, the modifier of the common noun right after it: every atom
   * attaches to that noun ("Ugandan opposition candidates", "Israeli army bulldozers"), so the phrase stays one
   * mention (UGAOPP, ISRMIL) instead of a country and a dropped bare agent.
   */
  private static boolean modifiesNextNoun(Sentence s, Phrase g) {
    if (g.atoms.size() < 2 || g.atoms.get(g.atoms.size() - 1).kind() != Atom.Kind.AGENT) return false;
    int next = g.end();
    if (next >= s.tokens().size() || !s.token(next).isNoun() || s.token(next).isProperNoun()) return false;
    for (Atom a : g.atoms) {
      int h = Heads.head(s, a.begin(), a.end());
      boolean toNext = false;
      for (org.riposte.api.Dependency d : s.parents(h)) toNext |= d.governor() == next;
      if (!toNext) return false;
    }
    return true;
  }

  private static int outsideCount(Sentence s, Phrase g) {
    int n = 0;
    for (Atom a : g.atoms) {
      int h = Heads.head(s, a.begin(), a.end());
      if (!Heads.attachesInside(s, h, g.begin(), g.end())) n++;
    }
    return n;
  }

  // ---------------------------------------------------------------- coding

  /** Codes one phrase from its own atoms. */
  private void resolve(Sentence s, Phrase g, ArticleContext ctx) {
    List<Entry> agents = new ArrayList<>();
    Atom person = null;
    Atom modAtom = null;
    Entry mod = null;
    for (Atom a : g.atoms) {
      switch (a.kind()) {
        case MODIFIER -> {
          Entry e = choose(a, s, ctx);
          if (e == null) continue;
          // Of several modifiers of one country, the more specific wins ("U.S. State Department").
          if (mod == null || e.role() != null || mod.role() == null) {
            mod = e;
            modAtom = a;
          }
        }
        case AGENT -> agents.add(a.entries().get(0));
        case PERSON -> person = a;
        default -> { }
      }
    }
    g.mod = mod;
    g.modAtom = modAtom;
    g.agents = agents;
    if (person != null) {
      g.personName = text(s, person.begin(), person.end());
      if (person.known()) {
        Entry p = person.entries().get(0);
        ctx.seen(p);
        g.actor = p.personAt(ctx.date());
        String title = strongRole(agents);
        if (title != null) g.actor = titled(p, g.actor, title, mod, ctx.date() == null);
        if (formerHolder(s, g)) g.actor = outOfOffice(g.actor, p.code());
        g.personName = p.name();
        g.fixed = true;
        return;
      }
      Actor known = ctx.recall(g.personName);
      if (known != null) {
        g.actor = known;
        g.personName = known.name();
        g.fixed = true;
        return;
      }
      if (mod != null || !agents.isEmpty()) g.actor = compose(mod, modAtom, agents, g.personName, ActorKind.PERSON);
      if (g.actor != null && formerHolder(s, g)) g.actor = outOfOffice(g.actor, g.actor.country());
      return;
    }
    if (!agents.isEmpty()) {
      g.actor = compose(mod, modAtom, agents, text(s, g.begin(), g.end()), ActorKind.GROUP);
      // an unknown name with a word that is an actor only with a country ("the Fatah Party") stays a name
      if (g.actor != null || mod != null) return;
    }
    if (mod != null) {
      if (modAtom.located()) {
        String code = mod.country() != null ? mod.country() : mod.code();
        String name = countryNames.apply(code);
        g.actor = new Actor(code, name != null ? name : mod.name(), mod.country(), null, ActorKind.STATE);
      } else if (mod.type() == EntryType.CITY) {
        // a city or province alone is a place of its country ("shelled Idlib" SYR), as the coder codes a place
        g.actor = new Actor(mod.country(), text(s, g.begin(), g.end()), mod.country(), null, ActorKind.STATE);
        if (inhabited(s, modAtom.begin())) g.actor = people(g.actor);
        g.place = true;
      } else {
        g.actor = mod.standalone();
        if (mod.type() == EntryType.ADJ && isPeople(s, modAtom) && g.actor != null && g.actor.country() != null) {
          g.actor = people(g.actor);
        }
        if (mod.type() == EntryType.CAPITAL && g.actor != null && g.actor.country() != null
            && inhabited(s, modAtom.begin())) {
          g.actor = people(new Actor(mod.country(), text(s, g.begin(), g.end()), mod.country(), null,
              ActorKind.STATE));
        }
        g.place = mod.options().place() || mod.type() == EntryType.CAPITAL;
      }
      return;
    }
    for (Atom a : g.atoms) {
      if (a.kind() == Atom.Kind.ORGNAME) {
        g.actor = Actor.unknown(text(s, g.begin(), g.end()));
        return;
      }
    }
  }

  /** Prepositions after which a city is where something happens to the people living there. */
  private static final Set<String> IN_PLACE = Set.of("in", "near", "at", "inside", "around", "across", "throughout");

  /** Words of a visit or meeting: "arrived in Kyiv", "talks in Moscow" are with the government there. */
  private static final Set<String> VISITS = Set.of("arrive", "visit", "travel", "fly", "come", "go", "return",
      "meet", "meeting", "talk", "talks", "summit", "embassy", "consulate", "open", "base", "station", "arrived",
      "visited", "travelled", "traveled", "flew", "came", "went", "returned", "met", "opened", "based", "stationed");

  /** Nouns of "the town of X", "the streets of X": X is a place where people live. */
  private static final Set<String> SETTLEMENTS = Set.of("town", "city", "village", "capital", "district",
      "province", "region", "streets", "suburbs", "outskirts", "centre", "center");

  /**
   * Whether a city or capital at {@code begin} is named as the place where people live rather than as a government:
   * after "in", "near", "at" … ("a curfew in Algiers", "shells fell in central Baghdad") or in "the town of X". A
   * city so named, alone, is coded as its country's civilians ({@code DZACVL}), as CAMEO codes attacks and
   * curfews on a city; "Algiers rejected …" and a visit or meeting ("arrived in Kyiv", "talks in Moscow", "an
   * embassy in Tehran") stay the government.
   */
  private static boolean inhabited(Sentence s, int begin) {
    int k = begin - 1;
    while (k >= 0 && (s.token(k).pos().equals("DT") || s.token(k).pos().startsWith("JJ"))) k--;
    if (k < 0) return false;
    String w = s.token(k).word().toLowerCase(java.util.Locale.ROOT);
    if (k > 0 && (VISITS.contains(s.token(k - 1).lemma().toLowerCase(java.util.Locale.ROOT))
        || VISITS.contains(s.token(k - 1).word().toLowerCase(java.util.Locale.ROOT)))) {
      return false;
    }
    if (IN_PLACE.contains(w)) return true;
    if (!w.equals("of")) return false;
    return k > 0 && SETTLEMENTS.contains(s.token(k - 1).word().toLowerCase(java.util.Locale.ROOT));
  }

  /** The role of the rightmost specific (not weak) agent of a phrase, or null. */
  private static String strongRole(List<Entry> agents) {
    String role = null;
    for (Entry a : agents) if (a.code() != null && !a.options().weak()) role = a.code();
    return role;
  }

  /**
   * A known person as the title before the name shows him: in an undated text the latest spell in the office the
   * title names ("Prime Minister X" is coded as prime minister though X's latest office is another; the country of
   * the title's modifier must match when it has one); and the office of the title for a person whose organisation
   * code names none ("U.N. Secretary-General X": {@code IGOUNO} with role {@code GOV}).
   */
  private static Actor titled(Entry person, Actor actor, String title, Entry mod, boolean undated) {
    if (undated && !title.equals(actor.role())) {
      Actor t = person.personTitled(title, mod == null ? null : mod.country());
      if (t != null) return t;
    }
    if (actor.role() == null && actor.isCoded() && Codes.isOrganisation(actor.code())) {
      return new Actor(actor.code(), actor.name(), null, title, actor.kind());
    }
    return actor;
  }

  /** Words that put a title in the past: "former President X", "ousted leader X", "ex-minister X". */
  private static final Set<String> FORMER = Set.of("former", "ex", "ousted", "deposed", "exiled", "toppled",
      "erstwhile", "onetime", "one-time", "overthrown");

  /** Nouns that name a person seeking an office, not holding it: "candidate X", "presidential nominee X". */
  private static final Set<String> SEEKING = Set.of("candidate", "nominee", "challenger", "hopeful", "contender");

  /**
   * Whether the person of a phrase is named by a title in the past ("Former Socialist prime minister Andreas
   * Papandreou", "ousted President Askar Akayev", "ex-minister X"): one of {@link #FORMER} before the phrase's first
   * title, with only adjectives, names and hyphens between ("former Soviet leader"), not a possessive ("the former
   * republic's president" is a president now). A name right after a noun of one seeking office ({@link #SEEKING}:
   * "candidate Alassane Ouattara", "presidential candidate X") is out of office too, as CAMEO codes candidates
   * ({@code ELI}) whatever office they held before or after.
   */
  static boolean formerHolder(Sentence s, Phrase g) {
    int first = -1;
    boolean named = false;
    for (Atom a : g.atoms) {
      if (a.kind() == Atom.Kind.AGENT || a.kind() == Atom.Kind.PERSON) {
        first = a.begin();
        named = a.kind() == Atom.Kind.PERSON;
        break;
      }
    }
    if (first > 0 && named
        && SEEKING.contains(s.token(first - 1).word().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (int k = first - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
      Token t = s.token(k);
      if (FORMER.contains(t.word().toLowerCase(java.util.Locale.ROOT))) return true;
      String pos = t.pos();
      if (!(pos.startsWith("JJ") || pos.equals("NNP") || pos.equals("NNPS") || pos.equals("HYPH")
          || t.word().equals("-"))) {
        return false;
      }
    }
    return false;
  }

  /** A person out of office: the nationality with {@code ELI}, as CAMEO codes former office holders. */
  private static Actor outOfOffice(Actor a, String nationality) {
    String country = a.country() != null ? a.country() : nationality;
    if (country == null || !country.matches("[A-Z]{3}")) return a;
    return new Actor(country + "ELI", a.name(), country, "ELI", ActorKind.PERSON);
  }

  /**
   * The entry a modifier stands for here: of the entries whose condition is met, the one met nearest (same sentence
   * before same paragraph before article); else the first unconditional entry; null when none applies. A conditional
   * entry never applies right after a possessive: "its allies", "Russia's allies" are somebody's, not NATO.
   */
  static Entry choose(Atom a, Sentence s, ArticleContext ctx) {
    Entry best = null;
    int bestDistance = Integer.MAX_VALUE;
    Entry fallback = null;
    boolean owned = a.begin() > 0
        && (s.token(a.begin() - 1).pos().equals("PRP$") || s.token(a.begin() - 1).pos().equals("POS"));
    for (Entry e : a.entries()) {
      Condition c = e.options().condition();
      if (c == null) {
        if (fallback == null) fallback = e;
        continue;
      }
      if (owned) continue;
      int d = ctx.distance(c, s.index(), s.paragraph());
      if (d >= 0 && d < bestDistance) {
        best = e;
        bestDistance = d;
      }
    }
    return best != null ? best : fallback;
  }

  /**
   * Codes a modifier and agents: the role of the rightmost specific agent, else the role the modifier carries
   * (Kremlin → GOV, Pentagon → MIL), else the rightmost weak agent's; the code is the organisation's (the role is
   * then only recorded), or the country's or region's followed by the role, or the bare role without a modifier.
   * Null when nothing can be coded (a bare "staff", a bare "mission").
   */
  static Actor compose(Entry mod, Atom modAtom, List<Entry> agents, String name, ActorKind kind) {
    String strong = null;
    String weak = null;
    boolean allModOnly = !agents.isEmpty();
    for (Entry a : agents) {
      if (!a.options().modOnly()) allModOnly = false;
      if (a.code() == null) continue;
      if (a.options().weak()) weak = a.code();
      else strong = a.code();
    }
    boolean located = modAtom != null && modAtom.located();
    String modRole = mod != null && !located && (mod.type() == EntryType.SEAT || mod.type() == EntryType.ORG)
        ? mod.role() : null;
    String role = strong != null ? strong : modRole != null ? modRole : weak;
    if (mod == null) {
      if (role == null || allModOnly) return null;
      return new Actor(role, name, null, role, kind);
    }
    if (Codes.isOrganisation(mod.code())) return new Actor(mod.code(), name, null, role, kind);
    String base = switch (mod.type()) {
      case SEAT, ORG -> Codes.countryOf(mod.code()) != null ? Codes.countryOf(mod.code()) : mod.code().substring(0, 3);
      default -> mod.code();
    };
    return new Actor(role == null ? base : base + role, name, mod.country(), role, kind);
  }
  /** Whether a demonym is a plural noun ("Algerians", "thousands of Nigerians"): people, not the nation's state. */
  private static boolean isPeople(Sentence s, Atom a) {
    String pos = s.token(a.end() - 1).pos();
    return pos.equals("NNS") || pos.equals("NNPS");
  }

  /** A nation's people as CAMEO codes them: the country with the civilian role ("Algerians" → {@code DZACVL}). */
  private static Actor people(Actor nation) {
    return new Actor(nation.country() + "CVL", nation.name(), nation.country(), "CVL", ActorKind.GROUP);
  }

  static String text(Sentence s, int begin, int end) {
    Token b = s.token(begin);
    Token e = s.token(end - 1);
    int from = b.begin() - s.begin();
    int to = e.end() - s.begin();
    if (from >= 0 && to <= s.text().length() && from <= to) return s.text().substring(from, to);
    StringBuilder sb = new StringBuilder();
    for (int i = begin; i < end; i++) {
      if (i > begin) sb.append(' ');
      sb.append(s.token(i).word());
    }
    return sb.toString();
  }
}
