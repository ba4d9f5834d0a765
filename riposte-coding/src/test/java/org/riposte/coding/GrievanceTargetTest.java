package org.riposte.coding;

import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * A protest's grievance adjunct ("in defiance of", "in protest against", "in opposition to") names whom the protest
 * is aimed at, before the place where it happens ("blocked roads in Sucre in defiance of Peruvian officials").
 */
class GrievanceTargetTest {

  private static final String BLOCKADE =
      "Bolivian/JJ farmers/NNS/farmer blocked/VBD/block roads/NNS/road in/IN Sucre/NNP in/IN %s/NN %s/IN"
          + " Peruvian/JJ officials/NNS/official ./.";

  private static String deps(String noun, String prep) {
    return "amod(farmers, Bolivian) nsubj(blocked, farmers) obj(blocked, roads) obl:in(blocked, Sucre) case(Sucre, in-4)"
        + " obl:in(blocked, " + noun + ") case(" + noun + ", in-6) nmod:" + prep + "(" + noun + ", officials)"
        + " case(officials, " + prep + ") amod(officials, Peruvian)";
  }

  @Test
  void aProtestInDefianceOfAPartyIsAimedAtIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence(String.format(BLOCKADE, "defiance", "of"))
        .deps(deps("defiance", "of"))
        .actor("Bolivian farmers", "BOLAGR").place("Sucre", "BOL").actor("Peruvian officials", "PERGOV")
        .events();
    assertDyad(only(events, "144"), "BOLAGR", "PERGOV");
  }

  @Test
  void aProtestInOppositionToAPartyIsAimedAtIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence(String.format(BLOCKADE, "opposition", "to"))
        .deps(deps("opposition", "to"))
        .actor("Bolivian farmers", "BOLAGR").place("Sucre", "BOL").actor("Peruvian officials", "PERGOV")
        .events();
    assertDyad(only(events, "144"), "BOLAGR", "PERGOV");
  }

  @Test
  void aProtestInProtestAtAPartyIsAimedAtIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence(String.format(BLOCKADE, "protest", "at"))
        .deps(deps("protest", "at"))
        .actor("Bolivian farmers", "BOLAGR").place("Sucre", "BOL").actor("Peruvian officials", "PERGOV")
        .events();
    assertDyad(only(events, "144"), "BOLAGR", "PERGOV");
  }
}
