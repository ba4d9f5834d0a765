package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** Yielding and giving: the patterns added for the acts the development sets showed missing. */
class YieldAndAidTest {

  @Test
  void liftingAStateOfEmergencyIsAConcessionWithoutTarget() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Peru/NNP lifted/VBD/lift the/DT state/NN of/IN emergency/NN in/IN Lima/NNP ./.")
        .deps("nsubj(lifted, Peru) obj(lifted, state) det(state, the) nmod:of(state, emergency) case(emergency, of)"
            + " obl:in(lifted, Lima) case(Lima, in)")
        .actor("Peru", "PER")
        .events();
    Event e = only(events, "0814");
    assertEquals("08", e.root());
    assertNull(e.target(), "the sentence names no target: none is invented");
  }

  @Test
  void donatingIsAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Qatar/NNP donated/VBD/donate tents/NNS/tent to/IN Sudan/NNP ./.")
        .deps("nsubj(donated, Qatar) obj(donated, tents) obl:to(donated, Sudan) case(Sudan, to)")
        .actor("Qatar", "QAT").actor("Sudan", "SDN")
        .events();
    assertDyad(only(events, "073"), "QAT", "SDN");  // tents: humanitarian aid
  }

  @Test
  void callingOffAStrikeEasesDissent() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT union/NN called/VBD/call off/RP its/PRP$ strike/NN ./.")
        .deps("nsubj(called, union) det(union, The) compound:prt(called, off) obj(called, strike)"
            + " nmod:poss(strike, its)")
        .actor("union", "LAB")
        .events();
    assertEquals("LAB", only(events, "082").source().code());  // CAMEO 082: ease political dissent
  }

  @Test
  void moneyGivenIsAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Norway/NNP gave/VBD/give $/$ 3/CD million/CD to/IN Malawi/NNP 's/POS farmers/NNS/farmer ./.")
        .deps("nsubj(gave, Norway) obj(gave, $) nummod($, million) compound(million, 3) nmod:to($, farmers)"
            + " case(farmers, to) nmod:poss(farmers, Malawi) case(Malawi, 's)")
        .actor("Norway", "NOR").actor("Malawi", "MWI")
        .events();
    assertEquals("NOR", only(events, "071").source().code());  // money: economic aid
  }

  @Test
  void providingAStateWithWeaponsIsMilitaryAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Britain/NNP provided/VBD/provide Estonia/NNP with/IN drones/NNS/drone ./.")
        .deps("nsubj(provided, Britain) obj(provided, Estonia) obl:with(provided, drones) case(drones, with)")
        .actor("Britain", "GBR").actor("Estonia", "EST")
        .events();
    assertDyad(only(events, "072"), "GBR", "EST");
  }

  @Test
  void returningPaintingsReturnsProperty() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Austria/NNP returned/VBD/return two/CD paintings/NNS/painting to/IN Poland/NNP ./.")
        .deps("nsubj(returned, Austria) obj(returned, paintings) nummod(paintings, two) obl:to(returned, Poland)"
            + " case(Poland, to)")
        .actor("Austria", "AUT").actor("Poland", "POL")
        .events();
    assertDyad(only(events, "0842"), "AUT", "POL");
  }

  @Test
  void aLeaderResigningYieldsToTheOwnCountry() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT Moldovan/JJ/moldovan premier/NN resigned/VBD/resign after/IN weeks/NNS/week of/IN"
            + " protests/NNS/protest ./.")
        .deps("nsubj(resigned, premier) det(premier, The) amod(premier, Moldovan) obl:after(resigned, weeks)"
            + " case(weeks, after) nmod:of(weeks, protests) case(protests, of)")
        .actor("Moldovan premier", "MDAGOV")
        .events();
    Event e = only(events, "0831");
    assertEquals("MDAGOV", e.source().code());
    assertEquals("MDA", e.target().code());
  }

  @Test
  void cuttingTariffsEasesEconomicSanctions() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Seoul/NNP cut/VBD tariffs/NNS/tariff on/IN Chilean/JJ/chilean wine/NN ./.")
        .deps("nsubj(cut, Seoul) obj(cut, tariffs) nmod:on(tariffs, wine) case(wine, on) amod(wine, Chilean)")
        .place("Seoul", "KOR").actor("Chilean", "CHL")
        .events();
    assertEquals("KOR", only(events, "085").source().code());
  }

  @Test
  void acceptingRefugeesGrantsAsylum() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Portugal/NNP accepted/VBD/accept 200/CD Syrian/JJ/syrian refugees/NNS/refugee ./.")
        .deps("nsubj(accepted, Portugal) obj(accepted, refugees) nummod(refugees, 200) amod(refugees, Syrian)")
        .actor("Portugal", "PRT").actor("Syrian refugees", "SYRREF")
        .events();
    assertDyad(only(events, "075"), "PRT", "SYRREF");
  }

  @Test
  void openingABorderToRefugeesEasesARestriction() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Hungary/NNP opened/VBD/open its/PRP$ border/NN to/IN Ukrainian/JJ/ukrainian refugees/NNS/refugee"
            + " ./.")
        .deps("nsubj(opened, Hungary) obj(opened, border) nmod:poss(border, its) obl:to(opened, refugees)"
            + " case(refugees, to) amod(refugees, Ukrainian)")
        .actor("Hungary", "HUN").actor("its", "HUN").actor("Ukrainian refugees", "UKRREF")
        .events();
    assertDyad(only(events, "081"), "HUN", "UKRREF");
  }

  @Test
  void liftingABlockadeEasesItAndLiftingACurfewEasesTheCurfew() throws Exception {
    List<Event> blockade = Fixture.published("2021-10-20")
        .sentence("The/DT Indian/JJ army/NN lifted/VBD/lift its/PRP$ blockade/NN on/IN Nepali/JJ trucks/NNS/truck ./.")
        .deps("nsubj(lifted, army) det(army, The) amod(army, Indian) obj(lifted, blockade) nmod:poss(blockade, its)"
            + " nmod:on(blockade, trucks) case(trucks, on) amod(trucks, Nepali)")
        .actor("The Indian army", "INDMIL").actor("Nepali trucks", "NPL")
        .events();
    assertEquals("RETREAT", only(blockade, "0872").plover(), "an eased military blockade, not an eased ban");
    List<Event> curfew = Fixture.published("2021-10-20")
        .sentence("The/DT junta/NN relaxed/VBD/relax the/DT curfew/NN in/IN Yangon/NNP ./.")
        .deps("nsubj(relaxed, junta) det(junta, The) obj(relaxed, curfew) det(curfew, the) obl:in(relaxed, Yangon)"
            + " case(Yangon, in)")
        .actor("junta", "MMRGOV")
        .events();
    assertEquals("MMRGOV", only(curfew, "0813").source().code());
  }

  @Test
  void easedEmergencyMeasuresAreNotEasedEconomicSanctions() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Hungary/NNP eased/VBD/ease emergency/NN measures/NNS/measure in/IN the/DT south/NN ./.")
        .deps("nsubj(eased, Hungary) obj(eased, measures) compound(measures, emergency) obl:in(eased, south)"
            + " case(south, in) det(south, the)")
        .actor("Hungary", "HUN")
        .events();
    assertEquals("08", only(events, "0814").root());
  }

  @Test
  void allowingADeliveryAllowsHumanitarianAccess() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Kazakhstan/NNP allowed/VBD/allow the/DT delivery/NN of/IN grain/NN to/IN Kyrgyzstan/NNP ./.")
        .deps("nsubj(allowed, Kazakhstan) obj(allowed, delivery) det(delivery, the) nmod:of(delivery, grain)"
            + " case(grain, of) nmod:to(delivery, Kyrgyzstan) case(Kyrgyzstan, to)")
        .actor("Kazakhstan", "KAZ").actor("Kyrgyzstan", "KGZ")
        .events();
    assertEquals("KAZ", only(events, "0863").source().code());
  }

  @Test
  void whoeverBeginsAWithdrawalIsItsSource() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Ethiopia/NNP began/VBD/begin the/DT withdrawal/NN of/IN troops/NNS/troop from/IN Somalia/NNP ./.")
        .deps("nsubj(began, Ethiopia) obj(began, withdrawal) det(withdrawal, the) nmod:of(withdrawal, troops)"
            + " case(troops, of) nmod:from(withdrawal, Somalia) case(Somalia, from)")
        .actor("Ethiopia", "ETH").actor("Somalia", "SOM")
        .events();
    assertEquals("ETH", only(events, "087").source().code(), "the troops' host is not the one withdrawing");
  }

  @Test
  void withdrawingInspectorsReducesRelationsWhileWithdrawingTroopsDeEscalates() throws Exception {
    List<Event> inspectors = Fixture.published("2021-10-20")
        .sentence("The/DT agency/NN withdrew/VBD/withdraw its/PRP$ inspectors/NNS/inspector from/IN Laos/NNP ./.")
        .deps("det(agency, The) nsubj(withdrew, agency) obj(withdrew, inspectors) nmod:poss(inspectors, its)"
            + " obl:from(withdrew, Laos) case(Laos, from)")
        .actor("The agency", "IGO").actor("Laos", "LAO")
        .events();
    assertEquals("SANCTION", only(inspectors, "1662").plover());
    List<Event> troops = Fixture.published("2021-10-20")
        .sentence("Armenia/NNP withdrew/VBD/withdraw its/PRP$ troops/NNS/troop from/IN the/DT border/NN ./.")
        .deps("nsubj(withdrew, Armenia) obj(withdrew, troops) nmod:poss(troops, its) obl:from(withdrew, border)"
            + " case(border, from) det(border, the)")
        .actor("Armenia", "ARM")
        .events();
    assertEquals("RETREAT", only(troops, "087").plover());
  }
}
