package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** "Called his counterpart": a leader calling his opposite number (of another country) is a telephone call (041). */
class CounterpartCallTest {

  @Test
  void callingACounterpartIsATelephoneCallToHim() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT Dutch/JJ premier/NN called/VBD/call his/PRP$/he Belgian/JJ counterpart/NN"
            + " yesterday/NN ./.")
        .deps("det(premier, The) amod(premier, Dutch) nsubj(called, premier) obj(called, counterpart)"
            + " nmod:poss(counterpart, his) amod(counterpart, Belgian) obl:tmod(called, yesterday)")
        .actor("The Dutch premier", "NLDGOV").actor("Belgian counterpart", "BELGOV")
        .events();
    assertEquals("BELGOV", only(events, "041").target().code(), Events.describe(events));
  }

  @Test
  void callingACounterpartNamedInAnAppositionIsACallToThatLeader() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Kenya/NNP 's/POS president/NN called/VBD/call his/PRP$/he Ugandan/JJ counterpart/NN ,/,"
            + " Otim/NNP Baraka/NNP ,/, to/TO discuss/VB trade/NN ./.")
        .deps("nmod:poss(president, Kenya) case(Kenya, 's) nsubj(called, president) obj(called, counterpart)"
            + " nmod:poss(counterpart, his) amod(counterpart, Ugandan) appos(counterpart, Baraka)"
            + " compound(Baraka, Otim) advcl(called, discuss) mark(discuss, to) obj(discuss, trade)")
        .actor("Kenya 's president", "KENGOV").actor("Ugandan counterpart", "UGAGOV")
        .person("Otim Baraka", "UGAGOV")
        .events();
    assertEquals("UGAGOV", only(events, "041").target().code(), Events.describe(events));
  }

  @Test
  void callingAClaimSomethingIsNoTelephoneCall() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peru/NNP called/VBD/call the/DT claims/NNS/claim baseless/JJ ./.")
        .deps("nsubj(called, Peru) obj(called, claims) det(claims, the) xcomp(called, baseless)")
        .actor("Peru", "PER")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("041")), Events.describe(events));
  }
}
