package org.riposte.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.riposte.api.Sentence;
import org.riposte.api.Token;

/**
 * Finds the atoms of a sentence: longest dictionary matches over its words (hyphenated words split as CoreNLP
 * splits them), then the PERSON and ORGANIZATION names of the tagger that no dictionary entry covers. Stateless and
 * thread safe.
 */
final class SentenceScanner {

  /**
   * Second parts of "Moscow-based": the place locates the noun. "Saudi-led" too gives the noun its country: a force
   * or coalition led by a state is that state's ("Saudi-led coalition" {@code SAU}, "Vietnamese-led forces"
   * {@code VNMMIL}, "the Hamas-led government" {@code PSEGOV}), as CAMEO coders read it.
   */
  static final Set<String> LOCATING = Set.of("based", "born", "headquartered", "registered", "educated", "led",
      "commanded");

  /** Second parts of "Russian-backed": the modifier sponsors the noun but is not its nationality. */
  static final Set<String> SPONSORING = Set.of("backed", "sponsored", "supported", "funded", "brokered",
      "allied", "controlled", "installed", "annexed", "occupied", "held", "friendly", "leaning", "aligned",
      "appointed", "imposed", "made", "financed", "armed", "trained", "run", "owned", "linked", "affiliated");

  private final PhraseIndex index;

  SentenceScanner(PhraseIndex index) {
    this.index = index;
  }

