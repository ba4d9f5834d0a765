package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
  void aNamedOfficialOfUnknownCountryIsNotOfTheStateHeDealsWith() {
    Actor president = new Actor("GOV", "President Mills", null, "GOV", ActorKind.PERSON);
    Actor rebel = new Actor("REB", "Commander Mills", null, "REB", ActorKind.PERSON);
    Actor russia = new Actor("RUS", "Russia", "RUS", null, ActorKind.STATE);
    Actor kremlin = new Actor("RUSGOV", "the Kremlin", "RUS", "GOV", ActorKind.STATE);
    assertEquals(president, DomesticReading.situate(president, russia, new Location("Moscow", "RUS")),
        "President Mills threatened Russia: not RUSGOV");
    assertEquals("RUSREB", DomesticReading.situate(rebel, russia, null).code(), "a rebel leader is of the country");
    assertEquals("RUSDIP", DomesticReading.situate(new Actor("DIP", "the envoys", null, "DIP", ActorKind.GROUP),
        russia, null).code(), "a bare role without a name keeps the domestic reading");
    assertEquals(president, DomesticReading.situate(president, kremlin, null));
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

  @Test
  void aStanceVerbFindsItsTargetInItsInfinitiveComplement() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Ghana/NNP refused/VBD/refuse to/TO hand/VB/hand the/DT suspects/NNS/suspect over/RP to/IN"
            + " Togo/NNP ./.")
        .deps("nsubj(refused, Ghana) xcomp(refused, hand) mark(hand, to) obj(hand, suspects) det(suspects, the)"
            + " compound:prt(hand, over) obl:to(hand, Togo) case(Togo, to)")
        .actor("Ghana", "GHA").actor("Togo", "TGO")
        .events();
    assertDyad(only(events, "1213"), "GHA", "TGO");  // refusing judicial cooperation
  }

  @Test
  void aRoleIsOfTheCountryItsPhrasePlacesItIn() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Activists/NNS/activist in/IN Accra/NNP protested/VBD/protest ./.")
        .deps("nsubj(protested, Activists) nmod:in(Activists, Accra) case(Accra, in)")
        .actor("Activists", "OPP").place("Accra", "GHA")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("14")).findFirst().orElseThrow();
    assertEquals("GHAOPP", e.source().code());
  }

  @Test
  void aRoleActingAgainstACountryIsNotOfIt() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Activists/NNS/activist against/IN Ghana/NNP protested/VBD/protest ./.")
        .deps("nsubj(protested, Activists) nmod:against(Activists, Ghana) case(Ghana, against)")
        .actor("Activists", "OPP").actor("Ghana", "GHA")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.source().code().equals("GHAOPP")), Events.describe(events));
  }

  @Test
  void aNationsPeopleLivingInAnotherCountryAreItsCivilians() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Hungarians/NNPS/Hungarian of/IN Slovakia/NNP protested/VBD/protest ./.")
        .deps("nsubj(protested, Hungarians) nmod:of(Hungarians, Slovakia) case(Slovakia, of)")
        .actor("Hungarians", "HUNCVL").actor("Slovakia", "SVK")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("14")).findFirst().orElseThrow();
    assertEquals("SVKCVL", e.source().code());
  }

  @Test
  void aRolesOriginIsNoResidence() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Activists/NNS/activist from/IN Ghana/NNP protested/VBD/protest ./.")
        .deps("nsubj(protested, Activists) nmod:from(Activists, Ghana) case(Ghana, from)")
        .actor("Activists", "OPP").actor("Ghana", "GHA")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.source().code().equals("GHAOPP")), Events.describe(events));
  }

  @Test
  void whomASourceActsAgainstIsNotTheSource() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Activists/NNS/activist against/IN Ghana/NNP protested/VBD/protest ./.")
        .deps("nsubj(protested, Activists) nmod:against(Activists, Ghana) case(Ghana, against)")
        .actor("Activists", "OPP").actor("Ghana", "GHA")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.root().equals("14")), Events.describe(events));
    for (Event e : events) assertNull(e.source().country(), Events.describe(events));
  }

  @Test
  void aBareRoleAClauseOfItsOwnPlacesIsOfThatCountry() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Chad/NNP hosts/VBZ/host migrants/NNS/migrant stranded/VBN/strand in/IN Libyan/JJ camps/NNS/camp ./.")
        .deps("nsubj(hosts, Chad) obj(hosts, migrants) acl(migrants, stranded) obl:in(stranded, camps)"
            + " case(camps, in) amod(camps, Libyan) punct(hosts, .)")
        .actor("Chad", "TCD").actor("migrants", "CVL").actor("Libyan camps", "LBYREF")
        .events();
    assertDyad(only(events, "073"), "TCD", "LBYCVL");
  }

  @Test
  void aClauseThatPlacesNobodyLeavesTheDomesticReading() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Chad/NNP hosts/VBZ/host migrants/NNS/migrant sent/VBN/send by/IN Libyan/JJ"
            + " officials/NNS/official ./.")
        .deps("nsubj(hosts, Chad) obj(hosts, migrants) acl(migrants, sent) obl:by(sent, officials)"
            + " case(officials, by) amod(officials, Libyan) punct(hosts, .)")
        .actor("Chad", "TCD").actor("migrants", "CVL").actor("Libyan officials", "LBYGOV")
        .events();
    assertDyad(only(events, "073"), "TCD", "TCDCVL");
  }
}
