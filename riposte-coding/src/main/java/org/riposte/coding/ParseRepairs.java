package org.riposte.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.riposte.api.Dependency;
import org.riposte.api.Sentence;

/**
 * Mends misreadings of the parser that hide a verb's object, so that patterns and argument search see it:
 * <ul>
 *   <li>an object shifted behind an adverbial ("lifted Friday a blockade", "denounced as a crime Serbia's
 *       crackdown"), which the parser hangs on the adverbial's noun by {@code dep}: a noun {@code dep} of a verb's
 *       {@code obl} argument, after it, becomes the verb's {@code obj} when the verb has none and the adverbial is a time, a measure or an "as" phrase (not a
 *       place: "affiliated with the Union (SSS)");</li>
 *   <li>an object with a participle after it ("prevented the march staged by students") read as the subject of a
 *       clause the verb governs by {@code dep}: the noun becomes the verb's {@code obj} and the participle a clause
 *       on it ({@code acl}), when the verb has no object and the participle no auxiliary;</li>
 *   <li>the agent of an object noun hung on an active verb ("accepted the demands by protesters", "demanded reforms
 *       by the government"): a {@code by} noun right after the object's head becomes the object's {@code nmod:by};</li>
 *   <li>a preposition read as the verb's adverb with its noun hung on it by {@code dep} ("calling on the government
 *       to act"): the noun becomes the verb's {@code obl:on} argument;</li>
 *   <li>a time read as the subject of the infinitive after it ("decided on Thursday to ease the sanctions" parsed as
 *       a clause "on Thursday to ease" whose subject is Thursday): the infinitive becomes the verb's {@code xcomp},
 *       whose subject is the verb's, and the time the verb's adverbial ({@code obl:on}).</li>
 * </ul>
 * Every other arc is kept as the parser gave it. Stateless and thread safe.
 */
final class ParseRepairs {

  private ParseRepairs() {}

  /** Adverbials an object may be shifted behind: a bare time ("Friday"), a measure, an "as" predicate. */
  private static final Set<String> SHIFTING = Set.of("obl:tmod", "obl:npmod", "obl:as");

  /** Prepositions the parser may read as a verb's particle with the noun after them hung on it ("calling on X"). */
  private static final Set<String> ADDRESSEES = Set.of("on", "upon");

