package org.riposte.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Dependency;
import org.riposte.api.Sentence;

/**
 * Links the phrases of one sentence to each other once each is coded by itself: agents to the organisation or
 * person they belong to, names to titles in apposition, definite titles to the person introduced with them, and
 * coordinated adjectives to the agent they share. Stateless.
 */
final class PhraseLinker {

  /** Prepositions by which an agent names its organisation or country ("diplomats of NATO", "officials in Kyiv"). */
  private static final Set<String> BELONGING = Set.of("of", "at", "for", "in", "from");

  private PhraseLinker() {}

  /** Applies every link, in order, to the phrases of a sentence. */
  static void link(Sentence s, List<Phrase> phrases, ArticleContext ctx) {
    for (Phrase g : phrases) bareAgentAsModifier(s, g);
    for (Phrase g : phrases) belonging(s, g, phrases);
    for (Phrase g : phrases) apposition(s, g, phrases);
    for (Phrase g : phrases) titleReference(s, g, ctx);
    coordination(s, phrases);
  }

  /**
   * An agent without a country takes the organisation or country it belongs to: "diplomats of the Atlantic
   * Alliance" → IGOWSTNAT, "an expert at Chatham House" → GBREDU, "officials in Kyiv" → UKRGOV.
   */
  private static void belonging(Sentence s, Phrase g, List<Phrase> phrases) {
    if (g.fixed || g.mod != null || g.agents.isEmpty()) return;
    int head = Heads.head(s, g.begin(), g.end());
    boolean diplomatic = g.agents.stream().anyMatch(a -> "DIP".equals(a.code()));
    String role = roleOf(g.agents);
    Actor person = personOwner(s, head, phrases);
    if (person != null && role != null) {
      String name = g.personName != null ? g.personName : PhraseComposer.text(s, g.begin(), g.end());
      g.actor = new Actor(person.country() + role, name, person.country(), role,
          g.personName != null ? ActorKind.PERSON : ActorKind.GROUP);
      return;
    }
    Phrase owner = owner(s, head, phrases, 2, diplomatic);
    if (owner == null) return;
    String name = g.personName != null ? g.personName : PhraseComposer.text(s, g.begin(), g.end());
    Actor a = PhraseComposer.compose(owner.mod, owner.modAtom, g.agents, name,
        g.personName != null ? ActorKind.PERSON : ActorKind.GROUP);
    if (a != null) {
      g.actor = a;
      g.mod = owner.mod;
      g.modAtom = owner.modAtom;
    }
  }

  /**
   * The nearest phrase made of a modifier only, reached from a token by "of/at/for/in/from" arcs ("in" only to a
   * country or capital; for diplomats only "of/from": an embassy "in Moscow" or a mission "at NATO" is the host's,
   * not the owner's).
   */
  private static Phrase owner(Sentence s, int token, List<Phrase> phrases, int depth, boolean diplomatic) {
    if (depth == 0) return null;
    for (Dependency d : s.children(token)) {
      if (!d.baseRelation().equals("nmod") || !BELONGING.contains(d.subtype())) continue;
      if (diplomatic && !d.subtype().equals("of") && !d.subtype().equals("from")) continue;
      Phrase target = phraseAt(phrases, d.dependent());
      if (target == null) target = namedBy(s, d.dependent(), phrases);
      if (target != null && target.mod != null && target.agents.isEmpty() && target.personName == null) {
        EntryType t = target.mod.type();
        boolean place = (t == EntryType.CAPITAL || t == EntryType.COUNTRY || target.mod.options().place())
            && !Codes.isRegion(target.mod.code());
        if (!d.subtype().equals("in") || place) return target;
      }
      Phrase deeper = owner(s, d.dependent(), phrases, depth - 1, diplomatic);
      if (deeper != null) return deeper;
    }
    return null;
  }

  /**
   * The phrase that names a common noun through its compound modifier ("the government of Sindh province", "officials
   * of the Donetsk region": the arc reaches "province", the name is "Sindh"), or null.
   */
  private static Phrase namedBy(Sentence s, int token, List<Phrase> phrases) {
    if (!s.token(token).isNoun() || s.token(token).isProperNoun()) return null;
    for (Dependency c : s.children(token)) {
      if (c.relation().equals("compound") && c.dependent() < token) {
        Phrase p = phraseAt(phrases, c.dependent());
        if (p != null) return p;
      }
    }
    return null;
  }

  /** The coded person an agent belongs to ("Putin's regime", "the regime of Alexander Lukashenko"), or null. */
  private static Actor personOwner(Sentence s, int head, List<Phrase> phrases) {
    for (Dependency d : s.children(head)) {
      boolean poss = d.relation().equals("nmod:poss") || d.relation().equals("nmod:of");
      if (!poss) continue;
      Phrase target = phraseAt(phrases, d.dependent());
      if (target != null && target.personName != null && target.actor != null && target.actor.country() != null) {
        return target.actor;
      }
    }
    return null;
  }

  /** The role a list of agents gives: the rightmost specific one, else the rightmost weak one; null if none. */
  private static String roleOf(List<Entry> agents) {
    String strong = null;
    String weak = null;
    for (Entry a : agents) {
      if (a.code() == null) continue;
      if (a.options().weak()) weak = a.code();
      else strong = a.code();
    }
    return strong != null ? strong : weak;
  }

