package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Targets named by where an act happens, by whom an appeal is addressed to when the parser misreads "on", and by an
 * object pronoun that refers back to a passive subject.
 */
class PlaceAndAddresseeTargetTest {

  @Test
  void anAppealOnWhomTheParserHungOnTheParticleIsAddressedToThem() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Amnesty/NNP issued/VBD/issue a/DT statement/NN calling/VBG/call on/IN Peru/NNP 's/POS government/NN"
            + " to/TO act/VB ./.")
        .deps("nsubj(issued, Amnesty) obj(issued, statement) det(statement, a) acl(statement, calling)"
            + " advmod(calling, on) dep(on, government) nmod:poss(government, Peru) case(Peru, 's)"
            + " nmod:to(government, act)"
            + " case(act, to)")
        .actor("Amnesty", "NGOAMN").actor("Peru 's government", "PERGOV")
        .events();
    assertEquals("PERGOV", only(events, "020").target().code(), Events.describe(events));
  }

  @Test
  void aBlockadeAroundTownsOfANamedTerritoryIsAimedAtIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ troops/NNS/troop imposed/VBD/impose blockades/NNS/blockade around/IN Bolivian/JJ"
            + " villages/NNS/village in/IN the/DT Altiplano/NNP ./.")
        .deps("nsubj(imposed, troops) amod(troops, Chilean) obj(imposed, blockades) obl:around(imposed, villages)"
            + " case(villages, around) amod(villages, Bolivian) nmod:in(villages, Altiplano) case(Altiplano, in)"
            + " det(Altiplano, the)")
        .actor("Chilean troops", "CHLMIL").actor("Bolivian villages", "BOLCVL").actor("the Altiplano", "BOL")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("19")).findFirst().orElseThrow();
    assertEquals("BOL", e.target().code(), Events.describe(events));
  }

  @Test
  void anAlertInANamedPlaceIsAimedAtThatPlace() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ troops/NNS/troop remained/VBD/remain on/IN alert/NN in/IN Northern/NNP Sector/NNP ./.")
        .deps("nsubj(remained, troops) amod(troops, Chilean) obl:on(remained, alert) case(alert, on)"
            + " obl:in(remained, Sector) case(Sector, in) compound(Sector, Northern)")
        .actor("Chilean troops", "CHLMIL")
        .events();
    Event e = only(events, "152");
    assertEquals("Northern Sector", e.target().name(), Events.describe(events));
  }

  @Test
  void anAlertNamingNoPlaceKeepsNoTarget() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ troops/NNS/troop remained/VBD/remain on/IN alert/NN ./.")
        .deps("nsubj(remained, troops) amod(troops, Chilean) obl:on(remained, alert) case(alert, on)")
        .actor("Chilean troops", "CHLMIL")
        .events();
    assertEquals(null, only(events, "152").target(), Events.describe(events));
  }

  @Test
  void aStateOfSiegeIsNoTargetButTheTownItIsDeclaredIn() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Mayor/NNP Quispe/NNP declared/VBD/declare the/DT state/NN of/IN siege/NN in/IN San/NNP"
            + " Jorge/NNP ./.")
        .deps("nsubj(declared, Quispe) compound(Quispe, Mayor) obj(declared, state) det(state, the)"
            + " nmod:of(state, siege) case(siege, of) obl:in(declared, Jorge) case(Jorge, in) compound(Jorge, San)")
        .ner("Quispe", "PERSON")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("17")).findFirst().orElseThrow();
    assertEquals("San Jorge", e.target().name(), Events.describe(events));
  }

  @Test
  void aPartOfAStrongholdStillNamesItsHolders() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ troops/NNS/troop captured/VBD/capture part/NN of/IN a/DT rebel/NN stronghold/NN ./.")
        .deps("nsubj(captured, troops) amod(troops, Chilean) obj(captured, part) nmod:of(part, stronghold)"
            + " case(stronghold, of) det(stronghold, a) compound(stronghold, rebel)")
        .actor("Chilean troops", "CHLMIL").actor("rebel", "CHLREB")
        .events();
    assertEquals("CHLREB", events.get(0).target().code(), Events.describe(events));
  }

  @Test
  void anObjectPronounRefersBackToAPassiveSubject() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Juan/NNP Mamani/NNP was/VBD/be freed/VBN/free after/IN President/NNP Arce/NNP pardoned/VBD/pardon"
            + " him/PRP/he ./.")
        .deps("compound(Mamani, Juan) nsubj:pass(freed, Mamani) aux:pass(freed, was) advcl:after(freed, pardoned)"
            + " mark(pardoned, after) nsubj(pardoned, Arce) compound(Arce, President) obj(pardoned, him)")
        .ner("Juan", "PERSON").ner("Mamani", "PERSON").person("President Arce", "BOLGOV")
        .events();
    Event e = events.stream().filter(x -> x.source() != null && "BOLGOV".equals(x.source().code()))
        .findFirst().orElseThrow();
    assertNotEquals("BOL", e.target() == null ? null : e.target().code(), Events.describe(events));
    assertEquals("Juan Mamani", e.target().name(), Events.describe(events));
  }

  @Test
  void talksForWhichAnEnvoyWasReceivedAreHeldWithTheEnvoy() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP received/VBD/receive the/DT Peruvian/JJ envoy/NN to/TO discuss/VB trade/NN ties/NNS/tie"
            + " with/IN Bolivia/NNP ./.")
        .deps("nsubj(received, Chile) obj(received, envoy) det(envoy, the) amod(envoy, Peruvian)"
            + " advcl:to(received, discuss) mark(discuss, to) obj(discuss, ties) compound(ties, trade)"
            + " nmod:with(ties, Bolivia) case(Bolivia, with)")
        .actor("Chile", "CHL").actor("Peruvian envoy", "PERDIP").actor("Bolivia", "BOL")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("04")).findFirst().orElseThrow();
    assertEquals("PERDIP", e.target().code(), Events.describe(events));
  }

  @Test
  void helpForWhichArmsWereGivenGoesToTheirRecipient() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP gave/VBD/give rifles/NNS/rifle to/TO the/DT Peruvian/JJ navy/NN to/TO help/VB in/IN"
            + " operations/NNS/operation against/IN smugglers/NNS/smuggler in/IN Arica/NNP ./.")
        .deps("nsubj(gave, Chile) obj(gave, rifles) obl:to(gave, navy) case(navy, to) det(navy, the)"
            + " amod(navy, Peruvian) advcl:to(gave, help) mark(help, to-7) obl:in(help, operations)"
            + " case(operations, in)"
            + " nmod:against(operations, smugglers) case(smugglers, against) nmod:in(smugglers, Arica)"
            + " case(Arica, in-13)")
        .actor("Chile", "CHL").actor("Peruvian navy", "PERMIL").place("Arica", "CHLCVL")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("07")).findFirst().orElseThrow();
    assertEquals("PERMIL", e.target().code(), Events.describe(events));
  }

  @Test
  void concernOverACompanysFutureIsAboutTheCompany() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT Chilean/JJ minister/NN expressed/VBD/express concern/NN over/IN Codelco/NNP 's/POS"
            + " future/NN ./.")
        .deps("nsubj(expressed, minister) det(minister, The) amod(minister, Chilean) obj(expressed, concern)"
            + " obl:over(expressed, future) case(future, over) nmod:poss(future, Codelco) case(Codelco, 's)")
        .actor("Chilean minister", "CHLGOV").actor("Codelco", "CHLBUS").timex("future", "FUTURE_REF")
        .events();
    assertEquals("CHLBUS", only(events, "012").target().code(), Events.describe(events));
  }

  @Test
  void peopleHeldAsHumanShieldsAreTheTargetNotThePlaceOfTheShields() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Rebels/NNS/rebel held/VBD/hold dozens/NNS/dozen of/IN families/NNS/family as/IN human/JJ"
            + " shields/NNS/shield in/IN the/DT Peruvian/JJ town/NN ./.")
        .deps("nsubj(held, Rebels) obj(held, dozens) nmod:of(dozens, families) case(families, of)"
            + " obl:as(held, shields) case(shields, as) amod(shields, human) nmod:in(shields, town) case(town, in)"
            + " det(town, the) amod(town, Peruvian)")
        .actor("Rebels", "REB").actor("Peruvian", "PER")
        .events();
    Event e = only(events, "184");
    assertEquals(null, e.target().code(), Events.describe(events));
    assertEquals("families", e.target().name(), Events.describe(events));
  }

  @Test
  void aCeasefireEffectiveInACountryIsDeclaredThere() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peruvian/JJ rebels/NNS/rebel declared/VBD/declare a/DT ceasefire/NN effective/JJ from/IN"
            + " Monday/NNP in/IN Bolivia/NNP ./.")
        .deps("nsubj(declared, rebels) amod(rebels, Peruvian) obj(declared, ceasefire) det(ceasefire, a)"
            + " amod(ceasefire, effective) obl:from(effective, Monday) case(Monday, from) nmod:in(Monday, Bolivia)"
            + " case(Bolivia, in)")
        .actor("Peruvian rebels", "PERREB").actor("Bolivia", "BOL").timex("Monday", "2021-05-31")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("08")).findFirst().orElseThrow();
    assertEquals("BOL", e.target().code(), Events.describe(events));
  }

  @Test
  void peopleKilledInACountryNamedAsSuchAreItsPeople() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Gunmen/NNS/gunman killed/VBD/kill ten/CD civilians/NNS/civilian in/IN northern/JJ Bolivia/NNP ./.")
        .deps("nsubj(killed, Gunmen) obj(killed, civilians) nummod(civilians, ten) obl:in(killed, Bolivia)"
            + " case(Bolivia, in) amod(Bolivia, northern)")
        .actor("Gunmen", "REB").actor("civilians", "CVL").actor("Bolivia", "BOL")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("19")).findFirst().orElseThrow();
    assertEquals("BOLCVL", e.target().code(), Events.describe(events));
    assertEquals("BOL", e.location().country(), Events.describe(events));
  }

  @Test
  void fightersAttackedAcrossTheBorderInACountryAreThatCountrys() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP threatened/VBD/threaten to/TO attack/VB fighters/NNS/fighter across/IN the/DT border/NN"
            + " in/IN Bolivia/NNP ./.")
        .deps("nsubj(threatened, Chile) xcomp(threatened, attack) mark(attack, to) obj(attack, fighters)"
            + " obl:across(attack, border) case(border, across) det(border, the) nmod:in(border, Bolivia)"
            + " case(Bolivia, in)")
        .actor("Chile", "CHL").actor("fighters", "REB").actor("Bolivia", "BOL")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("13")).findFirst().orElseThrow();
    assertEquals("BOLREB", e.target().code(), Events.describe(events));
  }

  @Test
  void anObjectPronounOfACoordinatedClauseIsThePersonTheFirstClauseAddressed() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("President/NNP Lindqvist/NNP phoned/VBD/phone Premier/NNP Moreau/NNP and/CC urged/VBD/urge"
            + " him/PRP/he to/TO act/VB ./.")
        .deps("nsubj(phoned, Lindqvist) compound(Lindqvist, President) obj(phoned, Moreau) compound(Moreau, Premier)"
            + " cc(urged, and) conj:and(phoned, urged) nsubj(urged, Lindqvist) obj(urged, him) xcomp(urged, act)"
            + " mark(act, to)")
        .person("President Lindqvist", "SWEGOV").person("Premier Moreau", "FRAGOV")
        .events();
    assertEquals("FRAGOV", only(events, "020").target().code(), Events.describe(events));
  }
}
