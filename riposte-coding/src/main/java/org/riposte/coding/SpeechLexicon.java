package org.riposte.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riposte.api.ConfigException;

/**
 * The words that attribute speech ({@code speech.txt}): speech verbs with the CAMEO code of their statement and the
 * relations that name the addressed party, speech nouns ("statements", "accusation") and attribution adjuncts
 * ("according to"). Immutable and thread safe.
 */
final class SpeechLexicon {

  static final String RESOURCE = "speech.txt";

  /**
   * A speech verb.
   *
   * @param code    the CAMEO code of the statement it makes
   * @param targets relations whose argument is the addressed party, in order of preference
   */
  record Verb(String code, List<String> targets) {}

  private final Map<String, Verb> verbs;
  private final Set<String> nouns;
  private final Set<String> adjuncts;

  private SpeechLexicon(Map<String, Verb> verbs, Set<String> nouns, Set<String> adjuncts) {
    this.verbs = Map.copyOf(verbs);
    this.nouns = Set.copyOf(nouns);
    this.adjuncts = Set.copyOf(adjuncts);
  }

  /** The built-in lexicon, its codes checked against the ontology. */
  static SpeechLexicon builtIn(CameoOntology ontology) throws ConfigException {
    return parse(ResourceLines.ofResource(RESOURCE), RESOURCE, ontology);
  }

  /** Reads the lexicon format; a bad line fails with its number. */
  static SpeechLexicon parse(List<ResourceLines.Line> lines, String source, CameoOntology ontology)
      throws ConfigException {
    Map<String, Verb> verbs = new HashMap<>();
    Set<String> nouns = new HashSet<>();
    Set<String> adjuncts = new HashSet<>();
    for (ResourceLines.Line l : lines) {
      String[] f = l.text().strip().split("\\s+");
      if (f.length < 4) throw bad(source, l, "needs a kind, a code, targets and at least one word");
      switch (f[0]) {
        case "verb" -> {
          if (!ontology.contains(f[1])) throw bad(source, l, "unknown CAMEO code " + f[1]);
          List<String> targets = f[2].equals("-") ? List.of() : List.of(f[2].split(","));
          for (int i = 3; i < f.length; i++) {
            if (verbs.put(f[i], new Verb(f[1], targets)) != null) throw bad(source, l, "verb " + f[i] + " twice");
          }
        }
        case "noun" -> nouns.addAll(List.of(f).subList(3, f.length));
        case "adjunct" -> adjuncts.addAll(List.of(f).subList(3, f.length));
        default -> throw bad(source, l, "unknown kind '" + f[0] + "' (verb, noun or adjunct)");
      }
    }
    return new SpeechLexicon(verbs, nouns, adjuncts);
  }

  private static ConfigException bad(String source, ResourceLines.Line l, String why) {
    return new ConfigException(source + ":" + l.number() + ": " + why + ": " + l.text().strip());
  }

  /** The speech verb of a lemma, or null. */
  Verb verb(String lemma) { return verbs.get(lemma); }

  boolean isNoun(String lemma) { return nouns.contains(lemma); }

  boolean isAdjunct(String relation) { return adjuncts.contains(relation); }
}
