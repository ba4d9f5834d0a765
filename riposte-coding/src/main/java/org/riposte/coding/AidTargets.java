package org.riposte.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.riposte.api.Dependency;

/**
 * Where aid goes when the act of giving names no recipient itself: the purpose it is given for says so.
 * <ul>
 *   <li>the party a purpose clause helps ("sent aid to help Laos cope with the floods", "funds to support the Malian
 *       army"): the object of a verb of helping, or the subject of its bare complement;</li>
 *   <li>the place a purpose clause acts in ("funds to support peace building in Chad", "doctors to fight the epidemic
 *       in West Africa", "offered to send troops to distribute food in Somalia"): its in/at arguments and those of its
 *       object, and of people it names ("to pay for aid for those affected in Yemen");</li>
 *   <li>the place of people an act of giving names as recipients without a party ("assistance to populations
 *       affected by the cyclone in Malawi"): the country where they are.</li>
 * </ul>
 * For acts of giving (CAMEO 07), intents to cooperate or give (03) and policy options considered (014): a purpose
 * clause on the predicate, on its infinitive or gerund complement (two deep: "offered to send troops to …"), on the
 * nouns it consumed, or on the light verb of a nominal act. Stateless apart from the graph; one instance serves one
 * sentence.
 */
final class AidTargets {

  /** Verbs of helping, whose object (or the subject of their bare complement) the aid goes to. */
  private static final Set<String> HELPS = Set.of("help", "assist", "aid", "support", "benefit", "enable");
  /** Verbs of giving or sending, whose object is what or whom they send, never the recipient. */
  static final Set<String> SENDS = Set.of("provide", "send", "give", "offer", "supply", "donate", "lend", "make",
      "contribute", "deploy", "dispatch", "deliver", "ship", "airlift", "fly", "mobilize", "mobilise", "pledge");
  /** Prepositions of the place where the purpose is served. */
  private static final List<String> WHERE = List.of("in", "at", "across", "inside", "throughout");
  /** Prepositions by which a noun of the purpose names whom it serves ("aid for those affected"). */
  private static final List<String> FOR_WHOM = List.of("for", "to");

  private final ParseGraph g;

  AidTargets(ParseGraph g) {
    this.g = g;
  }

  /** Whether the pattern's act is one whose recipient its purpose may name. */
  static boolean isGiving(EventPattern pat) {
    String c = pat.code();
    return c.startsWith("07") || c.startsWith("03") || c.equals("014");
  }

  /**
   * The purpose clauses of the act: to-infinitives on it, on its light verb, on the nouns it consumed and on its
   * complements (an infinitive or gerund of a verb without object or of an adjective: "offered to send troops to …",
   * "is considering sending aid to …"); an infinitive of a verb with an object is its purpose ("mobilised funds to
   * support …"), one of a verb without object its complement.
   */
  List<Integer> purposes(int p, List<Integer> consumed, int anchor) {
    Set<Integer> heads = new LinkedHashSet<>();
    heads.add(p);
    if (anchor >= 0) heads.add(anchor);
    heads.addAll(consumed);
    List<Integer> frontier = new ArrayList<>(heads);
    for (int depth = 0; depth < 2; depth++) {
      List<Integer> next = new ArrayList<>();
      for (int h : frontier) {
        if (!(g.token(h).isVerb() && !g.hasDep(h, "obj") || g.token(h).pos().startsWith("JJ"))) continue;
        for (Dependency d : g.out(h)) {
          int c = d.dependent();
          boolean gerund = (d.relation().equals("obj") || d.relation().equals("acl")) && g.token(c).pos().equals("VBG");
          if ((d.relation().equals("xcomp") || gerund) && g.token(c).isVerb() && heads.add(c)) next.add(c);
        }
      }
      frontier = next;
    }
    List<Integer> out = new ArrayList<>();
    for (int h : heads) {
      for (Dependency d : g.out(h)) {
        String r = d.baseRelation();
        int c = d.dependent();
        if (heads.contains(c) || !g.token(c).isVerb()
            || !(r.equals("advcl") || r.equals("acl") || r.equals("ccomp") || r.equals("xcomp") && g.hasDep(h, "obj"))) {
          continue;
        }
        if (g.deps(c, "mark").stream().noneMatch(mk -> g.lemma(mk).equals("to"))) continue;
        if (!out.contains(c)) out.add(c);
      }
    }
    return out;
  }

