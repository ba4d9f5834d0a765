package org.riposte.coding;

import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Whom a disapproval or rejection is aimed at when it names the thing rejected and its author ("offers by Lima",
 * "an appeal lodged by the union"), and whom a refusal to join in something is aimed at (its organisers).
 */
class AuthorAndJoiningTargetTest {

  @Test
  void rejectingOffersMadeByAPartyRejectsThatParty() throws Exception {
    // the parser hangs "by the Peruvian government" on the verb, not on the offers
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("The/DT rebels/NNS/rebel rejected/VBD/reject new/JJ offers/NNS/offer by/IN the/DT Peruvian/JJ"
            + " government/NN ./.")
        .deps("det(rebels, The) nsubj(rejected, rebels) obj(rejected, offers) amod(offers, new)"
            + " obl:by(rejected, government) case(government, by) det(government, the) amod(government, Peruvian)")
        .actor("The rebels", "PERREB").actor("Peruvian government", "PERGOV")
        .events();
    assertDyad(only(events, "120"), "PERREB", "PERGOV");
  }

  @Test
  void condemningThreatsMadeByAPartyCondemnsThatParty() throws Exception {
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Chile/NNP condemned/VBD/condemn the/DT threats/NNS/threat made/VBN/make by/IN the/DT Bolivian/JJ"
            + " army/NN ./.")
        .deps("nsubj(condemned, Chile) obj(condemned, threats) det(threats, the) acl(threats, made)"
            + " obl:agent(made, army) case(army, by) det(army, the) amod(army, Bolivian)")
        .actor("Chile", "CHL").actor("Bolivian army", "BOLMIL")
        .events();
    assertDyad(only(events, "111"), "CHL", "BOLMIL");
  }

  @Test
  void refusingToJoinInExercisesOfAnAllianceRefusesTheAlliance() throws Exception {
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Serbia/NNP refused/VBD/refuse to/TO join/VB in/IN the/DT NATO/NNP exercises/NNS/exercise ./.")
        .deps("nsubj(refused, Serbia) xcomp(refused, join) mark(join, to) obl:in(join, exercises) case(exercises, in)"
            + " det(exercises, the) compound(exercises, NATO)")
        .actor("Serbia", "SRB").actor("NATO", "IGOWSTNAT")
        .events();
    assertDyad(only(events, "120"), "SRB", "IGOWSTNAT");
  }
}
