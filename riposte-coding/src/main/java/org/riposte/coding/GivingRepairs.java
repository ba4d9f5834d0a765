package org.riposte.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.riposte.api.Dependency;
import org.riposte.api.Sentence;
import org.riposte.api.Token;

/**
 * Mends misreadings of the parser that hide what is given, by whom and to whom in reports of aid and funding, so that
 * the patterns and the argument search see them (run by {@link ParseRepairs} before its own repairs):
 * <ul>
 *   <li>an amount after a comparative read as the verb's adverb ("provided over $3 million in aid to Chad":
 *       {@code advmod(provided, over)}, {@code dep(over, $)}): the amount becomes the verb's object when the verb
 *       has none;</li>
 *   <li>an "of" phrase read as a clause on its noun ("the release of $40 million in aid": {@code acl(release, of)},
 *       {@code dep(of, $)}): the amount becomes the noun's {@code nmod:of};</li>
 *   <li>the subject of a reported clause without "that" read as the reporting verb's object ("announced the
 *       government had provided $5 million"): a noun object right before a bare clause of the verb that has an
 *       auxiliary and no subject becomes that clause's subject;</li>
 *   <li>a gerund after "by" read as an adjective on its object ("by donating medical supplies to Chad":
 *       {@code amod(supplies, donating)}): the gerund becomes a clause with that object, on the verb the phrase
 *       belongs to;</li>
 *   <li>a relative clause that took the argument before it ("sending aid to its neighbour Laos that saw floods":
 *       {@code obl:to(saw, neighbour)}): the argument goes back to the verb the clause hangs on, and the clause on
 *       it.</li>
 * </ul>
 * Stateless and thread safe.
 */
final class GivingRepairs {

  private GivingRepairs() {}

  /** Adverbs of approximation or comparison that may stand before an amount ("over $3 million", "nearly €20m"). */
  private static final Set<String> APPROXIMATIONS = Set.of("over", "about", "nearly", "almost", "around", "some",
      "approximately", "roughly", "more", "less", "up");

  /** Verbs that report a clause, whose object may be that clause's subject ("announced the army had left"). */
  private static final Set<String> REPORTING = Set.of("say", "announce", "report", "state", "confirm", "reveal",
      "claim", "disclose", "note", "add");

  /** Prepositions before a gerund the parser may read as an adjective of the gerund's object. */
  private static final Set<String> GERUND_PREPS = Set.of("by", "through");

