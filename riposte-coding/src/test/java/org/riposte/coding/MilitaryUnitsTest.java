package org.riposte.coding;

import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** Small military units (platoon, regiment, squadron, detachment) are forces like troops and battalions. */
class MilitaryUnitsTest {

  @Test
  void sendingAPlatoonToAnotherCountryIsAShowOfForce() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Estonia/NNP is/VBZ/be sending/VBG/send an/DT infantry/NN platoon/NN to/IN Mali/NNP ./.")
        .deps("nsubj(sending, Estonia) aux(sending, is) obj(sending, platoon) det(platoon, an)"
            + " compound(platoon, infantry) obl:to(sending, Mali) case(Mali, to)")
        .actor("Estonia", "EST").actor("Mali", "MLI")
        .events();
    assertDyad(only(events, "150"), "EST", "MLI");
  }
}
