package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * A domestic act that names no target is aimed at the source's own country (its government, for a protest), when
 * the source is a role of that country; a bare state, or an act of another kind, keeps no target.
 */
class OwnCountryTargetTest {

  @Test
  void aGovernmentEasingRestrictionsYieldsToItsOwnCountry() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT Chilean/JJ government/NN eased/VBD/ease the/DT restrictions/NNS/restriction ./.")
        .deps("det(government, The) amod(government, Chilean) nsubj(eased, government) obj(eased, restrictions)"
            + " det(restrictions, the)")
        .actor("Chilean government", "CHLGOV")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("08")).findFirst().orElseThrow();
    assertEquals("CHLGOV", e.source().code(), Events.describe(events));
    assertEquals("CHL", e.target().code(), Events.describe(events));
    assertEquals("Chile", e.target().name(), "the country the text leaves unnamed is named for the reader");
  }

  @Test
  void strikingWorkersAimAtTheirGovernment() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ workers/NNS/worker went/VBD/go on/IN strike/NN ./.")
        .deps("amod(workers, Chilean) nsubj(went, workers) obl:on(went, strike) case(strike, on)")
        .actor("Chilean workers", "CHLLAB")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("14")).findFirst().orElseThrow();
    assertDyad(e, "CHLLAB", "CHLGOV");
  }

  @Test
  void aGovernmentsThreatIsAimedAbroadNotAtItsOwnCountry() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ officials/NNS/official threatened/VBD/threaten again/RB ./.")
        .deps("amod(officials, Chilean) nsubj(threatened, officials) advmod(threatened, again)")
        .actor("Chilean officials", "CHLGOV")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("13")).findFirst().orElseThrow();
    assertNull(e.target(), Events.describe(events));
  }

  @Test
  void rebelsThreateningStayDomestic() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ rebels/NNS/rebel threatened/VBD/threaten again/RB ./.")
        .deps("amod(rebels, Chilean) nsubj(threatened, rebels) advmod(threatened, again)")
        .actor("Chilean rebels", "CHLREB")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("13")).findFirst().orElseThrow();
    assertEquals("CHL", e.target().code(), Events.describe(events));
  }

  @Test
  void aBareStateKeepsNoTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP eased/VBD/ease the/DT restrictions/NNS/restriction ./.")
        .deps("nsubj(eased, Chile) obj(eased, restrictions) det(restrictions, the)")
        .actor("Chile", "CHL")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("08")).findFirst().orElseThrow();
    assertNull(e.target(), Events.describe(events));
  }

  @Test
  void aMeetingKeepsNoTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ rebels/NNS/rebel met/VBD/meet again/RB ./.")
        .deps("amod(rebels, Chilean) nsubj(met, rebels) advmod(met, again)")
        .actor("Chilean rebels", "CHLREB")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("04")).findFirst().orElseThrow();
    assertNull(e.target(), Events.describe(events));
  }
}