  /** The dependencies with the misreadings above mended (the same list when there are none). */
  static List<Dependency> mended(Sentence s, List<Dependency> deps) {
    int n = s.tokens().size();
    Set<Dependency> drop = new HashSet<>();
    List<Dependency> add = new ArrayList<>();
    Set<Integer> withObject = ParseRepairs.withObject(deps);
    for (Dependency d : deps) {
      int h = d.governor();
      int a = d.dependent();
      if (h < 0 || h >= n || a <= h || a >= n) continue;
      String word = s.token(a).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("advmod") && s.token(h).isVerb() && !withObject.contains(h)
          && APPROXIMATIONS.contains(word)) {
        int x = amountAfter(s, deps, a);
        if (x < 0) continue;
        drop.add(d);
        drop.add(new Dependency(a, x, "dep"));
        add.add(new Dependency(h, x, "obj"));
        add.add(new Dependency(x, a, "advmod"));
        withObject.add(h);
      } else if (d.relation().equals("acl") && s.token(h).isNoun() && word.equals("of")
          && s.token(a).pos().equals("IN")) {
        for (Dependency e : deps) {
          int x = e.dependent();
          if (e.governor() != a || !e.relation().equals("dep") || x <= a || !nominal(s.token(x))) continue;
          drop.add(d);
          drop.add(e);
          add.add(new Dependency(h, x, "nmod:of"));
          add.add(new Dependency(x, a, "case"));
          break;
        }
      }
    }
    reportedSubjects(s, deps, drop, add);
    gerunds(s, deps, drop, add);
    relativeArguments(s, deps, drop, add);
    return ParseRepairs.applied(deps, drop, add);
  }

  /** The amount hung on an adverb by {@code dep} right after it ("over $3 million"), or −1. */
  private static int amountAfter(Sentence s, List<Dependency> deps, int adverb) {
    for (Dependency e : deps) {
      int x = e.dependent();
      if (e.governor() != adverb || !e.relation().equals("dep") || x <= adverb) continue;
      String pos = s.token(x).pos();
      if (pos.equals("$") || pos.equals("CD")) return x;
    }
    return -1;
  }

  private static boolean nominal(Token t) {
    return t.isNoun() || t.pos().equals("$") || t.pos().equals("CD");
  }

  /** "announced the government had provided …": the object before a bare clause with an auxiliary is its subject. */
  private static void reportedSubjects(Sentence s, List<Dependency> deps, Set<Dependency> drop, List<Dependency> add) {
    for (Dependency d : deps) {
      int r = d.governor();
      int v = d.dependent();
      if (!d.relation().equals("dep") || r < 0 || !s.token(r).isVerb() || v <= r || !s.token(v).isVerb()
          || !REPORTING.contains(s.token(r).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (has(deps, v, "nsubj") || has(deps, v, "nsubj:pass") || has(deps, v, "mark")) continue;
      int aux = -1;
      for (Dependency e : deps) {
        if (e.governor() == v && e.relation().equals("aux") && (aux < 0 || e.dependent() < aux)) aux = e.dependent();
      }
      if (aux < 0 || aux > v) continue;
      for (Dependency e : deps) {
        int o = e.dependent();
        if (e.governor() != r || !e.relation().equals("obj") || o >= aux || !s.token(o).isNoun()
            || lastOf(deps, o) != aux - 1) {
          continue;
        }
        drop.add(d);
        drop.add(e);
        add.add(new Dependency(r, v, "ccomp"));
        add.add(new Dependency(v, o, "nsubj"));
        break;
      }
    }
  }

  /** "by donating medical supplies to Chad": the gerund read as an adjective of its object becomes its verb. */
  private static void gerunds(Sentence s, List<Dependency> deps, Set<Dependency> drop, List<Dependency> add) {
    for (Dependency d : deps) {
      int obj = d.governor();
      int v = d.dependent();
      if (!d.relation().equals("amod") || obj < 0 || v < 1 || v >= obj || !s.token(v).pos().equals("VBG")) continue;
      String prep = s.token(v - 1).word().toLowerCase(Locale.ROOT);
      if (!GERUND_PREPS.contains(prep)) continue;
      Dependency attach = null;
      boolean marked = false;
      for (Dependency e : deps) {
        if (e.governor() == obj && e.dependent() == v - 1 && e.relation().equals("case")) marked = true;
        if (e.dependent() == obj && (e.relation().equals("nmod:" + prep) || e.relation().equals("obl:" + prep))) {
          attach = e;
        }
      }
      if (!marked || attach == null) continue;
      int head = attach.governor();
      for (int hop = 0; hop < 3 && head >= 0 && !s.token(head).isVerb(); hop++) head = governorOf(deps, head);
      if (head < 0 || !s.token(head).isVerb()) continue;
      drop.add(d);
      drop.add(attach);
      drop.add(new Dependency(obj, v - 1, "case"));
      add.add(new Dependency(head, v, "advcl:" + prep));
      add.add(new Dependency(v, v - 1, "mark"));
      add.add(new Dependency(v, obj, "obj"));
    }
  }

  /**
   * "sending aid to its neighbour Laos that saw floods": an argument before a relative clause's pronoun subject that
   * the clause took goes back to the verb the clause hangs on; the clause becomes a relative clause on it.
   */
  private static void relativeArguments(Sentence s, List<Dependency> deps, Set<Dependency> drop,
                                        List<Dependency> add) {
    for (Dependency d : deps) {
      int a = d.governor();
      int b = d.dependent();
      if (!d.baseRelation().equals("advcl") || a < 0 || b <= a || !s.token(a).isVerb()) continue;
      int rel = -1;
      for (Dependency e : deps) {
        if (e.governor() == b && e.relation().equals("nsubj") && s.token(e.dependent()).pos().equals("WDT")) {
          rel = e.dependent();
        }
      }
      if (rel < 0) continue;
      for (Dependency e : deps) {
        int x = e.dependent();
        if (e.governor() != b || !e.baseRelation().equals("obl") || e.subtype().isEmpty() || x <= a || x >= rel
            || lastOf(deps, x) != rel - 1) {
          continue;
        }
        drop.add(d);
        drop.add(e);
        add.add(new Dependency(a, x, e.relation()));
        add.add(new Dependency(x, b, "acl:relcl"));
        break;
      }
    }
  }

  private static boolean has(List<Dependency> deps, int t, String relation) {
    for (Dependency d : deps) if (d.governor() == t && d.relation().equals(relation)) return true;
    return false;
  }

  private static int governorOf(List<Dependency> deps, int t) {
    for (Dependency d : deps) {
      if (d.dependent() == t && !d.relation().equals("ref") && !d.relation().startsWith("conj")) return d.governor();
    }
    return -1;
  }

  /** The last token of the phrase headed by {@code t} (its dependents, transitively). */
  private static int lastOf(List<Dependency> deps, int t) {
    int last = t;
    List<Integer> todo = new ArrayList<>(List.of(t));
    Set<Integer> seen = new HashSet<>(todo);
    while (!todo.isEmpty()) {
      int cur = todo.remove(todo.size() - 1);
      for (Dependency d : deps) {
        if (d.governor() != cur || d.relation().equals("ref") || d.relation().startsWith("conj")
            && d.dependent() < cur || !seen.add(d.dependent())) {
          continue;
        }
        if (d.relation().startsWith("acl") || d.relation().equals("punct")) continue;
        last = Math.max(last, d.dependent());
        todo.add(d.dependent());
      }
    }
    return last;
  }
}
