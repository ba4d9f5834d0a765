package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * A curfew, state of siege or emergency, or blockade is aimed at the place it covers, as the sentence names it; the
 * passive lifting of a measure is done by the party named as the measure's own.
 */
class MeasurePlacesTest {

  @Test
  void aCurfewInPartsOfAnUncodedRegionIsAimedAtThoseParts() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peruvian/JJ police/NNS/police imposed/VBD/impose a/DT curfew/NN in/IN parts/NNS/part of/IN"
            + " Vraem/NNP ./.")
        .deps("amod(police, Peruvian) nsubj(imposed, police) obj(imposed, curfew) det(curfew, a)"
            + " obl:in(imposed, parts) case(parts, in) nmod:of(parts, Vraem) case(Vraem, of)")
        .actor("Peruvian police", "PERCOP")
        .events();
    Event e = only(events, "1723");
    assertNull(e.target().code(), Events.describe(events));
    assertEquals("parts of Vraem", e.target().name(), Events.describe(events));
  }

  @Test
  void aStateOfSiegeInTheTownIsAimedAtTheTown() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT Chilean/JJ president/NN declared/VBD/declare a/DT state/NN of/IN siege/NN in/IN the/DT"
            + " town/NN ./.")
        .deps("det(president, The) amod(president, Chilean) nsubj(declared, president) obj(declared, state)"
            + " det(state, a) nmod:of(state, siege) case(siege, of) nmod:in(state, town) case(town, in)"
            + " det(town, the)")
        .actor("The Chilean president", "CHLGOV")
        .events();
    Event e = only(events, "1724");
    assertEquals("the town", e.target().name(), Events.describe(events));
  }

  @Test
  void aStateOfSiegeInAnUncodedPlaceNameIsAimedAtThatPlace() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT Chilean/JJ president/NN declared/VBD/declare a/DT state/NN of/IN siege/NN in/IN"
            + " Tarapaca/NNP ./.")
        .deps("det(president, The) amod(president, Chilean) nsubj(declared, president) obj(declared, state)"
            + " det(state, a) nmod:of(state, siege) case(siege, of) nmod:in(state, Tarapaca) case(Tarapaca, in)")
        .actor("The Chilean president", "CHLGOV").ner("Tarapaca", "LOCATION")
        .events();
    Event e = only(events, "1724");
    assertEquals("Tarapaca", e.target().name(), Events.describe(events));
  }

  @Test
  void liftingAnEmergencyInANumberOfStatesIsAimedAtThem() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Nepal/NNP lifted/VBD/lift a/DT state/NN of/IN emergency/NN in/IN three/CD of/IN the/DT"
            + " country/NN 's/POS districts/NNS/district ./.")
        .deps("nsubj(lifted, Nepal) obj(lifted, state) det(state, a) nmod:of(state, emergency) case(emergency, of)"
            + " obl:in(lifted, three) case(three, in) nmod:of(three, districts) case(districts, of)"
            + " nmod:poss(districts, country) det(country, the) case(country, 's)")
        .actor("Nepal", "NPL")
        .events();
    Event e = only(events, "0814");
    assertEquals("three of the country 's districts", e.target().name(), Events.describe(events));
  }

  @Test
  void aCurfewInPartsOfACodedProvinceIsThatProvinceAsCoded() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ officials/NNS/official imposed/VBD/impose a/DT curfew/NN in/IN parts/NNS/part of/IN"
            + " Arauco/NNP Province/NNP ./.")
        .deps("amod(officials, Chilean) nsubj(imposed, officials) obj(imposed, curfew) det(curfew, a)"
            + " obl:in(imposed, parts) case(parts, in) nmod:of(parts, Province) case(Province, of)"
            + " compound(Province, Arauco)")
        .actor("Chilean officials", "CHLGOV").place("Arauco Province", "CHL")
        .events();
    assertEquals("CHL", only(events, "1723").target().code(), Events.describe(events));
  }

  @Test
  void aCurfewOnACityIsTheCityAsCoded() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peruvian/JJ officials/NNS/official imposed/VBD/impose a/DT curfew/NN on/IN Tacna/NNP ./.")
        .deps("amod(officials, Peruvian) nsubj(imposed, officials) obj(imposed, curfew) det(curfew, a)"
            + " obl:on(imposed, Tacna) case(Tacna, on)")
        .actor("Peruvian officials", "PERGOV").place("Tacna", "PER")
        .events();
    assertEquals("PER", only(events, "1723").target().code(), Events.describe(events));
  }

  @Test
  void aCurfewOrderIsACurfew() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT Bolivian/JJ army/NN extended/VBD/extend the/DT curfew/NN order/NN in/IN Oruro/NNP ./.")
        .deps("det(army, The) amod(army, Bolivian) nsubj(extended, army) obj(extended, order) det(order, the)"
            + " compound(order, curfew) nmod:in(order, Oruro) case(Oruro, in)")
        .actor("The Bolivian army", "BOLMIL").place("Oruro", "BOLCVL")
        .events();
    assertEquals("BOLCVL", only(events, "1723").target().code(), Events.describe(events));
  }

  @Test
  void sanctionsLiftedInThePassiveAreLiftedByThoseNamedAsTheirs() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("EU/NNP sanctions/NNS/sanction against/IN Belarus/NNP were/VBD/be lifted/VBN/lift on/IN"
            + " Monday/NNP ./.")
        .deps("compound(sanctions, EU) nmod:against(sanctions, Belarus) case(Belarus, against)"
            + " nsubj:pass(lifted, sanctions) aux:pass(lifted, were) obl:on(lifted, Monday) case(Monday, on)")
        .actor("EU", "IGOEU").actor("Belarus", "BLR").timex("Monday", "2021-05-31")
        .events();
    Event e = only(events, "085");
    assertEquals("IGOEU", e.source().code(), Events.describe(events));
    assertEquals("BLR", e.target().code(), Events.describe(events));
  }

  @Test
  void aPassiveLiftingNamingNoOwnerStaysWithoutEvent() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT sanctions/NNS/sanction against/IN Belarus/NNP were/VBD/be lifted/VBN/lift ./.")
        .deps("det(sanctions, The) nmod:against(sanctions, Belarus) case(Belarus, against)"
            + " nsubj:pass(lifted, sanctions) aux:pass(lifted, were)")
        .actor("Belarus", "BLR")
        .events();
    assertEquals(0, events.stream().filter(x -> x.cameo().equals("085")).count(), Events.describe(events));
  }
}
