package org.riposte.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Analysis;
import org.riposte.api.Dependency;
import org.riposte.api.Mention;
import org.riposte.api.Sentence;
import org.riposte.api.Token;

/**
 * Who a third-person pronoun refers to, within one article: "he added" → the person last named as a subject, "it"
 * → the last state or organisation, "they" → the last group. The actor stage uses it to add a mention for every
 * resolved pronoun, so after that stage {@link Mentions#covering} answers for pronouns too; other stages can also
 * build one over any analysis with mentions.
 *
 * <h2>Using it</h2>
 * <pre>{@code
 * Coreference coref = Coreference.of(analysis);                 // analysis with Layer.MENTIONS
 * Optional<Actor> who = coref.actorAt(sentence, token);          // a mention's actor, or a pronoun's antecedent
 * Optional<Mention> ante = coref.antecedent(sentence, token);    // the mention the pronoun refers back to
 * }</pre>
 *
 * <h2>The rules</h2>
 * <ul>
 *   <li>Agreement: he/him/his/himself and she/her/herself take a person (a named person, an uncoded name the tagger
 *       calls a person, or a singular person noun such as "the Kremlin's spokesman"), and never a woman for "he" nor a
 *       man for "she" when the text shows which ("Mr.", "Mrs.", "spokeswoman", common given names); it/its/itself
 *       take a state, an organisation or a singular body ("the ministry"); they/them/their take a plural group or an
 *       organisation.</li>
 *   <li>In the pronoun's own sentence: the subject of a clause that governs the pronoun's clause ("Russia said it
 *       would …"), else the nearest earlier subject of another clause; an object pronoun never takes its own clause's
 *       subject ("Lavrov thanked him").</li>
 *   <li>Then the earlier sentences, nearest first, up to {@value #WINDOW} back for he/she (in each, its subjects
 *       before its other mentions, left to right), only the previous sentence's subjects for it/they. A pronoun outside quotation marks skips the mentions inside them ("'Putin wants
 *       it,' he said" is not Putin speaking).</li>
 *   <li>An adjective ("Russian" in "Russian aggression") introduces no one. "It" and "they" are resolved only as
 *       subjects and possessives, and an expletive "it" ("it is not excluded that …", "is it over?") not at all:
 *       they name things more often than actors.</li>
 * </ul>
 * First and second person pronouns ("I", "we", "you") are not resolved: inside a quotation they are the speaker's,
 * which the quotation's attribution gives.
 *
 * <p>Immutable once built; thread safe.
 */
public final class Coreference {

  /** How many sentences back a pronoun looks for its antecedent. */
  static final int WINDOW = 4;

  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> NEUTER = Set.of("it", "its", "itself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");

  /** Nouns of bodies rather than persons: "the ministry" is "it", "the minister" is "he". */
  private static final Set<String> BODIES = Set.of("government", "ministry", "administration", "cabinet",
      "military", "army", "navy", "embassy", "consulate", "mission", "delegation", "council", "court", "parliament",
      "police", "media", "institute", "university", "company", "firm", "agency", "service", "office", "department",
      "regime", "authorities", "presidency", "alliance", "bloc", "committee", "commission", "force", "forces",
      "fleet", "command", "staff", "team", "leadership", "opposition", "party", "group", "organisation",
      "organization", "movement", "militia", "network", "newspaper", "broadcaster", "bank", "senate", "congress",
      "legislature", "academy", "think", "tank", "club", "centre", "center", "foundation", "corporation");

  private static final Set<String> FEMALE_TITLES = Set.of("mrs.", "mrs", "ms.", "ms", "madam", "dame", "lady",
      "queen", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "policewoman", "empress", "princess");
  private static final Set<String> MALE_TITLES = Set.of("mr.", "mr", "sir", "lord", "king", "spokesman",
      "chairman", "congressman", "businessman", "policeman", "prince", "emperor");

  private final Analysis analysis;
  private final Map<Long, Mention> resolved = new HashMap<>();
  private final List<boolean[]> quoted = new ArrayList<>();
  /** The pronouns resolved so far, per sentence, as mentions: later pronouns may refer back to them. */
  private final Map<Integer, List<Mention>> chain = new HashMap<>();

