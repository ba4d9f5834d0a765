package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import org.riposte.api.Dependency;

/**
 * The weapon an attacker sets off is no target of the attack: "a suicide bomber detonated his explosives near an army
 * base", "the militants exploded a car bomb outside the Kenyan embassy" hit what is near the blast. A harm (CAMEO
 * 18–20) whose object is a bomb or an attack ({@link ActorFinder#DEVICE}) and whose target is only that object (or
 * nothing) takes as its target the first actor named where the device went off: a near/outside/at/in argument of the
 * verb, of the device or of a noun in apposition to the device ("his explosives, a laden vehicle, near the base").
 */
final class StruckPlaces {

  private StruckPlaces() {}

  /** Prepositions of where a device went off, nearest first. */
  private static final List<String> STRUCK_PREPS = List.of("near", "outside", "at", "inside", "in");

  static Frame aimed(ParseGraph g, Frame f, ActorFinder actors) {
    int p = f.predicate();
    String code = f.pattern().code();
    boolean harm = CameoCode.isForce(code);
    if (!harm || !g.token(p).isVerb() || g.isPassive(p)) return f;
    List<Integer> devices = new ArrayList<>();
    for (int o : g.deps(p, "obj")) if (actors.isDevice(o)) devices.add(o);
    if (devices.isEmpty()) return f;
    List<Integer> nouns = new ArrayList<>(devices);
    for (int d : devices) {
      for (Dependency x : g.out(d)) if (x.relation().equals("appos")) nouns.add(x.dependent());
    }
    for (Party t : f.targets()) {
      if (!within(g, t.token(), nouns)) return f;  // a victim the sentence names: "bombed the Afghan base"
    }
    List<Integer> places = new ArrayList<>();
    for (String w : STRUCK_PREPS) {
      places.addAll(g.prepArgs(p, w));
      for (int n : nouns) places.addAll(g.prepArgs(n, w));
    }
    for (int a : places) {
      if (g.sentence().timexAt(a) != null) continue;
      for (Party c : actors.candidates(a)) {
        if (!c.qualifies() || f.sources().stream().anyMatch(s -> s.sameActor(c))) continue;
        return new Frame(f.match(), f.sources(), List.of(c), f.location(), f.anchor());
      }
    }
    return f;
  }

  /** Whether a token is one of the nouns or hangs from one of them ("his explosives", "the car bomb"). */
  private static boolean within(ParseGraph g, int t, List<Integer> nouns) {
    for (int i = 0, x = t; i < 4 && x >= 0; i++) {
      if (nouns.contains(x)) return true;
      Dependency d = g.governor(x);
      x = d == null ? -1 : d.governor();
    }
    return false;
  }
}
