package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Coordinated country words on one noun name one party each: "US and British forces" are American and British
 * forces, whichever of the words the actor stage read together with the noun.
 */
class CoordinatedModifierTargetTest {

  private static Set<String> targets(List<Event> events, String cameo) {
    Set<String> out = new TreeSet<>();
    for (Event e : events) {
      if (e.cameo().equals(cameo) && e.target() != null) out.add(e.target().code());
    }
    return out;
  }

  @Test
  void coordinatedCompoundsAreForcesOfEachCountry() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ troops/NNS/troop attacked/VBD/attack US/NNP and/CC British/JJ forces/NNS/force ./.")
        .deps("amod(troops, Chilean) nsubj(attacked, troops) obj(attacked, forces) compound(forces, US)"
            + " compound(forces, British) conj:and(US, British) cc(British, and)")
        .actor("Chilean troops", "CHLMIL").actor("US", "USA").actor("British forces", "GBRMIL")
        .events();
    assertEquals(Set.of("GBRMIL", "USAMIL"), targets(events, "190"), Events.describe(events));
  }

  @Test
  void coordinatedAdjectivesOfAGenericNounKeepTheirCountries() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ troops/NNS/troop attacked/VBD/attack Peruvian/JJ and/CC Bolivian/JJ villages/NNS/village ./.")
        .deps("amod(troops, Chilean) nsubj(attacked, troops) obj(attacked, villages) amod(villages, Peruvian)"
            + " amod(villages, Bolivian) conj:and(Peruvian, Bolivian) cc(Bolivian, and)")
        .actor("Chilean troops", "CHLMIL").actor("Peruvian", "PER").actor("Bolivian", "BOL")
        .events();
    assertEquals(Set.of("BOL", "PER"), targets(events, "180"), Events.describe(events));
  }
}
