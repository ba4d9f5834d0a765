package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.assertDyad;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** A yielding or a refusal made despite or under someone's pressure answers that party. */
class PressingTargetTest {

  @Test
  void aResignationUnderPressureAnswersThePressingParty() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT Chilean/JJ president/NN resigned/VBD/resign under/IN pressure/NN from/IN the/DT army/NN ./.")
        .deps("det(president, The) amod(president, Chilean) nsubj(resigned, president) obl:under(resigned, pressure)"
            + " case(pressure, under) nmod:from(pressure, army) case(army, from) det(army, the)")
        .actor("Chilean president", "CHLGOV").actor("army", "MIL")
        .events();
    assertEquals(1, events.size(), Events.describe(events));
    assertEquals("CHLGOV", events.get(0).source().code());
    assertEquals("MIL", events.get(0).target().role(), Events.describe(events));
  }

  @Test
  void aRefusalToResignDespiteCallsAnswersTheCallers() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT Peruvian/JJ minister/NN refused/VBD/refuse to/TO resign/VB/resign despite/IN"
            + " calls/NNS/call by/IN Chile/NNP ./.")
        .deps("det(minister, The) amod(minister, Peruvian) nsubj(refused, minister) xcomp(refused, resign)"
            + " mark(resign, to) obl:despite(resign, calls) case(calls, despite) nmod:by(calls, Chile) case(Chile, by)")
        .actor("Peruvian minister", "PERGOV").actor("Chile", "CHL")
        .events();
    assertDyad(Events.only(events, "1231"), "PERGOV", "CHL");
  }
}
