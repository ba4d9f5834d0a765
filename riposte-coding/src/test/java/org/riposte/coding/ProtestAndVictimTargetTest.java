package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Targets the sentence leaves unsaid: a protest that names no party is aimed at the protesters' own government; a
 * killing stated as the result of another act hits whom that act was aimed at; martial law without a place is laid on
 * the source's own people.
 */
class ProtestAndVictimTargetTest {

  @Test
  void aProtestThatNamesNoPartyIsAimedAtTheProtestersGovernment() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ workers/NNS/worker protested/VBD/protest the/DT pension/NN cuts/NNS/cut ./.")
        .deps("amod(workers, Chilean) nsubj(protested, workers) obj(protested, cuts) det(cuts, the)"
            + " compound(cuts, pension)")
        .actor("Chilean workers", "CHLOPP")
        .events();
    assertDyad(only(events, "140"), "CHLOPP", "CHLGOV");
  }

  @Test
  void aProtestAgainstANamedPartyKeepsIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ workers/NNS/worker protested/VBD/protest against/IN Peru/NNP ./.")
        .deps("amod(workers, Chilean) nsubj(protested, workers) obl:against(protested, Peru) case(Peru, against)")
        .actor("Chilean workers", "CHLOPP").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "140"), "CHLOPP", "PER");
  }

  @Test
  void aStatesProtestIsNoDomesticOne() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP protested/VBD/protest the/DT decision/NN ./.")
        .deps("nsubj(protested, Chile) obj(protested, decision) det(decision, the)")
        .actor("Chile", "CHL")
        .events();
    Event e = only(events, "140");
    assertNull(e.target() == null ? null : e.target().code(), Events.describe(events));
  }

  @Test
  void aKillingThatResultsFromAnAttackHitsItsTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ troops/NNS/troop shelled/VBD/shell Peruvian/JJ positions/NNS/position ,/,"
            + " killing/VBG/kill 20/CD people/NNS ./.")
        .deps("amod(troops, Chilean) nsubj(shelled, troops) obj(shelled, positions) amod(positions, Peruvian)"
            + " dep(shelled, killing) obj(killing, people) nummod(people, 20)")
        .actor("Chilean troops", "CHLMIL").actor("Peruvian", "PER")
        .events();
    assertDyad(only(events, "190"), "CHLMIL", "PER");
  }

  @Test
  void aFiniteKillingIsAnActOfItsOwn() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ troops/NNS/troop shelled/VBD/shell Peruvian/JJ positions/NNS/position and/CC"
            + " killed/VBD/kill 20/CD people/NNS ./.")
        .deps("amod(troops, Chilean) nsubj(shelled, troops) obj(shelled, positions) amod(positions, Peruvian)"
            + " conj:and(shelled, killed) cc(killed, and) obj(killed, people) nummod(people, 20)")
        .actor("Chilean troops", "CHLMIL").actor("Peruvian", "PER")
        .events();
    Event e = only(events, "190");
    assertNull(e.target().code(), Events.describe(events));
  }

  @Test
  void aStrikeInProtestOfSomethingIsAimedAtTheGovernment() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ workers/NNS/worker went/VBD/go on/IN strike/NN in/IN protest/NN of/IN the/DT arrests/NNS/arrest ./.")
        .deps("amod(workers, Chilean) nsubj(went, workers) obl:on(went, strike) case(strike, on)"
            + " obl:in(went, protest) case(protest, in) nmod:of(protest, arrests) case(arrests, of) det(arrests, the)")
        .actor("Chilean workers", "CHLOPP")
        .events();
    assertDyad(only(events, "143"), "CHLOPP", "CHLGOV");
  }

  @Test
  void sanctionsImposedOnAStateAreAimedAtIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP lifted/VBD/lift sanctions/NNS/sanction imposed/VBN/impose on/IN Peru/NNP ./.")
        .deps("nsubj(lifted, Chile) obj(lifted, sanctions) acl(sanctions, imposed) obl:on(imposed, Peru) case(Peru, on)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "085"), "CHL", "PER");
  }

  @Test
  void martialLawWithoutAPlaceIsLaidOnTheSourcesOwnPeople() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT Chilean/JJ government/NN imposed/VBD/impose martial/JJ law/NN ./.")
        .deps("det(government, The) amod(government, Chilean) nsubj(imposed, government) obj(imposed, law)"
            + " amod(law, martial)")
        .actor("Chilean government", "CHLGOV")
        .events();
    assertDyad(only(events, "1724"), "CHLGOV", "CHLCVL");
  }
}