  private Coreference(Analysis analysis) {
    this.analysis = analysis;
    markQuotes();
    for (Sentence s : analysis.sentences()) {
      List<Mention> own = analysis.mentionsIn(s.index());
      for (Token t : s.tokens()) {
        if (!isPronoun(t)) continue;
        // A pronoun already given a mention (by the actor stage) is resolved again, to know its antecedent.
        Optional<Mention> covering = Mentions.covering(own, t.index());
        if (covering.isPresent() && !isPronounMention(s, covering.get())) continue;
        Mention m = resolve(s, t.index());
        if (m != null) {
          resolved.put(key(s.index(), t.index()), m);
          chain.computeIfAbsent(s.index(), k -> new ArrayList<>())
              .add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), t.word(), m.actor(), false));
        }
      }
    }
  }

  /**
   * Resolves the pronouns of an analysis.
   *
   * @param analysis an analysis with tokens, tags, dependencies and mentions (the actor stage's output, or its
   *                 mentions so far)
   */
  public static Coreference of(Analysis analysis) {
    return new Coreference(analysis);
  }

  /**
   * The actor at a token: the actor of the mention covering it, else, for a third-person pronoun, its antecedent's;
   * empty when the token names no one or the pronoun cannot be resolved.
   */
  public Optional<Actor> actorAt(int sentence, int token) {
    Optional<Mention> m = Mentions.covering(analysis.mentionsIn(sentence), token);
    if (m.isPresent()) return Optional.ofNullable(m.get().actor());
    return antecedent(sentence, token).map(Mention::actor);
  }

  /** The mention a pronoun at this token refers back to; empty for other tokens and unresolved pronouns. */
  public Optional<Mention> antecedent(int sentence, int token) {
    return Optional.ofNullable(resolved.get(key(sentence, token)));
  }

  /**
   * A mention for every resolved pronoun: the pronoun's own span with its antecedent's actor (named as the
   * antecedent is), in sentence and token order. What the actor stage adds to its mentions.
   */
  public List<Mention> pronounMentions() {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      for (Token t : s.tokens()) {
        Mention a = resolved.get(key(s.index(), t.index()));
        if (a != null) out.add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), t.word(), a.actor(), false));
      }
    }
    return out;
  }

  /** Whether a token is a third-person pronoun this resolver handles. */
  static boolean isPronoun(Token t) {
    if (!t.pos().equals("PRP") && !t.pos().equals("PRP$")) return false;
    String w = t.word().toLowerCase(Locale.ROOT);
    return MALE.contains(w) || FEMALE.contains(w) || NEUTER.contains(w) || PLURAL.contains(w);
  }

  // ---------------------------------------------------------------- resolution

  private Mention resolve(Sentence s, int pronoun) {
    String w = s.token(pronoun).word().toLowerCase(Locale.ROOT);
    boolean inQuote = quoted.get(s.index())[pronoun];
    boolean personal = MALE.contains(w) || FEMALE.contains(w);
    // "it" and "they" name things more often than actors: only as subjects and possessives, never as expletives.
    if (!personal && !isSubject(s, pronoun) && !isPossessive(s, pronoun)) return null;
    if (!personal && isExpletive(s, pronoun)) return null;
    int window = personal ? WINDOW : 1;
    List<Mention> own = candidates(s.index());
    // "the United States and its allies": a possessive on a conjunct is the other conjunct's.
    if (isPossessive(s, pronoun)) {
      for (Dependency owner : s.parents(pronoun)) {
        for (Dependency conj : s.parents(owner.governor())) {
          if (!conj.baseRelation().equals("conj")) continue;
          for (Mention m : own) {
            if (m.headToken() == conj.governor() && m.endToken() <= pronoun && agrees(w, s, m)) return m;
          }
        }
      }
    }
    // The pronoun's own sentence: a governing clause's subject, else the nearest earlier subject of another clause.
    int clause = clauseOf(s, pronoun);
    boolean subject = isSubject(s, pronoun);
    for (int c = isPossessive(s, pronoun) ? clause : subject ? governing(s, clause) : -1, step = 0; c >= 0 && step < 5;
         c = governing(s, c), step++) {
      for (Mention m : own) {
        if (m.beginToken() < pronoun && isSubjectOf(s, m, c) && agrees(w, s, m)) return m;
      }
    }
    Mention nearest = null;
    for (Mention m : own) {
      if (m.endToken() > pronoun || !isSubject(s, m.headToken()) || !agrees(w, s, m)) continue;
      if (!subject && clauseOf(s, m.headToken()) == clause && !isPossessive(s, pronoun)) continue;
      if (quoted.get(s.index())[m.headToken()] != inQuote) continue;
      nearest = m;
    }
    if (nearest != null) return nearest;
    // Earlier sentences, nearest first: subjects, then other mentions, left to right.
    for (int k = s.index() - 1; k >= 0 && k >= s.index() - window; k--) {
      Sentence prev = analysis.sentences().get(k);
      List<Mention> ms = candidates(k);
      Mention other = null;
      for (Mention m : ms) {
        if (!agrees(w, prev, m) || (!inQuote && quoted.get(k)[m.headToken()])) continue;
        if (isSubject(prev, m.headToken())) return m;
        if (other == null) other = m;
      }
      if (other != null && personal) return other;
    }
    return null;
  }

  /** The mentions of a sentence and its pronouns resolved so far, in token order. */
  private List<Mention> candidates(int sentence) {
    Sentence s = analysis.sentences().get(sentence);
    List<Mention> out = new ArrayList<>();
    for (Mention m : analysis.mentionsIn(sentence)) if (!isPronounMention(s, m)) out.add(m);
    out.addAll(chain.getOrDefault(sentence, List.of()));
    out.sort(java.util.Comparator.comparingInt(Mention::beginToken));
    return out;
  }

  private static boolean isPronounMention(Sentence s, Mention m) {
    return m.endToken() - m.beginToken() == 1 && isPronoun(s.token(m.beginToken()));
  }

  /** Whether a mention can be what the pronoun {@code w} refers to. */
  private static boolean agrees(String w, Sentence s, Mention m) {
    Actor a = m.actor();
    if (a == null || m.endToken() - m.beginToken() == 1 && isPronoun(s.token(m.beginToken()))) {
      return a != null && sameClass(w, s.token(m.beginToken()).word().toLowerCase(Locale.ROOT));
    }
    Token head = s.token(m.headToken());
    if (relationOf(s, m.headToken()).equals("amod") || head.pos().startsWith("JJ")) return false;
    // A state or organisation is "it" whatever its grammatical number ("the United States", "the Philippines").
    boolean named = a.kind() == ActorKind.STATE || a.kind() == ActorKind.ORGANISATION;
    boolean plural = !named && (head.pos().equals("NNS") || head.pos().equals("NNPS"));
    String headWord = head.word().toLowerCase(Locale.ROOT);
    boolean person = a.kind() == ActorKind.PERSON
        || a.kind() == ActorKind.UNKNOWN && head.ner().equals("PERSON")
        || a.kind() == ActorKind.GROUP && !plural && head.isNoun() && !BODIES.contains(headWord);
    if (MALE.contains(w) || FEMALE.contains(w)) {
      if (!person) return false;
      Boolean female = female(s, m);
      return female == null || female == FEMALE.contains(w);
    }
    if (NEUTER.contains(w)) {
      if (person || plural) return false;
      return a.kind() == ActorKind.STATE || a.kind() == ActorKind.ORGANISATION
          || a.kind() == ActorKind.GROUP && BODIES.contains(headWord)
          || a.kind() == ActorKind.UNKNOWN && head.ner().equals("ORGANIZATION");
    }
    return plural && a.kind() != ActorKind.PERSON
        || a.kind() == ActorKind.ORGANISATION && (head.pos().equals("NNS") || head.pos().equals("NNPS"));
  }

  /**
   * An "it" that stands for no one: tagged {@code expl}, or the subject of a copula ("it is not excluded that",
   * "is it the same old …", "it is time"), or of a passive with a clause ("it is expected that …").
   */
  private static boolean isExpletive(Sentence s, int pronoun) {
    for (Dependency d : s.parents(pronoun)) {
      if (d.baseRelation().equals("expl")) return true;
      if (!d.relation().startsWith("nsubj")) continue;
      for (Dependency c : s.children(d.governor())) {
        String r = c.baseRelation();
        if (r.equals("cop") || r.equals("ccomp") && d.relation().equals("nsubj:pass")) return true;
      }
    }
    return false;
  }

  private static boolean sameClass(String w, String other) {
    return MALE.contains(w) && MALE.contains(other) || FEMALE.contains(w) && FEMALE.contains(other)
        || NEUTER.contains(w) && NEUTER.contains(other) || PLURAL.contains(w) && PLURAL.contains(other);
  }

  /** True for a woman, false for a man, null when the words of the mention (and the one before it) do not say. */
  private static Boolean female(Sentence s, Mention m) {
    for (int i = Math.max(0, m.beginToken() - 1); i < m.endToken(); i++) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      if (FEMALE_TITLES.contains(w)) return true;
      if (MALE_TITLES.contains(w)) return false;
    }
    String name = m.actor().name();
    if (m.actor().kind() == ActorKind.PERSON || m.actor().kind() == ActorKind.UNKNOWN) {
      String first = name == null ? "" : name.trim().split("\\s+")[0];
      if (GivenNames.isFemale(first)) return true;
      if (GivenNames.isMale(first)) return false;
    }
    return null;
  }

  // ---------------------------------------------------------------- syntax

  private static boolean isSubject(Sentence s, int token) {
    for (Dependency d : s.parents(token)) if (d.relation().startsWith("nsubj")) return true;
    return false;
  }

  private static boolean isPossessive(Sentence s, int token) {
    return s.token(token).pos().equals("PRP$");
  }

  /** Whether a mention's head is the subject of clause {@code c}. */
  private static boolean isSubjectOf(Sentence s, Mention m, int c) {
    for (Dependency d : s.parents(m.headToken())) {
      if (d.relation().startsWith("nsubj") && d.governor() == c) return true;
    }
    return false;
  }

  private static String relationOf(Sentence s, int token) {
    List<Dependency> p = s.parents(token);
    return p.isEmpty() ? "" : p.get(0).baseRelation();
  }

  /**
   * The clause a token belongs to: its nearest verb ancestor (the root when none is a verb); -1 for the root itself.
   * For a clause's predicate this is the clause that governs it ("said" for "suspend" in "Russia said it would
   * suspend …").
   */
  private static int clauseOf(Sentence s, int token) {
    int t = token;
    for (int step = 0; step < 12; step++) {
      List<Dependency> p = s.parents(t);
      if (p.isEmpty() || p.get(0).governor() < 0) return t == token ? -1 : t;
      t = p.get(0).governor();
      if (s.token(t).isVerb()) return t;
    }
    return t;
  }

  /** The clause that governs clause {@code c}, or -1. */
  private static int governing(Sentence s, int c) {
    return c < 0 ? -1 : clauseOf(s, c);
  }

  // ---------------------------------------------------------------- quotation marks

  /** Marks the tokens inside quotation marks; a quotation left open at a paragraph's end closes there. */
  private void markQuotes() {
    boolean open = false;
    int paragraph = -1;
    for (Sentence s : analysis.sentences()) {
      if (s.paragraph() != paragraph) {
        open = false;
        paragraph = s.paragraph();
      }
      boolean[] in = new boolean[s.tokens().size()];
      for (Token t : s.tokens()) {
        String w = t.word();
        if (w.equals("``") || w.equals("\u201C")) open = true;
        else if (w.equals("''") || w.equals("\u201D")) open = false;
        else if (w.equals("\"")) open = !open;
        else in[t.index()] = open;
      }
      quoted.add(in);
    }
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }
}
