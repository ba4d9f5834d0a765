package org.riposte.coding;

import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.riposte.api.ConfigException;

/**
 * Named word classes (sets of lower-case lemmas): the object and complement classes the patterns test, and the classes
 * the grammar relies on (reporting verbs, light verbs, …). Immutable and thread safe.
 *
 * <p>Resource format ({@code lexicon.txt}): one class a line, {@code NAME: lemma lemma …}; a name may repeat to
 * continue a class; {@code #} starts a comment line.
 */
public final class Lexicon {

  static final String RESOURCE = "lexicon.txt";

  /** Verbs that report speech; their clausal complement is what was said. */
  static final String REPORT = "REPORT";
  /** Reporting verbs that state the speaker's own act ("announced it was closing") rather than a claim. */
  static final String ANNOUNCE = "ANNOUNCE";
  /** Verbs whose infinitive complement is a planned act ("plans to visit"). */
  static final String PLAN = "PLAN";
  /** Verbs whose complement has not happened ("threatened to strike", "urged X to leave"). */
  static final String HYPOTHETICAL = "HYPOTHETICAL";
  /** Verbs whose complement did not happen ("denied sending", "refused to increase"). */
  static final String NEGATING = "NEGATING";
  /** Light verbs that lend their subject to a nominal event in their object ("held talks"). */
  static final String LIGHT = "LIGHT";
  /** Nouns looked through to their "of" noun when an object's class is tested ("the number of delegates"). */
  static final String LOOK_THROUGH = "LOOK_THROUGH";
  /** Object-control verbs: their object does what their infinitive says ("urged NATO to act"). */
  static final String CONTROL = "CONTROL";
  /** Nouns that can name an actor the dictionaries do not know ("officials", "protesters"). */
  static final String AGENT = "AGENT";

  private static final List<String> GRAMMAR =
      List.of(REPORT, ANNOUNCE, PLAN, HYPOTHETICAL, NEGATING, LIGHT, LOOK_THROUGH, CONTROL, AGENT);

  private final Map<String, Set<String>> classes;

  private Lexicon(Map<String, Set<String>> classes) { this.classes = classes; }

  /** The lexicon shipped with the coder. */
  public static Lexicon builtIn() throws ConfigException {
    return parse(ResourceLines.ofResource(RESOURCE), RESOURCE);
  }

  /** Reads a lexicon in the resource format; it must define every grammar class. */
  public static Lexicon read(Reader reader, String source) throws ConfigException {
    return parse(ResourceLines.read(reader, source), source);
  }

  private static Lexicon parse(List<ResourceLines.Line> lines, String source) throws ConfigException {
    Map<String, Set<String>> classes = new HashMap<>();
    for (ResourceLines.Line l : lines) {
      int colon = l.text().indexOf(':');
      String name = colon < 0 ? "" : l.text().substring(0, colon).strip();
      if (!name.matches("[A-Z][A-Z_]*")) {
        throw new ConfigException(source + ":" + l.number() + ": expected 'NAME: lemma …' with an upper-case name");
      }
      Set<String> words = classes.computeIfAbsent(name, k -> new LinkedHashSet<>());
      for (String w : l.text().substring(colon + 1).strip().split("\\s+")) {
        if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    for (String g : GRAMMAR) {
      if (!classes.containsKey(g)) throw new ConfigException(source + " lacks the grammar class " + g);
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    classes.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
    return new Lexicon(Collections.unmodifiableMap(frozen));
  }

  public boolean hasClass(String name) { return classes.containsKey(name); }

  /** The lemmas of a class; empty for an unknown class. */
  public Set<String> words(String name) { return classes.getOrDefault(name, Set.of()); }

  /** Whether a lemma (any case) belongs to a class. */
  public boolean contains(String name, String lemma) {
    return lemma != null && words(name).contains(lemma.toLowerCase(Locale.ROOT));
  }
}
