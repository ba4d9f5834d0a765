package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.riposte.api.Dependency;
import org.riposte.api.Sentence;
import org.riposte.api.Token;

/**
 * Mends two parses of terse, headline-like sentences in which the tagger read the verb as a noun or a plural noun as
 * the verb, so that the sentence has no verb to code:
 * <ul>
 *   <li>a verbless sentence whose root noun is modified by a noun chain holding a coded verb in the form that agrees
 *       with the noun before it ("Officials ease restrictions": a plural noun and a bare form; "The council lifts
 *       sanctions": a singular noun and an -s form; English compounds do not agree so): the verb becomes the root,
 *       the noun before it its subject and the root noun its object;</li>
 *   <li>a plural noun tagged VBZ as the root and followed at once by a past-tense verb without a subject ("Armed
 *       rebels attacked a village"): the noun becomes that verb's subject and the verb the root;</li>
 *   <li>a coded verb's -s form made the subject of a to-infinitive ("The army trains recruits to fly"): see
 *       {@link #subjectOfInfinitive}.</li>
 * </ul>
 * Stateless; thread safe.
 */
final class HeadlineVerbs {
  private HeadlineVerbs() {}

  private static final Set<String> NOUN_PHRASE_START = Set.of("DT", "JJ", "JJR", "JJS", "CD", "PRP$", "NN", "NNS",
      "NNP", "NNPS");

  /** The sentence mended, or itself when neither reading applies. */
  static Sentence mended(Sentence s, Predicate<String> codedVerb) {
    Sentence r = nounReadVerb(s, codedVerb);
    if (r == null) r = verbReadNoun(s);
    if (r == null) r = subjectOfInfinitive(s, codedVerb);
    return r == null ? s : r;
  }

  private static int root(Sentence s) {
    for (Dependency d : s.dependencies()) if (d.relation().equals("root")) return d.dependent();
    return -1;
  }

  private static Dependency incoming(Sentence s, int t) {
    for (Dependency d : s.dependencies()) if (d.dependent() == t) return d;
    return null;
  }

  private static Sentence nounReadVerb(Sentence s, Predicate<String> codedVerb) {
    int h = root(s);
    if (h < 2 || !s.tokens().get(h).isNoun() || s.tokens().get(h).isProperNoun()) return null;
    List<Token> tokens = s.tokens();
    for (int v = 1; v < h; v++) {
      Token verb = tokens.get(v);
      if (!verb.pos().equals("NN") && !verb.pos().equals("NNS")) continue;
      Dependency in = incoming(s, v);
      if (in == null || !in.relation().equals("compound")) continue;
      if (in.governor() != h) continue;
      if (!codedVerb.test(verb.lemma().toLowerCase(java.util.Locale.ROOT))) continue;
      Token subject = tokens.get(v - 1);
      if (!subject.isNoun() || !NOUN_PHRASE_START.contains(tokens.get(v + 1).pos())) continue;
      Dependency sin = incoming(s, v - 1);
      if (sin == null || sin.governor() != h && sin.governor() != v) continue;
      boolean bare = verb.pos().equals("NN") && verb.word().equalsIgnoreCase(verb.lemma());
      boolean third = verb.pos().equals("NNS") && verb.word().toLowerCase(java.util.Locale.ROOT).endsWith("s");
      boolean plural = subject.pos().equals("NNS") || subject.pos().equals("NNPS");
      if (!(plural && bare || !plural && third)) continue;
      return rebuilt(s, v, h, v - 1, third ? "VBZ" : "VBP");
    }
    return null;
  }

