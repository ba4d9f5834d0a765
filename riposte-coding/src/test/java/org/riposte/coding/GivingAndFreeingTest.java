package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** Giving, freeing and leaving told in ways the parser reads loosely: the acts are coded with their recipients. */
class GivingAndFreeingTest {

  @Test
  void lettingFreeWithTheAdjectiveReadAsTheObjectsModifierIsARelease() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Cuba/NNP let/VBD free/JJ the/DT Spanish/JJ reporter/NN ./.")
        .deps("nsubj(let, Cuba) obj(let, reporter) amod(reporter, free) det(reporter, the) amod(reporter, Spanish)")
        .actor("Cuba", "CUB").actor("Spanish reporter", "ESPMED")
        .events();
    assertDyad(only(events, "0841"), "CUB", "ESPMED");
  }

  @Test
  void settingHostagesFreeIsARelease() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT militia/NN set/VBD the/DT Nepali/JJ hostages/NNS/hostage free/JJ ./.")
        .deps("det(militia, The) nsubj(set, militia) obj(set, hostages) det(hostages, the) amod(hostages, Nepali)"
            + " xcomp(set, free)")
        .actor("militia", "REB").actor("Nepali hostages", "NPLCVL")
        .events();
    assertEquals("NPLCVL", only(events, "0841").target().code());
  }

  @Test
  void anObjectNamedAgainInAppositionPassesTheClass() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Spain/NNP returned/VBD/return an/DT old/JJ copy/NN ,/, a/DT manuscript/NN ,/, to/IN Peru/NNP ./.")
        .deps("nsubj(returned, Spain) obj(returned, copy) det(copy, an) amod(copy, old) appos(copy, manuscript)"
            + " det(manuscript, a) obl:to(returned, Peru) case(Peru, to)")
        .actor("Spain", "ESP").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "0842"), "ESP", "PER");
  }

  @Test
  void aStateThatRemainsTheLargestDonorOfAidGivesAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Norway/NNP remains/VBZ/remain the/DT largest/JJS/large donor/NN of/IN aid/NN to/IN Malawi/NNP ./.")
        .deps("nsubj(remains, Norway) xcomp(remains, donor) det(donor, the) amod(donor, largest)"
            + " nmod:of(donor, aid) case(aid, of) nmod:to(donor, Malawi) case(Malawi, to)")
        .actor("Norway", "NOR").actor("Malawi", "MWI")
        .events();
    assertDyad(only(events, "070"), "NOR", "MWI");
  }

  @Test
  void aStateThatIsTheMainDonorOfAidGivesAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Japan/NNP is/VBZ/be the/DT main/JJ donor/NN of/IN aid/NN to/IN Laos/NNP ./.")
        .deps("nsubj(donor, Japan) cop(donor, is) det(donor, the) amod(donor, main)"
            + " nmod:of(donor, aid) case(aid, of) nmod:to(donor, Laos) case(Laos, to)")
        .actor("Japan", "JPN").actor("Laos", "LAO")
        .events();
    assertDyad(only(events, "070"), "JPN", "LAO");
  }

  @Test
  void troopsLeavingACountryWithdraw() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Ethiopian/JJ troops/NNS/troops have/VBP begun/VBN/begin leaving/VBG/leave Somalia/NNP ./.")
        .deps("amod(troops, Ethiopian) nsubj(begun, troops) aux(begun, have) xcomp(begun, leaving)"
            + " obj(leaving, Somalia)")
        .actor("Ethiopian troops", "ETHMIL").actor("Somalia", "SOM")
        .events();
    assertDyad(only(events, "087"), "ETHMIL", "SOM");
  }

  @Test
  void troopsLeavingForACountryAreNoWithdrawal() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Kenyan/JJ soldiers/NNS/soldier left/VBD/leave for/IN Somalia/NNP ./.")
        .deps("amod(soldiers, Kenyan) nsubj(left, soldiers) obl:for(left, Somalia) case(Somalia, for)")
        .actor("Kenyan soldiers", "KENMIL").actor("Somalia", "SOM")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("087")), Events.describe(events));
  }

  @Test
  void shelterMaterialsAreHumanitarianAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Japan/NNP provided/VBD/provide shelter/NN materials/NNS/material to/IN Laos/NNP ./.")
        .deps("nsubj(provided, Japan) obj(provided, materials) compound(materials, shelter)"
            + " obl:to(provided, Laos) case(Laos, to)")
        .actor("Japan", "JPN").actor("Laos", "LAO")
        .events();
    assertDyad(only(events, "073"), "JPN", "LAO");
  }

  @Test
  void riflesGivenAreMilitaryAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Peru/NNP gave/VBD/give rifles/NNS/rifle to/IN the/DT Bolivian/JJ army/NN ./.")
        .deps("nsubj(gave, Peru) obj(gave, rifles) obl:to(gave, army) case(army, to) det(army, the)"
            + " amod(army, Bolivian)")
        .actor("Peru", "PER").actor("Bolivian army", "BOLMIL")
        .events();
    assertDyad(only(events, "072"), "PER", "BOLMIL");
  }

  @Test
  void extendingAPeacekeepingMissionProvidesPeacekeeping() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Ghana/NNP extended/VBD/extend its/PRP$ peacekeeping/NN mission/NN in/IN Liberia/NNP ./.")
        .deps("nsubj(extended, Ghana) obj(extended, mission) nmod:poss(mission, its) compound(mission, peacekeeping)"
            + " obl:in(extended, Liberia) case(Liberia, in)")
        .actor("Ghana", "GHA").actor("Liberia", "LBR")
        .events();
    assertEquals("GHA", only(events, "074").source().code());
  }

  @Test
  void providingAStateWithWhatTheParserReadAsAClauseIsAidToIt() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Japan/NNP has/VBZ/have provided/VBN/provide Laos/NNP with/IN what/WP amounts/VBZ/amount to/IN"
            + " $/$ 3/CD billion/CD ./.")
        .deps("nsubj(provided, Japan) aux(provided, has) obj(provided, Laos) mark(amounts, with)"
            + " nsubj(amounts, what) advcl:with(provided, amounts) obl:to(amounts, $) case($, to)"
            + " nummod($, billion) compound(billion, 3)")
        .actor("Japan", "JPN").actor("Laos", "LAO")
        .events();
    assertDyad(only(events, "070"), "JPN", "LAO");
  }

  @Test
  void aLoanExtendedIsEconomicAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("China/NNP extended/VBD/extend a/DT loan/NN to/IN Laos/NNP ./.")
        .deps("nsubj(extended, China) obj(extended, loan) det(loan, a) obl:to(extended, Laos) case(Laos, to)")
        .actor("China", "CHN").actor("Laos", "LAO")
        .events();
    assertDyad(only(events, "071"), "CHN", "LAO");
  }

  @Test
  void takingInRefugeesIsHumanitarianAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Poland/NNP took/VBD/take in/RP Ukrainian/JJ refugees/NNS/refugee ./.")
        .deps("nsubj(took, Poland) compound:prt(took, in) obj(took, refugees) amod(refugees, Ukrainian)")
        .actor("Poland", "POL").actor("Ukrainian refugees", "UKRREF")
        .events();
    assertDyad(only(events, "073"), "POL", "UKRREF");
  }

  @Test
  void shippingRocketsIsMilitaryAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Iran/NNP shipped/VBD/ship rockets/NNS/rocket to/IN the/DT Houthis/NNPS ./.")
        .deps("nsubj(shipped, Iran) obj(shipped, rockets) obl:to(shipped, Houthis) case(Houthis, to) det(Houthis, the)")
        .actor("Iran", "IRN").actor("Houthis", "YEMREB")
        .events();
    assertDyad(only(events, "072"), "IRN", "YEMREB");
  }

  @Test
  void unfreezingAssetsEasesSanctions() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Washington/NNP unfroze/VBD/unfreeze Afghan/JJ assets/NNS/asset ./.")
        .deps("nsubj(unfroze, Washington) obj(unfroze, assets) amod(assets, Afghan)")
        .actor("Washington", "USA").actor("Afghan", "AFG")
        .events();
    assertEquals("USA", only(events, "085").source().code());
  }

  @Test
  void relinquishingPowerAccedesToALeadershipChange() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT Malian/JJ junta/NN relinquished/VBD/relinquish power/NN ./.")
        .deps("det(junta, The) amod(junta, Malian) nsubj(relinquished, junta) obj(relinquished, power)")
        .actor("Malian junta", "MLIMIL")
        .events();
    assertEquals("MLIMIL", only(events, "0831").source().code());
  }

  @Test
  void abandoningAStrongholdIsARetreat() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT rebels/NNS/rebel abandoned/VBD/abandon their/PRP$ stronghold/NN ./.")
        .deps("det(rebels, The) nsubj(abandoned, rebels) obj(abandoned, stronghold) nmod:poss(stronghold, their)")
        .actor("rebels", "REB")
        .events();
    assertEquals("REB", only(events, "0874").source().code());
  }

  @Test
  void grantingAnAmnestyToPrisonersReleasesThem() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Laos/NNP granted/VBD/grant an/DT amnesty/NN to/IN Thai/JJ prisoners/NNS/prisoner ./.")
        .deps("nsubj(granted, Laos) obj(granted, amnesty) det(amnesty, an) obl:to(granted, prisoners)"
            + " case(prisoners, to) amod(prisoners, Thai)")
        .actor("Laos", "LAO").actor("Thai prisoners", "THACVL")
        .events();
    assertDyad(only(events, "0841"), "LAO", "THACVL");
  }
}
