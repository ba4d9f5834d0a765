package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Where a target comes from when the predicate's own arguments name none: the place the act happens in, the condition
 * of a threat, a complement the parser made of an object, the act a purpose clause serves.
 */
class TargetRulesTest {

  @Test
  void anActWithoutTargetActsOnTheCountryItHappensIn() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP relaxed/VBD/relax the/DT restrictions/NNS/restriction in/IN Bolivia/NNP province/NN ./.")
        .deps("nsubj(relaxed, Chile) obj(relaxed, restrictions) det(restrictions, the) obl:in(relaxed, province)"
            + " case(province, in) compound(province, Bolivia)")
        .actor("Chile", "CHL").actor("Bolivia", "BOL")
        .events();
    Event e = only(events, "081");
    assertDyad(e, "CHL", "BOL");
    assertEquals("Bolivia", e.target().name());
  }

  @Test
  void aPlaceOfTheSourcesOwnCodeIsNoTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP relaxed/VBD/relax the/DT restrictions/NNS/restriction in/IN Chile/NNP ./.")
        .deps("nsubj(relaxed, Chile-0) obj(relaxed, restrictions) det(restrictions, the) obl:in(relaxed, Chile-5)"
            + " case(Chile-5, in)")
        .actor("Chile", "CHL")
        .events();
    assertNull(only(events, "081").target(), "Chile acts in Chile: no target, and the event is kept");
  }

  @Test
  void aCapitalGivesItsCountryAsTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peruvian/JJ troops/NNS/troop lifted/VBD/lift the/DT curfew/NN in/IN Quito/NNP ./.")
        .deps("nsubj(lifted, troops) amod(troops, Peruvian) obj(lifted, curfew) det(curfew, the)"
            + " obl:in(lifted, Quito) case(Quito, in)")
        .actor("Peruvian troops", "PERMIL").place("Quito", "ECUGOV")
        .events();
    Event e = only(events, "0813");
    assertEquals("ECU", e.target().code(), "the country, not its government: " + Events.describe(events));
  }

  @Test
  void aTownReadAsItsPeopleStaysItsPeopleAsTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ troops/NNS/troop lifted/VBD/lift the/DT curfew/NN in/IN Arequipa/NNP ./.")
        .deps("nsubj(lifted, troops) amod(troops, Chilean) obj(lifted, curfew) det(curfew, the)"
            + " obl:in(lifted, Arequipa) case(Arequipa, in)")
        .actor("Chilean troops", "CHLMIL").place("Arequipa", "PERCVL")
        .events();
    Event e = only(events, "0813");
    assertEquals("PERCVL", e.target().code(), "the town's people, as the actor stage read it: "
        + Events.describe(events));
  }

  @Test
  void statementsTakeNoPlaceAsTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP said/VBD/say to/TO Peru/NNP in/IN Bolivia/NNP that/IN trade/NN would/MD grow/VB ./.")
        .deps("nsubj(said, Chile) obl:to(said, Peru) case(Peru, to) obl:in(said, Bolivia) case(Bolivia, in)"
            + " ccomp(said, grow) mark(grow, that) nsubj(grow, trade) aux(grow, would)")
        .actor("Chile", "CHL").actor("Peru", "PER").actor("Bolivia", "BOL")
        .events();
    assertEquals("PER", only(events, "010").target().code());
  }

  @Test
  void aThreatIsAimedAtTheSubjectOfItsCondition() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Spain/NNP threatened/VBD/threaten to/TO halt/VB/halt talks/NNS/talk unless/IN Portugal/NNP"
            + " withdrew/VBD/withdraw ./.")
        .deps("nsubj(threatened, Spain) xcomp(threatened, halt) mark(halt, to) obj(halt, talks)"
            + " advcl(halt, withdrew) mark(withdrew, unless) nsubj(withdrew, Portugal)")
        .actor("Spain", "ESP").actor("Portugal", "PRT")
        .events();
    Event threat = events.stream().filter(e -> e.root().equals("13")).findFirst().orElseThrow();
    assertDyad(threat, "ESP", "PRT");
  }

  @Test
  void aDemandTheParserMadeTheSubjectOfAComplementIsTheObject() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Ecuador/NNP rejected/VBD/reject Peru/NNP 's/POS demand/NN/demand to/TO close/VB/close the/DT"
            + " border/NN ./.")
        .deps("nsubj(rejected, Ecuador) ccomp(rejected, close) nsubj(close, demand) nmod:poss(demand, Peru)"
            + " case(Peru, 's) mark(close, to) obj(close, border) det(border, the)")
        .actor("Ecuador", "ECU").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "120"), "ECU", "PER");
  }

  @Test
  void aPurposeClauseActsOnWhomItsActIsAddressedTo() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP summoned/VBD/summon Peru/NNP 's/POS ambassador/NN to/TO complain/VB/complain ./.")
        .deps("nsubj(summoned, Chile) obj(summoned, ambassador) nmod:poss(ambassador, Peru) case(Peru, 's)"
            + " advcl:to(summoned, complain) mark(complain, to)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    Event complaint = events.stream().filter(e -> e.trigger().equals("complain")).findFirst().orElseThrow();
    assertDyad(complaint, "CHL", "PER");
  }

  @Test
  void anEthnicGroupIsCodedByTheCountryItLivesIn() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Ethnic/JJ Hungarians/NNPS/Hungarian demonstrated/VBD/demonstrate in/IN Slovakia/NNP ./.")
        .deps("nsubj(demonstrated, Hungarians) amod(Hungarians, Ethnic) obl:in(demonstrated, Slovakia)"
            + " case(Slovakia, in)")
        .actor("Hungarians", "HUNCVL").actor("Slovakia", "SVK")
        .events();
    assertEquals("SVKCVL", only(events, "141").source().code(), Events.describe(events));
  }

  @Test
  void anEthnicGroupsOwnPhraseSaysWhereItLives() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Slovak/JJ police/NN arrested/VBD/arrest ethnic/JJ Hungarian/JJ activists/NNS/activist"
            + " living/VBG/live in/IN Romania/NNP ./.")
        .deps("nsubj(arrested, police) amod(police, Slovak) obj(arrested, activists) amod(activists, ethnic)"
            + " amod(activists, Hungarian) acl(activists, living) obl:in(living, Romania) case(Romania, in)")
        .actor("Slovak police", "SVKCOP").actor("Hungarian activists", "HUNOPP").actor("Romania", "ROU")
        .events();
    assertEquals("ROUOPP", events.get(0).target().code(), Events.describe(events));
  }

  @Test
  void aNationsPeopleWithoutEthnicKeepTheirNation() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Hungarians/NNPS/Hungarian demonstrated/VBD/demonstrate in/IN Slovakia/NNP ./.")
        .deps("nsubj(demonstrated, Hungarians) obl:in(demonstrated, Slovakia) case(Slovakia, in)")
        .actor("Hungarians", "HUNCVL").actor("Slovakia", "SVK")
        .events();
    assertEquals("HUNCVL", only(events, "141").source().code(), Events.describe(events));
  }

  @Test
  void aDeclaredActTakesThePlaceAsTargetThoughDeclaringIsReporting() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("In/IN Peru/NNP ,/, the/DT rebels/NNS/rebel declared/VBD/declare a/DT ceasefire/NN ./.")
        .deps("obl:in(declared, Peru) case(Peru, In) nsubj(declared, rebels) det(rebels, the) obj(declared, ceasefire)"
            + " det(ceasefire, a)")
        .actor("Peru", "PER").actor("rebels", "PERREB")
        .events();
    assertEquals(1, events.size(), Events.describe(events));
    assertEquals("PER", events.get(0).target().code(), Events.describe(events));
  }

  @Test
  void aProvinceNamedAfterItsCountryGivesThatCountry() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP relaxed/VBD/relax the/DT restrictions/NNS/restriction in/IN Bolivia/NNP 's/POS"
            + " northern/JJ province/NN ./.")
        .deps("nsubj(relaxed, Chile) obj(relaxed, restrictions) det(restrictions, the) obl:in(relaxed, province)"
            + " case(province, in) nmod:poss(province, Bolivia) case(Bolivia, 's) amod(province, northern)")
        .actor("Chile", "CHL").actor("Bolivia", "BOL")
        .events();
    assertDyad(only(events, "081"), "CHL", "BOL");
  }

  @Test
  void aGerundComplementNamesTheTargetOfItsVerb() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP is/VBZ/be considering/VBG/consider sending/VBG/send aid/NN to/IN Bolivia/NNP ./.")
        .deps("nsubj(considering, Chile) aux(considering, is) acl(considering, sending) obj(sending, aid)"
            + " obl:to(sending, Bolivia) case(Bolivia, to)")
        .actor("Chile", "CHL").actor("Bolivia", "BOL")
        .events();
    assertDyad(only(events, "014"), "CHL", "BOL");
  }

  @Test
  void aDomesticObjectComesBeforeAForeignPartyNamedFurtherAway() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ police/NN arrested/VBD/arrest Chilean/JJ protesters/NNS/protester near/IN the/DT"
            + " Peruvian/JJ embassy/NN ./.")
        .deps("nsubj(arrested, police) amod(police, Chilean-0) obj(arrested, protesters) amod(protesters, Chilean-3)"
            + " obl:near(arrested, embassy) case(embassy, near) det(embassy, the) amod(embassy, Peruvian)")
        .actor("Chilean police", "CHLCOP").actor("Chilean protesters", "CHLOPP").actor("Peruvian embassy", "PERDIP")
        .events();
    assertDyad(only(events, "173"), "CHLCOP", "CHLOPP");
  }

  @Test
  void anEthnicGroupsPlaceMayBeThatOfTheEventsSetting() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Slovak/JJ police/NN killed/VBD/kill two/CD ethnic/JJ Hungarians/NNPS/Hungarian in/IN a/DT clash/NN"
            + " in/IN Slovakia/NNP ./.")
        .deps("nsubj(killed, police) amod(police, Slovak) obj(killed, Hungarians) nummod(Hungarians, two)"
            + " amod(Hungarians, ethnic) obl:in(killed, clash) case(clash, in-6) det(clash, a) nmod:in(clash, Slovakia)"
            + " case(Slovakia, in-9)")
        .actor("Slovak police", "SVKCOP").actor("Hungarians", "HUNCVL").actor("Slovakia", "SVK")
        .events();
    assertEquals("SVKCVL", events.get(0).target().code(), Events.describe(events));
  }

  @Test
  void leadersOfABodyActForIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Leaders/NNS/leader of/IN the/DT opposition/NN coalition/NN resigned/VBD/resign ./.")
        .deps("nsubj(resigned, Leaders) nmod:of(Leaders, coalition) case(coalition, of) det(coalition, the)"
            + " compound(coalition, opposition)")
        .actor("Leaders", "GOV").actor("opposition coalition", "OPP")
        .events();
    assertEquals("OPP", only(events, "0831").source().code(), "the opposition's leaders are no government");
  }

  @Test
  void anAttackActsOnWhomItsVerbHit() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("A/DT Chilean/JJ airstrike/NN killed/VBD/kill ten/CD Peruvian/JJ soldiers/NNS/soldier ./.")
        .deps("nsubj(killed, airstrike) det(airstrike, A) amod(airstrike, Chilean) obj(killed, soldiers)"
            + " nummod(soldiers, ten) amod(soldiers, Peruvian)")
        .actor("Chilean", "CHL").actor("Peruvian soldiers", "PERMIL")
        .events();
    Event strike = events.stream().filter(e -> e.trigger().equals("airstrike")).findFirst().orElseThrow();
    assertDyad(strike, "CHL", "PERMIL");
  }

  @Test
  void aNominalEventHappensWhereItsClauseDoes() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("A/DT Chilean/JJ airstrike/NN hit/VBD/hit a/DT bridge/NN in/IN Bolivia/NNP ./.")
        .deps("nsubj(hit, airstrike) det(airstrike, A) amod(airstrike, Chilean) obj(hit, bridge)"
            + " det(bridge, a) obl:in(hit, Bolivia) case(Bolivia, in)")
        .actor("Chilean", "CHL").actor("Bolivia", "BOL")
        .events();
    Event strike = events.stream().filter(e -> e.trigger().equals("airstrike")).findFirst().orElseThrow();
    assertDyad(strike, "CHL", "BOL");
  }
}