  /** Verbs of getting, whose subject receives what was given ("the arms Chad bought"). */
  private static final Set<String> GETS = Set.of("obtain", "receive", "acquire", "buy", "purchase", "import", "get");

  /**
   * Who got what the act gave, by a relative clause of getting on the thing given ("supplied most of the arms Chad
   * has bought", "sold jets that Peru received"): the subject of that clause; an amount's "of" noun is looked through.
   */
  List<Integer> getters(int p) {
    List<Integer> out = new ArrayList<>();
    List<Integer> things = new ArrayList<>(g.deps(p, "obj"));
    for (int o : g.deps(p, "obj")) things.addAll(g.prepArgs(o, "of"));
    for (int t : things) {
      for (int v : g.deps(t, "acl:relcl")) {
        if (GETS.contains(g.lemma(v))) out.addAll(g.subjects(v));
      }
    }
    // a contact relative the parser hung on the act ("supplied the arms Chad has bought" as parataxis), or a clause
    // beside it that says the same ("Russia supplied the arms; Chad received them")
    for (int v : g.deps(p, "parataxis")) {
      if (GETS.contains(g.lemma(v))) out.addAll(g.subjects(v));
    }
    return out;
  }

  /** Whom the purpose clauses help: the object of a verb of helping, else the subject of its bare complement. */
  List<Integer> helped(List<Integer> purposes) {
    List<Integer> out = new ArrayList<>();
    for (int c : purposes) {
      if (!HELPS.contains(g.lemma(c))) continue;
      for (int o : g.deps(c, "obj")) {
        out.add(o);
        for (int v : g.deps(o, "acl:relcl")) {  // "to support projects which benefit refugees": whom they benefit
          if (HELPS.contains(g.lemma(v))) out.addAll(g.deps(v, "obj"));
        }
      }
      for (Dependency d : g.out(c)) {  // "to help Laos cope": the subject of the bare complement
        if (d.relation().equals("ccomp") || d.relation().equals("xcomp")) out.addAll(g.subjects(d.dependent()));
      }
    }
    return out;
  }

  /** Where the purpose clauses act: their in/at places, and those of their objects and of whom those serve. */
  List<Integer> places(List<Integer> purposes) {
    List<Integer> out = new ArrayList<>();
    for (int c : purposes) {
      for (String w : WHERE) out.addAll(g.placeArgs(c, w));
      List<Integer> things = new ArrayList<>(g.deps(c, "obj"));
      for (Dependency d : g.out(c)) if (d.baseRelation().equals("obl") && g.token(d.dependent()).isNoun()) {
        things.add(d.dependent());
      }
      for (int t : things) {
        out.addAll(placesOf(t));
        for (String w : FOR_WHOM) for (int whom : g.prepArgs(t, w)) out.addAll(placesOf(whom));
      }
    }
    return out;
  }

  /** The in/at places of a noun, directly or by a participle on it ("those affected in Yemen"). */
  List<Integer> placesOf(int noun) {
    List<Integer> out = new ArrayList<>();
    for (String w : WHERE) out.addAll(g.prepArgs(noun, w));
    for (Dependency d : g.out(noun)) {
      int v = d.dependent();
      if (!d.relation().equals("acl") || !g.token(v).isVerb()) continue;
      for (String w : WHERE) out.addAll(g.placeArgs(v, w));
    }
    return out;
  }
}