  /**
   * A bare agent that modifies a following noun is no actor ("press conference", "fighter jets", "refugee
   * crisis"): without a country or person it is dropped.
   */
  private static void bareAgentAsModifier(Sentence s, Phrase g) {
    if (g.mod != null || g.personName != null || g.agents.isEmpty()) return;
    int next = g.end();
    if (next < s.tokens().size() && s.token(next).isNoun() && !s.token(next).isProperNoun()) {
      g.agents = List.of();
      g.actor = null;
    }
  }

  /**
   * A name and a title in apposition share one actor: "Mikhail Ulyanov, a senior Russian diplomat" and "Russia's
   * deputy foreign minister, Andrei Rudenko" give the name the title's code and the title the name.
   */
  private static void apposition(Sentence s, Phrase g, List<Phrase> phrases) {
    if (g.personName == null) return;
    int head = Heads.head(s, g.begin(), g.end());
    for (Dependency d : s.dependencies()) {
      if (!d.baseRelation().equals("appos")) continue;
      int other;
      if (d.governor() == head) other = d.dependent();
      else if (d.dependent() == head) other = d.governor();
      else continue;
      Phrase title = phraseAt(phrases, other);
      if (title == null || title == g || title.personName != null) {
        if (title == null && !g.fixed && vague(g.actor)) {
          Phrase owner = owner(s, other, phrases, 2, false);
          if (owner != null) g.actor = PhraseComposer.compose(owner.mod, owner.modAtom, List.of(), g.personName, ActorKind.PERSON);
        }
        continue;
      }
      if (!g.fixed && vague(g.actor)) {
        Actor t = title.actor;
        if (vague(t)) continue;
        g.actor = new Actor(t.code(), g.personName, t.country(), t.role(), ActorKind.PERSON);
      }
      if (!title.agents.isEmpty() && g.actor != null && g.actor.isCoded()) title.actor = g.actor;
    }
  }

  /**
   * A definite singular title refers to the person last introduced with it: "the spokesman" → Dmitry Peskov after
   * "Kremlin spokesman Dmitry Peskov", "the Kremlin's spokesman" too (same country), "the defense secretary" → Lloyd
   * Austin. A title with another country ("the Ukrainian foreign minister") does not.
   */
  private static void titleReference(Sentence s, Phrase g, ArticleContext ctx) {
    if (g.personName != null || g.agents.isEmpty() || g.actor == null) return;
    Atom last = g.atoms.get(g.atoms.size() - 1);
    if (last.kind() != Atom.Kind.AGENT || s.token(last.end() - 1).pos().endsWith("S")) return;
    Actor person = ctx.recallTitle(PhraseComposer.text(s, last.begin(), last.end()));
    if (person == null) return;
    boolean definite = g.begin() > 0 && s.token(g.begin() - 1).word().equalsIgnoreCase("the");
    boolean sameParty = g.actor.party() != null && g.actor.party().equals(person.party());
    if ((g.mod == null && definite) || (g.mod != null && sameParty)) g.actor = person;
  }

  /**
   * A bare adjective coordinated with an adjective-and-agent phrase shares its agent: in "French and German
   * diplomats" "French" is FRADIP, like "German diplomats" DEUDIP; so is a country's abbreviation ("US and British
   * forces": USAMIL).
   */
  private static void coordination(Sentence s, List<Phrase> phrases) {
    for (int i = 0; i + 1 < phrases.size(); i++) {
      Phrase g = phrases.get(i);
      Phrase next = phrases.get(i + 1);
      if (g.mod == null || !attributive(s, g) || !g.agents.isEmpty() || g.personName != null) continue;
      if (next.mod == null || next.mod.type() != EntryType.ADJ || next.agents.isEmpty() || next.personName != null) {
        continue;
      }
      if (next.begin() != g.end() + 1) continue;
      String between = s.token(next.begin() - 1).word().toLowerCase(Locale.ROOT);
      if (!between.equals("and") && !between.equals("or") && !between.equals("and/or")) continue;
      if (next.modAtom != next.atoms.get(0)) continue;
      Actor a = PhraseComposer.compose(g.mod, g.modAtom, next.agents, PhraseComposer.text(s, g.begin(), g.end()), ActorKind.GROUP);
      if (a != null) g.actor = a;
    }
  }

  /**
   * Whether a phrase's country is written as an adjective: a demonym ("British"), or a country's abbreviation, which
   * news writes before nouns ("US and British forces"); a country's name is not ("Russia and Ukrainian forces").
   */
  private static boolean attributive(Sentence s, Phrase g) {
    if (g.mod.type() == EntryType.ADJ) return true;
    if (g.mod.type() != EntryType.COUNTRY) return false;
    String w = PhraseComposer.text(s, g.begin(), g.end());
    return w.length() <= 4 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  /** An actor with neither country, region nor organisation: none, unknown, or a bare role. */
  private static boolean vague(Actor a) {
    return a == null || !a.isCoded() || (a.country() == null && !Codes.isOrganisation(a.code())
        && !Codes.isRegion(a.code()));
  }

  private static Phrase phraseAt(List<Phrase> phrases, int token) {
    for (Phrase g : phrases) if (token >= g.begin() && token < g.end()) return g;
    return null;
  }

}