  /**
   * The atoms of a sentence, in token order, not overlapping.
   *
   * @param seen whether a person was already named in full in the article (a surname alone then needs no tagger
   *             confirmation)
   */
  List<Atom> scan(Sentence s, Predicate<Entry> seen) {
    List<Token> toks = s.tokens();
    List<String> pieces = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    List<Boolean> starts = new ArrayList<>();
    for (Token t : toks) {
      List<String> parts = new ArrayList<>();
      Words.splitHyphens(Words.fold(t.word()), parts);
      for (int k = 0; k < parts.size(); k++) {
        pieces.add(parts.get(k));
        owner.add(t.index());
        starts.add(k == 0);
      }
    }
    int n = pieces.size();
    boolean[] ends = new boolean[n];
    for (int i = 0; i < n; i++) {
      ends[i] = i == n - 1 || !owner.get(i).equals(owner.get(i + 1));
      if (!ends[i] && i + 2 < n && pieces.get(i + 1).equals("-")
          && isHyphenSuffix(pieces.get(i + 2)) && (i + 3 >= n || !owner.get(i + 2).equals(owner.get(i + 3)))) {
        ends[i] = true;
      }
    }
    List<Atom> atoms = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (!starts.get(i)) {
        i++;
        continue;
      }
      Atom best = null;
      int bestLen = 0;
      for (PhraseIndex.Match m : index.matchesAt(pieces, ends, i)) {
        int b = owner.get(i);
        int e = owner.get(i + m.length() - 1) + 1;
        Atom a = accept(s, b, e, m.entries(), atoms, seen);
        if (a != null) {
          best = a;
          bestLen = m.length();
          break;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int next = i + bestLen;
      // "Moscow-based", "Russian-backed": look at the two words after a modifier.
      if (best.kind() == Atom.Kind.MODIFIER && next + 1 < n && pieces.get(next).equals("-")) {
        String suffix = pieces.get(next + 1).toLowerCase(java.util.Locale.ROOT);
        int suffixToken = owner.get(next + 1);
        if (LOCATING.contains(suffix)) {
          best = best.withFlags(suffixToken + 1, true, false);
          next += 2;
        } else if (SPONSORING.contains(suffix)) {
          best = best.withFlags(best.end(), false, true);
        }
      }
      atoms.add(best);
      while (next < n && !starts.get(next)) next++;
      i = next;
    }
    addNamedEntities(s, atoms, index);
    atoms.sort(Comparator.comparingInt(Atom::begin));
    return atoms;
  }

  private static boolean isHyphenSuffix(String w) {
    String l = w.toLowerCase(java.util.Locale.ROOT);
    return LOCATING.contains(l) || SPONSORING.contains(l);
  }

  /** Filters the entries of a match by syntax and tagger evidence; null when none survives. */
  private Atom accept(Sentence s, int b, int e, List<Entry> entries, List<Atom> before, Predicate<Entry> seen) {
    List<Token> toks = s.tokens();
    boolean allPerson = true;
    for (int k = b; k < e; k++) if (!toks.get(k).ner().equals("PERSON")) allPerson = false;
    boolean personRunLonger = allPerson
        && ((b > 0 && toks.get(b - 1).ner().equals("PERSON")) || (e < toks.size() && toks.get(e).ner().equals("PERSON")));
    Token last = toks.get(e - 1);
    List<Entry> persons = new ArrayList<>();
    List<Entry> mods = new ArrayList<>();
    List<Entry> agents = new ArrayList<>();
    List<Entry> honorifics = new ArrayList<>();
    for (Entry en : entries) {
      switch (en.type()) {
        case PERSON -> {
          boolean multi = e - b > 1;
          String ner = toks.get(b).ner();
          boolean place = ner.equals("LOCATION") || ner.equals("ORGANIZATION") || ner.equals("CITY");
          boolean ok = multi || ner.equals("PERSON") || (seen.test(en) && !place) || titled(before, b);
          // A surname alone followed by more of a name is someone else's first name ("Michel Barnier").
          if (!multi && e < toks.size() && toks.get(e).ner().equals("PERSON") && toks.get(e).isProperNoun()) ok = false;
          if (ok) persons.add(en);
        }
        case AGENT -> {
          // An agent ends on a noun ("the general public" is no general), or is a title before a person's name that
          // the tagger took for an adjective ("British militant Haroon X").
          boolean titleOfName = e < toks.size() && toks.get(e).isProperNoun() && toks.get(e).ner().equals("PERSON");
          if (last.isNoun() || titleOfName || nounBeforeVerb(toks, b, e)) agents.add(en);
        }
        case HONORIFIC -> honorifics.add(en);
        default -> {
          // Inside a longer person's name ("Michael Jordan", "Jimmy Wales") it is no place. A place the tagger
          // alone calls a person ("Kyiv", "Minsk" are often tagged PERSON) stays a place.
          boolean partOfName = allPerson && personRunLonger || tailOfUnknownOrganisation(toks, b, e, before);
          if (!partOfName) mods.add(en);
        }
      }
    }
    if (!persons.isEmpty()) return new Atom(b, e, Atom.Kind.PERSON, persons, false, false);
    if (!mods.isEmpty()) return new Atom(b, e, Atom.Kind.MODIFIER, mods, false, false);
    if (!agents.isEmpty()) return new Atom(b, e, Atom.Kind.AGENT, agents, false, false);
    if (!honorifics.isEmpty()) return new Atom(b, e, Atom.Kind.HONORIFIC, honorifics, false, false);
    return null;
  }

  /**
   * Whether an agent the tagger took for an adjective ends a subject: after a country or name and right before a verb
   * ("A US national has been detained"), so it is the noun of the phrase.
   */
  private static boolean nounBeforeVerb(List<Token> toks, int b, int e) {
    if (b == 0 || e >= toks.size() || !toks.get(e - 1).pos().startsWith("JJ")) return false;
    String next = toks.get(e).pos();
    return toks.get(b - 1).isProperNoun() && (next.startsWith("VB") || next.equals("MD"));
  }

  /**
   * Whether the tagger's organisation name runs on to the left over a capitalised word no entry (or only a role noun)
   * matched: the phrase is
   * then the tail of a longer name the dictionaries do not know ("Congress" in "the Nigeria Labour Congress" is not
   * the US Congress).
   */
  private static boolean tailOfUnknownOrganisation(List<Token> toks, int b, int e, List<Atom> before) {
    if (b == 0) return false;
    for (int k = b; k < e; k++) if (!toks.get(k).ner().equals("ORGANIZATION")) return false;
    Token prev = toks.get(b - 1);
    // a role word of the name ("Teachers" in "the Freedonia Teachers Congress") does not end the unknown name
    boolean prevMatched = !before.isEmpty() && before.get(before.size() - 1).end() == b
        && before.get(before.size() - 1).kind() != Atom.Kind.AGENT;
    return !prevMatched && prev.isProperNoun() && prev.ner().equals("ORGANIZATION");
  }

  /** Whether the atom just before token {@code b} is a title or honorific ("Minister Lavrov", "Mr. Utkin"). */
  private static boolean titled(List<Atom> before, int b) {
    if (before.isEmpty()) return false;
    Atom prev = before.get(before.size() - 1);
    return prev.end() == b && (prev.kind() == Atom.Kind.AGENT || prev.kind() == Atom.Kind.HONORIFIC);
  }

  /**
   * The known person a name of two or more words misspells ("President Francois Mitterand"), as the only entry; none
   * when it is no near miss of exactly one person's name ({@link PhraseIndex#nearPerson}).
   */
  private static List<Entry> misspelt(List<Token> toks, int b, int e, PhraseIndex index) {
    if (e - b < 2) return List.of();
    List<String> words = new ArrayList<>();
    for (int k = b; k < e; k++) words.add(Words.fold(toks.get(k).word()));
    return index.nearPerson(words).map(List::of).orElse(List.of());
  }

  /**
   * Adds the tagger's PERSON and ORGANIZATION names that no atom covers: a known person's surname grows to the
   * whole name ("Vladimir Vladimirovich Putin"); a near miss of a known person's name is that person; other names become unknown persons or organisations; capitalised
   * words after an honorific are a person whatever the tagger said.
   */
  private static void addNamedEntities(Sentence s, List<Atom> atoms, PhraseIndex index) {
    List<Token> toks = s.tokens();
    int n = toks.size();
    Atom[] cover = new Atom[n];
    for (Atom a : atoms) for (int k = a.begin(); k < a.end(); k++) cover[k] = a;
    // Grow known persons leftwards over the rest of their name.
    for (int idx = 0; idx < atoms.size(); idx++) {
      Atom a = atoms.get(idx);
      if (a.kind() != Atom.Kind.PERSON) continue;
      int b = a.begin();
      while (b > 0 && cover[b - 1] == null && toks.get(b - 1).ner().equals("PERSON") && toks.get(b - 1).isProperNoun()) b--;
      if (b != a.begin()) {
        Atom grown = a.withSpan(b, a.end());
        atoms.set(idx, grown);
        for (int k = b; k < a.end(); k++) cover[k] = grown;
      }
    }
    int i = 0;
    while (i < n) {
      if (cover[i] != null) {
        i++;
        continue;
      }
      String ner = toks.get(i).ner();
      boolean afterHonorific = i > 0 && cover[i - 1] != null && cover[i - 1].kind() == Atom.Kind.HONORIFIC
          && toks.get(i).isProperNoun();
      if (ner.equals("PERSON") || afterHonorific) {
        int j = i;
        while (j < n && cover[j] == null && (toks.get(j).ner().equals("PERSON")
            || (afterHonorific && toks.get(j).isProperNoun()))) j++;
        if (j == i) j = i + 1;
        Atom a = new Atom(i, j, Atom.Kind.PERSON, misspelt(toks, i, j, index), false, false);
        atoms.add(a);
        for (int k = i; k < j; k++) cover[k] = a;
        i = j;
      } else if (ner.equals("ORGANIZATION")) {
        int j = i;
        while (j < n && cover[j] == null && toks.get(j).ner().equals("ORGANIZATION")) j++;
        Atom a = new Atom(i, j, Atom.Kind.ORGNAME, List.of(), false, false);
        atoms.add(a);
        for (int k = i; k < j; k++) cover[k] = a;
        i = j;
      } else {
        i++;
      }
    }
  }
}