  /** Verb {@code v} becomes the root, {@code subj} its subject, the old root {@code h} its object. */
  private static Sentence rebuilt(Sentence s, int v, int h, int subj, String tag) {
    List<Dependency> deps = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      int g = d.governor();
      int t = d.dependent();
      if (t == v) continue;
      if (t == h) deps.add(new Dependency(v, h, "obj"));
      else if (t == subj) deps.add(new Dependency(v, subj, "nsubj"));
      else if ((g == h || g == v) && t < v) deps.add(new Dependency(subj, t, d.relation()));
      else if (g == h && (d.relation().equals("punct") || clause(s, d))) {
        deps.add(new Dependency(v, t, d.relation().equals("dep") ? "advcl" : d.relation()));
      } else deps.add(d);
    }
    deps.add(0, new Dependency(-1, v, "root"));
    List<Token> tokens = new ArrayList<>(s.tokens());
    Token t = tokens.get(v);
    tokens.set(v, new Token(t.index(), t.word(), t.lemma(), tag, t.ner(), t.begin(), t.end()));
    return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.paragraph(), tokens, deps, s.timexes());
  }

  private static boolean clause(Sentence s, Dependency d) {
    String r = d.relation();
    return (r.equals("dep") || r.startsWith("advcl") || r.startsWith("acl")) && s.tokens().get(d.dependent()).isVerb();
  }

  /**
   * A coded verb's -s form read as a noun that the parser made the subject of a to-infinitive, which has none ("The
   * army trains recruits to fly": "army trains" the subject of "fly"): the verb takes the infinitive's place, the
   * noun before it becomes its subject, the noun after it its object and the infinitive its complement.
   */
  private static Sentence subjectOfInfinitive(Sentence s, Predicate<String> codedVerb) {
    List<Token> tokens = s.tokens();
    for (int v = 1; v + 1 < tokens.size(); v++) {
      Token verb = tokens.get(v);
      if (!verb.pos().equals("NNS") || !verb.word().toLowerCase(java.util.Locale.ROOT).endsWith("s")) continue;
      if (!codedVerb.test(verb.lemma().toLowerCase(java.util.Locale.ROOT))) continue;
      Dependency in = incoming(s, v);
      if (in == null || !in.relation().equals("nsubj")) continue;
      int h = in.governor();
      if (h <= v || !tokens.get(h).pos().equals("VB") || !hasMarkTo(s, h)) continue;
      Token subject = tokens.get(v - 1);
      Dependency sin = incoming(s, v - 1);
      if (!subject.pos().equals("NN") && !subject.pos().equals("NNP") || sin == null || sin.governor() != v) continue;
      int object = -1;
      for (Dependency d : s.dependencies()) {
        if (d.governor() == v && d.dependent() > v && d.dependent() < h && d.relation().equals("dep")
            && tokens.get(d.dependent()).isNoun()) object = d.dependent();
      }
      if (object < 0) continue;
      Dependency hin = incoming(s, h);
      List<Dependency> deps = new ArrayList<>();
      for (Dependency d : s.dependencies()) {
        int g = d.governor();
        int t = d.dependent();
        if (t == v) continue;
        if (t == h) {
          String rel = d.relation().startsWith("advcl") ? "ccomp" : d.relation();
          deps.add(new Dependency(g, v, rel));
          deps.add(new Dependency(v, h, "xcomp"));
        } else if (t == v - 1) deps.add(new Dependency(v, t, "nsubj"));
        else if (t == object) deps.add(new Dependency(v, t, "obj"));
        else if (g == v && t < v) deps.add(new Dependency(v - 1, t, d.relation()));
        else deps.add(d);
      }
      if (hin == null) return null;
      List<Token> retagged = new ArrayList<>(tokens);
      retagged.set(v, new Token(verb.index(), verb.word(), verb.lemma(), "VBZ", verb.ner(), verb.begin(), verb.end()));
      return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.paragraph(), retagged, deps, s.timexes());
    }
    return null;
  }

  private static boolean hasMarkTo(Sentence s, int h) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() == h && d.relation().equals("mark")
          && s.tokens().get(d.dependent()).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  private static Sentence verbReadNoun(Sentence s) {
    int n = root(s);
    if (n < 1 || n + 1 >= s.tokens().size()) return null;
    Token noun = s.tokens().get(n);
    Token verb = s.tokens().get(n + 1);
    if (!noun.pos().equals("VBZ") || !verb.pos().equals("VBD")) return null;
    Dependency vin = incoming(s, n + 1);
    if (vin == null || vin.governor() != n || !vin.relation().equals("dep")) return null;
    int subject = -1;
    for (Dependency d : s.dependencies()) {
      if (d.governor() == n && (d.relation().equals("obj") || d.relation().startsWith("aux")
          || d.relation().equals("cop"))) return null;
      if (d.governor() == n + 1 && d.relation().startsWith("nsubj")) return null;
      if (d.governor() == n && d.relation().equals("nsubj")) subject = d.dependent();
    }
    if (subject != n - 1 || !s.tokens().get(subject).isNoun()) return null;
    List<Dependency> deps = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      int g = d.governor();
      int t = d.dependent();
      if (t == n + 1) continue;
      if (t == n) deps.add(new Dependency(n + 1, n, "nsubj"));
      else if (g == n && d.relation().equals("nsubj")) deps.add(new Dependency(n, t, "compound"));
      else if (g == n && t > n) deps.add(new Dependency(n + 1, t, d.relation()));
      else deps.add(d);
    }
    deps.add(0, new Dependency(-1, n + 1, "root"));
    List<Token> tokens = new ArrayList<>(s.tokens());
    String w = noun.word().toLowerCase(java.util.Locale.ROOT);
    String lemma = noun.lemma().equalsIgnoreCase(noun.word()) && w.endsWith("s") ? w.substring(0, w.length() - 1)
        : noun.lemma();
    tokens.set(n, new Token(noun.index(), noun.word(), lemma, "NNS", noun.ner(), noun.begin(), noun.end()));
    return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.paragraph(), tokens, deps, s.timexes());
  }
}
