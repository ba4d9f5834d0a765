package org.riposte.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.riposte.api.Actor;
import org.riposte.api.Dependency;

/**
 * Two readings of the other party a news reader takes without thinking. Property returned (CAMEO 0842) goes to the
 * "to" argument of the verb: "the museum returned the stolen statue to Greece" acts on Greece, not on the place the
 * statue was taken from nor on the returning side's own country. A settlement or mediation that names no target acts
 * on the other party of the dispute it settles: "accepted a formula for ending its quarrel with Chile" (the "with"
 * party), "mediated to avert a clash between Ghana and Togo" (the first party "between"); a mediation acts on
 * the parties it helps ("a mediation bid to help the junta and the rebels agree"); a strike or protest called off
 * (CAMEO 082) after a deal acts on the party of the deal ("ended the strike after an agreement with the ministry"), and a yielding to "the demands of" a party acts on
 * that party. Any other frame is returned
 * as it is.
 */
final class SettledParties {

  private SettledParties() {}

  /** Nouns of a dispute whose "with" or "between" argument names its parties. */
  private static final Set<String> DISPUTES = Set.of("dispute", "conflict", "quarrel", "row", "feud", "standoff",
      "confrontation", "clash", "war", "rift", "disagreement");

  /** Nouns of a deal whose "with" argument names the party a strike or protest is called off for. */
  private static final Set<String> DEALS = Set.of("agreement", "deal", "accord", "compromise", "settlement");

  /** Nouns of demanding whose "of" argument is the one demanding. */
  private static final Set<String> DEMANDS = Set.of("demand", "call", "pressure", "request", "condition", "claim");

  /** Verbs by which a mediator brings the parties together. */
  private static final Set<String> HELPING = Set.of("help", "bring", "persuade", "reconcile", "assist");

  static Frame aimed(ParseGraph g, Frame f, ActorFinder actors) {
    String code = f.pattern().code();
    int p = f.predicate();
    if (code.startsWith("0842") && g.token(p).isVerb()) {
      for (int a : g.prepArgs(p, "to")) {
        // a target found within the recipient ("a museum in Germany": Germany) stands
        if (f.targets().stream().anyMatch(t -> t != null && within(g, t.token(), a))) return f;
        Party c = other(f, actors, a);
        if (c != null) return with(f, c);
      }
      // the parser may hang the recipient inside the object's own clause ("the painting that was stolen from a
      // gallery in Rome to its owner"): the last "to" phrase of the object's subtree, after the object
      for (int o : g.deps(p, "obj")) {
        int last = -1;
        for (int w = o + 1; w < g.size(); w++) {
          if (!within(g, w, o)) continue;
          for (Dependency d : g.in(w)) {
            if (d.relation().equals("case") && g.lemma(w).equals("to")) last = d.governor();
          }
        }
        if (last > o) {
          Party c = other(f, actors, last);
          if (c != null) return with(f, c);
        }
      }
      return f;
    }
    if (code.startsWith("08")) f = demandsOf(g, f, actors);
    boolean yielding = code.startsWith("082");
    if (!(code.startsWith("03") || code.startsWith("04") || yielding)) return f;
    if (f.targets().stream().anyMatch(t -> t != null)) return f;
    Deque<int[]> todo = new ArrayDeque<>();
    todo.add(new int[] {p, 0});
    for (int c : f.match().consumed()) if (c != p) todo.add(new int[] {c, 0});
    for (Dependency d : g.in(p)) {  // "a mediation effort to prevent …": the noun the predicate is a compound of
      if (d.relation().equals("compound")) todo.add(new int[] {d.governor(), 0});
    }
    // "launched a mediation effort to prevent a clash between …": the purpose clause of the verb whose object it is
    for (int[] start : List.copyOf(todo)) {
      for (Dependency d : g.in(start[0])) {
        if (!d.baseRelation().equals("obj")) continue;
        for (Dependency a : g.out(d.governor())) {
          String r = a.baseRelation();
          if (r.equals("advcl") || r.equals("xcomp")) todo.add(new int[] {a.dependent(), 1});
        }
      }
    }
    while (!todo.isEmpty()) {
      int[] n = todo.poll();
      int w = n[0];
      if (w != p && g.token(w).isNoun() && (yielding ? DEALS : DISPUTES).contains(g.lemma(w))) {
        for (String prep : List.of("with", "between")) {
          for (int a : g.prepArgs(w, prep)) {
            Party c = other(f, actors, a);
            if (c != null) return with(f, c);
          }
        }
      }
      // a mediation "to help the government and the rebels reach a deal" acts on those it helps
      if (w != p && code.startsWith("04") && g.token(w).isVerb() && HELPING.contains(g.lemma(w))) {
        List<Integer> helped = new ArrayList<>(g.deps(w, "obj"));
        for (Dependency d : g.out(w)) {  // "help the junta and the rebels reach …": the subject of the complement
          String r = d.baseRelation();
          if (r.equals("ccomp") || r.equals("xcomp")) helped.addAll(g.deps(d.dependent(), "nsubj"));
        }
        for (int o : helped) {
          Party c = other(f, actors, o);
          if (c != null) return with(f, c);
        }
      }
      if (n[1] >= 5) continue;
      for (Dependency d : g.out(w)) {
        String r = d.baseRelation();
        if (r.equals("nsubj") || r.equals("punct") || r.equals("conj") && w == p) continue;
        todo.add(new int[] {d.dependent(), n[1] + 1});
      }
    }
    return f;
  }

  /**
   * A yielding to "the demands of the strikers" yields to the strikers: an uncoded target headed by a noun of
   * demanding gives way to the actor of its "of" argument.
   */
  private static Frame demandsOf(ParseGraph g, Frame f, ActorFinder actors) {
    List<Integer> heads = new ArrayList<>();
    if (f.targets().stream().noneMatch(t -> t != null)) {  // the uncoded object is named later: look at it here
      heads.addAll(g.deps(f.predicate(), "obj"));
      heads.addAll(g.prepArgs(f.predicate(), "to"));
    } else if (f.targets().size() == 1 && f.targets().get(0).actor().country() == null) {
      heads.add(f.targets().get(0).token());
    }
    for (int h : heads) {
      if (h < 0 || !DEMANDS.contains(g.lemma(h))) continue;
      for (int a : g.prepArgs(h, "of")) {
        Party c = other(f, actors, a);
        if (c != null) return with(f, c);
        // an uncoded party named by its noun phrase, as the uncoded target "the demands" was
        if (g.token(a).isNoun() && !actors.isPronoun(a) && actors.mentionAt(a) == null) {
          return with(f, new Party(Actor.unknown(actors.phrase(a)), a, null, false));
        }
      }
    }
    return f;
  }

  /** Whether {@code w} lies in the subtree of {@code head}. */
  private static boolean within(ParseGraph g, int w, int head) {
    for (int i = 0, x = w; i < 30 && x >= 0; i++) {
      if (x == head) return true;
      List<Dependency> in = g.in(x);
      if (in.isEmpty()) return false;
      x = in.get(0).governor();
    }
    return false;
  }

  private static Party other(Frame f, ActorFinder actors, int a) {
    for (Party c : actors.candidates(a)) {
      if (!c.qualifies() || f.sources().stream().anyMatch(x -> x.sameActor(c))) continue;
      return c;
    }
    return null;
  }

  private static Frame with(Frame f, Party c) {
    return new Frame(f.match(), f.sources(), List.of(c), f.location(), f.anchor());
  }
}
