package org.riposte.coding;

import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * A bomb or an attack that kills without a named agent was set by an unidentified armed force ({@code UAF}) of the
 * country where it struck, never by the people of the place; an attack with a named agent keeps it.
 */
class UnidentifiedAttackersTest {

  @Test
  void aBombInATownWasSetByUnidentifiedAttackersOfItsCountry() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("A/DT roadside/NN bomb/NN near/IN the/DT town/NN of/IN Mosul/NNP killed/VBD/kill two/CD Iraqi/JJ"
            + " farmers/NNS/farmer ./.")
        .deps("det(bomb, A) compound(bomb, roadside) nsubj(killed, bomb) nmod:near(bomb, town) case(town, near)"
            + " det(town, the) nmod:of(town, Mosul) case(Mosul, of) obj(killed, farmers) nummod(farmers, two)"
            + " amod(farmers, Iraqi)")
        .actor("town of Mosul", "IRQCVL").actor("Iraqi farmers", "IRQAGR")
        .events();
    assertDyad(only(events, "190"), "IRQUAF", "IRQAGR");
  }

  @Test
  void peopleKilledInABombingWereKilledByUnidentifiedAttackersOfItsPlace() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Two/CD Kenyan/JJ farmers/NNS/farmer were/VBD/be killed/VBN/kill in/IN a/DT bombing/NN in/IN a/DT"
            + " suburb/NN of/IN Nairobi/NNP ./.")
        .deps("nummod(farmers, Two) amod(farmers, Kenyan) nsubj:pass(killed, farmers) aux:pass(killed, were)"
            + " obl:in(killed, bombing) case(bombing, in) det(bombing, a) nmod:in(bombing, suburb) case(suburb, in)"
            + " det(suburb, a) nmod:of(suburb, Nairobi) case(Nairobi, of)")
        .actor("Kenyan farmers", "KENAGR").place("Nairobi", "KEN")
        .events();
    assertDyad(only(events, "183"), "KENUAF", "KENAGR");
  }

  @Test
  void aKillingWithoutDeviceOrAgentStillHasNoSource() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Two/CD Kenyan/JJ farmers/NNS/farmer were/VBD/be killed/VBN/kill in/IN Nairobi/NNP ./.")
        .deps("nummod(farmers, Two) amod(farmers, Kenyan) nsubj:pass(killed, farmers) aux:pass(killed, were)"
            + " obl:in(killed, Nairobi) case(Nairobi, in)")
        .actor("Kenyan farmers", "KENAGR").place("Nairobi", "KEN")
        .events();
    org.junit.jupiter.api.Assertions.assertTrue(events.isEmpty(), Events.describe(events));
  }

  @Test
  void thePeopleOfATownActingAreNoBombAndKeepTheirCode() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Residents/NNS/resident of/IN Mosul/NNP attacked/VBD/attack a/DT police/NN station/NN ./.")
        .deps("nsubj(attacked, Residents) nmod:of(Residents, Mosul) case(Mosul, of) obj(attacked, station)"
            + " det(station, a) compound(station, police)")
        .actor("Residents of Mosul", "IRQCVL").actor("police", "COP")
        .events();
    Event e = only(events, "190");
    org.junit.jupiter.api.Assertions.assertEquals("IRQCVL", e.source().code());
  }
}
