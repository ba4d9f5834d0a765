package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Event;
import org.riposte.api.Location;

/** A bare role takes the country its event happens in: the other party's, else the location's. */
class DomesticReadingTest {

  @Test
  void aBareRoleTakesTheCountryOfTheStateItDealsWith() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Chad/NNP accused/VBD/accuse the/DT rebels/NNS/rebel of/IN looting/NN ./.")
        .deps("nsubj(accused, Chad) obj(accused, rebels) det(rebels, the) obl:of(accused, looting) case(looting, of)")
        .actor("Chad", "TCD").actor("rebels", "REB")
        .events();
    Event e = only(events, "112");
    assertDyad(e, "TCD", "TCDREB");
    assertEquals("TCD", e.target().country());
    assertEquals("REB", e.target().role());
  }

  @Test
  void withoutAStatePartnerTheLocationGivesTheCountry() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Police/NNS/police detained/VBD/detain ten/CD protesters/NNS/protester in/IN Lusaka/NNP ./.")
        .deps("nsubj(detained, Police) obj(detained, protesters) nummod(protesters, ten) obl:in(detained, Lusaka)"
            + " case(Lusaka, in)")
        .actor("Police", "COP").actor("protesters", "OPP").place("Lusaka", "ZMB")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("17")).findFirst().orElseThrow();
    assertDyad(e, "ZMBCOP", "ZMBOPP");
  }

  @Test
  void actorsOfAPartyAndRolesThatWouldMeetThemselvesStayAsTheyAre() {
    Actor gov = new Actor("GOV", "the government", null, "GOV", ActorKind.GROUP);
    Actor russia = new Actor("RUS", "Russia", "RUS", null, ActorKind.STATE);
    Actor kremlin = new Actor("RUSGOV", "the Kremlin", "RUS", "GOV", ActorKind.STATE);
    assertEquals(russia, DomesticReading.situate(russia, gov, new Location("Kyiv", "UKR")));
    assertEquals(gov, DomesticReading.situate(gov, kremlin, null), "no RUSGOV→RUSGOV event");
    assertEquals(gov, DomesticReading.situate(gov, null, null));
    assertEquals(gov, DomesticReading.situate(gov, new Actor("EUR", "Europe", null, null, ActorKind.STATE), null));
    assertNull(DomesticReading.situate(null, russia, null));
    assertEquals("RUSGOV", DomesticReading.situate(gov, russia, null).code());
  }

  @Test
  void theOwnerOfARejectedDemandIsTheTarget() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Peru/NNP rejected/VBD/reject Chile/NNP 's/POS demand/NN ./.")
        .deps("nsubj(rejected, Peru) obj(rejected, demand) nmod:poss(demand, Chile) case(Chile, 's)")
        .actor("Peru", "PER").actor("Chile", "CHL")
        .events();
    assertDyad(only(events, "120"), "PER", "CHL");
  }
}
