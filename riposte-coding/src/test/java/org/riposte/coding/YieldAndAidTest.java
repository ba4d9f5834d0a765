package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** Yielding and giving: the patterns added for the acts the development sets showed missing. */
class YieldAndAidTest {

  @Test
  void liftingAStateOfEmergencyIsAConcessionWithoutTarget() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Peru/NNP lifted/VBD/lift the/DT state/NN of/IN emergency/NN in/IN Lima/NNP ./.")
        .deps("nsubj(lifted, Peru) obj(lifted, state) det(state, the) nmod:of(state, emergency) case(emergency, of)"
            + " obl:in(lifted, Lima) case(Lima, in)")
        .actor("Peru", "PER")
        .events();
    Event e = only(events, "0814");
    assertEquals("08", e.root());
    assertNull(e.target(), "the sentence names no target: none is invented");
  }

  @Test
  void donatingIsAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Qatar/NNP donated/VBD/donate tents/NNS/tent to/IN Sudan/NNP ./.")
        .deps("nsubj(donated, Qatar) obj(donated, tents) obl:to(donated, Sudan) case(Sudan, to)")
        .actor("Qatar", "QAT").actor("Sudan", "SDN")
        .events();
    assertDyad(only(events, "070"), "QAT", "SDN");
  }

  @Test
  void callingOffAStrikeYields() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT union/NN called/VBD/call off/RP its/PRP$ strike/NN ./.")
        .deps("nsubj(called, union) det(union, The) compound:prt(called, off) obj(called, strike)"
            + " nmod:poss(strike, its)")
        .actor("union", "LAB")
        .events();
    assertEquals("LAB", only(events, "0831").source().code());
  }
}
