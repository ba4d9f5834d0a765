package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** An appeal, demand, rejection or promise is coded by what it asks for, rejects or promises. */
class ContentCodesTest {

  @Test
  void anAppealToReleaseIsAnAppealForRelease() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Chile/NNP urged/VBD/urge Peru/NNP to/TO release/VB the/DT prisoners/NNS/prisoner ./.")
        .deps("nsubj(urged, Chile) obj(urged, Peru) xcomp(urged, release) mark(release, to)"
            + " obj(release, prisoners) det(prisoners, the)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "0253"), "CHL", "PER");
  }

  @Test
  void aDemandForRightsIsADemandForReformByItsWords() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Chile/NNP demanded/VBD/demand that/IN Peru/NNP respect/VB the/DT rights/NNS/right of/IN"
            + " miners/NNS/miner ./.")
        .deps("nsubj(demanded, Chile) ccomp(demanded, respect) mark(respect, that) nsubj(respect, Peru)"
            + " obj(respect, rights) det(rights, the) nmod:of(rights, miners) case(miners, of)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("1043")), Events.describe(events));
  }

  @Test
  void rejectingACallForAidRejectsARequestForAid() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Chile/NNP rejected/VBD/reject calls/NNS/call for/IN aid/NN ./.")
        .deps("nsubj(rejected, Chile) obj(rejected, calls) nmod:for(calls, aid) case(aid, for)")
        .actor("Chile", "CHL")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("122")), Events.describe(events));
  }

  @Test
  void acceptingDemandsForReformConcedesReform() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Peru/NNP accepted/VBD/accept demands/NNS/demand from/IN Chile/NNP for/IN reforms/NNS/reform ./.")
        .deps("nsubj(accepted, Peru) obj(accepted, demands) nmod:from(demands, Chile) case(Chile, from)"
            + " nmod:for(demands, reforms) case(reforms, for)")
        .actor("Peru", "PER").actor("Chile", "CHL")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("083")), Events.describe(events));
  }

  @Test
  void aRejectionOfNothingNamedStaysPlain() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Chile/NNP rejected/VBD/reject the/DT Peruvian/JJ statement/NN ./.")
        .deps("nsubj(rejected, Chile) obj(rejected, statement) det(statement, the) amod(statement, Peruvian)")
        .actor("Chile", "CHL").actor("Peruvian", "PER")
        .events();
    assertEquals("120", events.get(0).cameo(), Events.describe(events));
  }
}
