package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** A count or part of a group ("one third of the rebels", "thousands of Kurds") acts as that group. */
class QuantityActorTest {

  @Test
  void aPartOfAnEthnicGroupLivesWhereItsGroupOperates() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("One/CD third/NN of/IN ethnic/JJ Chilean/JJ guerrillas/NNS/guerrilla operating/VBG/operate in/IN"
            + " Peru/NNP attacked/VBD/attack Bolivia/NNP ./.")
        .deps("nsubj(attacked, third) nummod(third, One) nmod:of(third, guerrillas) case(guerrillas, of)"
            + " amod(guerrillas, ethnic) amod(guerrillas, Chilean) acl(guerrillas, operating)"
            + " obl:in(operating, Peru) case(Peru, in) obj(attacked, Bolivia)")
        .actor("Chilean guerrillas", "CHLREB").actor("Peru", "PER").actor("Bolivia", "BOL")
        .events();
    assertEquals("PERREB", only(events, "190").source().code(), Events.describe(events));
  }

  @Test
  void thousandsOfANationsPeopleAreThatPeople() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Thousands/NNS/thousand of/IN Peruvian/JJ farmers/NNS/farmer attacked/VBD/attack Bolivia/NNP ./.")
        .deps("nsubj(attacked, Thousands) nmod:of(Thousands, farmers) case(farmers, of) amod(farmers, Peruvian)"
            + " obj(attacked, Bolivia)")
        .actor("Peruvian farmers", "PERAGR").actor("Bolivia", "BOL")
        .events();
    assertEquals("PERAGR", only(events, "190").source().code(), Events.describe(events));
  }
}
