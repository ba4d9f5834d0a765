package org.riposte.coding;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.riposte.api.ConfigException;

/**
 * The event patterns, indexed by predicate lemma. Loading checks every code against the ontology and every class
 * against the lexicon, so a typo fails at start-up with its line number. Immutable and thread safe.
 */
public final class PatternBook {

  static final String RESOURCE = "patterns.txt";

  private final Map<String, List<EventPattern>> byLemma;
  private final int size;

  private PatternBook(Map<String, List<EventPattern>> byLemma, int size) {
    this.byLemma = byLemma;
    this.size = size;
  }

  /** The patterns shipped with the coder. */
  public static PatternBook builtIn(Lexicon lexicon, CameoOntology ontology) throws ConfigException {
    return parse(ResourceLines.ofResource(RESOURCE), RESOURCE, lexicon, ontology);
  }

  /** Reads patterns in the format of {@code patterns.txt}; {@code source} names the file in messages. */
  public static PatternBook read(Reader reader, String source, Lexicon lexicon, CameoOntology ontology)
      throws ConfigException {
    return parse(ResourceLines.read(reader, source), source, lexicon, ontology);
  }

  private static PatternBook parse(List<ResourceLines.Line> lines, String source, Lexicon lexicon,
                                   CameoOntology ontology) throws ConfigException {
    Map<String, List<EventPattern>> byLemma = new HashMap<>();
    int n = 0;
    for (ResourceLines.Line l : lines) {
      EventPattern p = parseLine(l, source + ":" + l.number(), lexicon, ontology);
      byLemma.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
      n++;
    }
    Map<String, List<EventPattern>> frozen = new HashMap<>();
    byLemma.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new PatternBook(Collections.unmodifiableMap(frozen), n);
  }

  private static EventPattern parseLine(ResourceLines.Line l, String where, Lexicon lexicon, CameoOntology ontology)
      throws ConfigException {
    String text = l.text();
    int hash = text.indexOf('#');
    String example = hash < 0 ? "" : text.substring(hash + 1).strip();
    String[] f = (hash < 0 ? text : text.substring(0, hash)).strip().split("\\s+");
    if (f.length < 2) throw new ConfigException(where + ": expected 'CODE PREDICATE [CONDITION …]'");
    String code = f[0];
    if (!code.equals(EventPattern.NO_EVENT) && !ontology.contains(code)) {
      throw new ConfigException(where + ": unknown CAMEO code " + code);
    }
    String predicate = f[1].toLowerCase(Locale.ROOT);
    int plus = predicate.indexOf('+');
    String lemma = plus < 0 ? predicate : predicate.substring(0, plus);
    String word = plus < 0 ? null : predicate.substring(plus + 1);
    if (lemma.isEmpty() || (word != null && word.isEmpty())) throw new ConfigException(where + ": bad predicate");
    WordTest object = null;
    WordTest complement = null;
    WordTest subject = null;
    String pos = null;
    String sourcePrep = null;
    List<WordTest> modifiers = new ArrayList<>();
    Set<EventPattern.Flag> flags = EnumSet.noneOf(EventPattern.Flag.class);
    for (int i = 2; i < f.length; i++) {
      String c = f[i];
      int eq = c.indexOf('=');
      if (eq < 0) {
        try {
          flags.add(EventPattern.Flag.valueOf(c.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new ConfigException(where + ": unknown flag '" + c + "'");
        }
        continue;
      }
      String key = c.substring(0, eq);
      String value = c.substring(eq + 1);
      switch (key) {
        case "obj" -> object = wordTest(value, where, lexicon);
        case "comp" -> complement = wordTest(value, where, lexicon);
        case "subj" -> subject = wordTest(value, where, lexicon);
        case "mod" -> modifiers.add(wordTest(value, where, lexicon));
        case "pos" -> {
          if (!value.matches("verb|noun|adj")) throw new ConfigException(where + ": pos is verb|noun|adj");
          pos = value;
        }
        case "source" -> sourcePrep = value.toLowerCase(Locale.ROOT);
        default -> throw new ConfigException(where + ": unknown condition '" + key + "'");
      }
    }
    return new EventPattern(code, lemma, word, object, complement, pos, modifiers, subject, sourcePrep, flags, example,
        where);
  }

  private static WordTest wordTest(String spec, String where, Lexicon lexicon) throws ConfigException {
    if (spec.equals(WordTest.PERSON)) return new WordTest(spec, Set.of(), true);
    if (spec.equals(PatternMatcher.ACTOR)) return new WordTest(spec, Set.of(), false);  // tested by the matcher
    if (spec.matches("[A-Z][A-Z_]*")) {
      if (!lexicon.hasClass(spec)) throw new ConfigException(where + ": unknown word class " + spec);
      return new WordTest(spec, lexicon.words(spec), false);
    }
    Set<String> lemmas = new LinkedHashSet<>();
    for (String w : spec.split("\\|")) {
      if (w.isBlank() || w.startsWith("@")) throw new ConfigException(where + ": bad word list '" + spec + "'");
      if (w.matches("[A-Z][A-Z_]*")) {
        // a class among the lemmas ("AID|food|medicine"): its words
        if (!lexicon.hasClass(w)) throw new ConfigException(where + ": unknown word class " + w);
        lemmas.addAll(lexicon.words(w));
      } else {
        lemmas.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return new WordTest(spec, Set.copyOf(lemmas), false);
  }

  /** The patterns of a predicate lemma (lower case), in file order; empty when it has none. */
  public List<EventPattern> forLemma(String lemma) { return byLemma.getOrDefault(lemma, List.of()); }

  /** Number of patterns. */
  public int size() { return size; }
}