  /** The sentence's dependencies with the misreadings above mended (the same list when there are none). */
  static List<Dependency> mended(Sentence s) {
    List<Dependency> deps = GivingRepairs.mended(s, s.dependencies());
    int n = s.tokens().size();
    Set<Dependency> drop = new HashSet<>();
    List<Dependency> add = new ArrayList<>();
    Set<Integer> withObject = withObject(deps);
    for (Dependency d : deps) {
      int v = d.governor();
      int x = d.dependent();
      if (v < 0 || v >= n || x < 0 || x >= n || !s.token(v).isVerb() || withObject.contains(v) || x < v) continue;
      if (SHIFTING.contains(d.relation()) || d.baseRelation().equals("obl") && s.timexAt(x) != null) {
        for (Dependency e : deps) {
          int o = e.dependent();
          if (e.governor() != x || !e.relation().equals("dep") || o <= x || o >= n || !s.token(o).isNoun()
              || s.token(o - 1).pos().equals("-LRB-")) {
            continue;
          }
          drop.add(e);
          add.add(new Dependency(v, o, "obj"));
          withObject.add(v);
          break;
        }
      } else if (d.relation().equals("dep") && s.token(x).pos().equals("VBN") && !hasAux(deps, x)) {
        for (Dependency e : deps) {
          int o = e.dependent();
          if (e.governor() != x || !e.relation().equals("nsubj") || o <= v || o >= x || !s.token(o).isNoun()) continue;
          drop.add(d);
          drop.add(e);
          add.add(new Dependency(v, o, "obj"));
          add.add(new Dependency(o, x, "acl"));
          withObject.add(v);
          break;
        }
      }
    }
    for (Dependency d : deps) {  // "calling on the government to act": "on" read as a particle, its noun as dep
      int v = d.governor();
      int on = d.dependent();
      if (!d.relation().equals("advmod") || v < 0 || v >= n || on != v + 1 || on >= n || !s.token(v).isVerb()
          || !ADDRESSEES.contains(s.token(on).word().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (Dependency e : deps) {
        int o = e.dependent();
        if (e.governor() != on || !e.relation().equals("dep") || o <= on || o >= n || !s.token(o).isNoun()) continue;
        drop.add(d);
        drop.add(e);
        add.add(new Dependency(v, o, "obl:" + s.token(on).word().toLowerCase(java.util.Locale.ROOT)));
        add.add(new Dependency(o, on, "case"));
        break;
      }
    }
    for (Dependency d : deps) {  // "accepted the demands by protesters": the agent of the object noun
      int v = d.governor();
      int x = d.dependent();
      if (!d.relation().equals("obl:by") || v < 0 || v >= n || x < 0 || x >= n || !s.token(x).isNoun()
          || s.timexAt(x) != null || isPassive(deps, v)) {
        continue;
      }
      for (Dependency e : deps) {
        int o = e.dependent();
        if (e.governor() != v || !e.relation().equals("obj") || !s.token(o).isNoun() || o + 1 >= x
            || !s.token(o + 1).word().equalsIgnoreCase("by")) {
          continue;
        }
        drop.add(d);
        add.add(new Dependency(o, x, "nmod:by"));
        break;
      }
    }
    for (Dependency d : deps) {  // "decided on Thursday to ease": the time read as the infinitive's subject
      int v = d.governor();
      int t = d.dependent();
      if (!d.relation().equals("nsubj") || v < 0 || v >= n || t < 0 || t >= n || s.timexAt(t) == null
          || !hasMark(deps, s, v, "to")) {
        continue;
      }
      Dependency clause = null;
      for (Dependency e : deps) if (e.dependent() == v && e.relation().equals("advcl:to")) clause = e;
      if (clause == null || clause.governor() < 0 || !s.token(clause.governor()).isVerb()) continue;
      int h = clause.governor();
      drop.add(d);
      drop.add(clause);
      add.add(new Dependency(h, v, "xcomp"));
      for (Dependency e : deps) {
        int prep = e.dependent();
        if (e.governor() != v || !e.relation().equals("mark") || prep >= t
            || s.token(prep).word().equalsIgnoreCase("to")) {
          continue;
        }
        drop.add(e);
        add.add(new Dependency(h, t, "obl:" + s.token(prep).word().toLowerCase(java.util.Locale.ROOT)));
        add.add(new Dependency(t, prep, "case"));
      }
      if (add.stream().noneMatch(a -> a.dependent() == t && a.governor() == h)) {
        add.add(new Dependency(h, t, "obl:tmod"));
      }
    }
    return applied(deps, drop, add);
  }

  /** The governors that have an object. */
  static Set<Integer> withObject(List<Dependency> deps) {
    Set<Integer> out = new HashSet<>();
    for (Dependency d : deps) if (d.relation().equals("obj") && d.governor() >= 0) out.add(d.governor());
    return out;
  }

  /** The dependencies without those dropped and with those added; the same list when there is nothing to add. */
  static List<Dependency> applied(List<Dependency> deps, Set<Dependency> drop, List<Dependency> add) {
    if (add.isEmpty()) return deps;
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : deps) if (!drop.contains(d)) out.add(d);
    out.addAll(add);
    return out;
  }

  private static boolean isPassive(List<Dependency> deps, int v) {
    for (Dependency d : deps) {
      if (d.governor() == v && (d.relation().startsWith("nsubj:pass") || d.relation().equals("aux:pass"))) return true;
    }
    return false;
  }

  private static boolean hasMark(List<Dependency> deps, Sentence s, int v, String word) {
    for (Dependency d : deps) {
      if (d.governor() == v && d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAux(List<Dependency> deps, int v) {
    for (Dependency d : deps) if (d.governor() == v && d.baseRelation().equals("aux")) return true;
    return false;
  }
}
