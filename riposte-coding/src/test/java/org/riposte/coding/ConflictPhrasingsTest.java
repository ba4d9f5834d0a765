package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.describe;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Phrasings of conflictual acts in patterns.txt sections 10–20 that name the act through a word other than its verb:
 * a call to rise against a party (113), signatures collected (140), control seized (171), an arrest for spying
 * (1125), forces bolstered (154), an aid agency forced out (1663); rescue teams deployed (073), fire across a line (190/196).
 */
class ConflictPhrasingsTest {

  @Test
  void aCallToMobilizeAgainstAPartyRalliesOppositionToIt() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("A/DT Syrian/JJ daily/NN called/VBD/call Monday/NNP on/IN Arabs/NNPS/Arab to/TO mobilize/VB"
            + " against/IN Israel/NNP ./.")
        .deps("det(daily, A) amod(daily, Syrian) nsubj(called, daily) obl:tmod(called, Monday)"
            + " advcl:to(called, mobilize) mark(mobilize, on)"
            + " nsubj(mobilize, Arabs) mark(mobilize, to) obl:against(mobilize, Israel) case(Israel, against)")
        .actor("Syrian daily", "SYRMED").actor("Arabs", "ARB").actor("Israel", "ISR")
        .events();
    // the party to rise against is a target (the frame also pairs the addressees, the complement's subject)
    assertTrue(events.stream().anyMatch(x -> x.cameo().equals("113") && x.source().code().equals("SYRMED")
        && x.target() != null && x.target().code().equals("ISR")), describe(events));
    assertTrue(events.stream().noneMatch(x -> x.cameo().equals("154")), describe(events));
  }

  @Test
  void signaturesBeingCollectedAreDissent() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT Latvian/JJ opposition/NN began/VBD/begin collecting/VBG/collect signatures/NNS/signature"
            + " for/IN a/DT referendum/NN ./.")
        .deps("det(opposition, The) amod(opposition, Latvian) nsubj(began, opposition) obj(began, signatures)"
            + " amod(signatures, collecting) nmod:for(signatures, referendum) case(referendum, for) det(referendum, a)")
        .actor("Latvian opposition", "LVAOPP")
        .events();
    assertEquals("LVAOPP", only(events, "140").source().code());
  }

  @Test
  void seizingControlOfAnOrganisationSeizesProperty() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT junta/NN seized/VBD/seize control/NN of/IN the/DT Malian/JJ charities/NNS/charity ./.")
        .deps("det(junta, The) nsubj(seized, junta) obj(seized, control) nmod:of(control, charities)"
            + " case(charities, of) det(charities, the) amod(charities, Malian)")
        .actor("junta", "MLIMIL").actor("Malian charities", "MLINGO")
        .events();
    assertDyad(only(events, "171"), "MLIMIL", "MLINGO");
  }

  @Test
  void seizingControlOfATownStillOccupiesIt() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Rebels/NNS/rebel seized/VBD/seize control/NN of/IN the/DT Malian/JJ town/NN ./.")
        .deps("nsubj(seized, Rebels) obj(seized, control) nmod:of(control, town) case(town, of) det(town, the)"
            + " amod(town, Malian)")
        .actor("Rebels", "MLIREB").actor("Malian", "MLI")
        .events();
    assertEquals("MLIREB", only(events, "192").source().code());
  }

  @Test
  void anArrestForSpyingAccusesOfEspionage() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Minsk/NNP arrested/VBD/arrest the/DT Polish/JJ teacher/NN for/IN spying/VBG/spy ./.")
        .deps("nsubj(arrested, Minsk) obj(arrested, teacher) det(teacher, the) amod(teacher, Polish)"
            + " obl:for(arrested, spying) case(spying, for)")
        .actor("Minsk", "BLR").actor("Polish teacher", "POLEDU")
        .events();
    assertDyad(only(events, "1125"), "BLR", "POLEDU");
  }

  @Test
  void anArrestForTheftStaysAnArrest() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Minsk/NNP arrested/VBD/arrest the/DT Polish/JJ teacher/NN for/IN theft/NN ./.")
        .deps("nsubj(arrested, Minsk) obj(arrested, teacher) det(teacher, the) amod(teacher, Polish)"
            + " obl:for(arrested, theft) case(theft, for)")
        .actor("Minsk", "BLR").actor("Polish teacher", "POLEDU")
        .events();
    assertDyad(only(events, "173"), "BLR", "POLEDU");
  }

  @Test
  void bolsteringTroopsMobilizesForces() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Lithuania/NNP bolstered/VBD/bolster its/PRP$ troops/NNS near/IN Belarus/NNP ./.")
        .deps("nsubj(bolstered, Lithuania) obj(bolstered, troops) nmod:poss(troops, its) obl:near(bolstered, Belarus)"
            + " case(Belarus, near)")
        .actor("Lithuania", "LTU").actor("Belarus", "BLR")
        .events();
    assertEquals("LTU", only(events, "154").source().code());
  }

  @Test
  void forcingAnAidAgencyOutExpelsIt() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Khartoum/NNP forced/VBD/force the/DT Norwegian/JJ aid/NN agency/NN out/IN of/IN Darfur/NNP ./.")
        .deps("nsubj(forced, Khartoum) obj(forced, agency) det(agency, the) amod(agency, Norwegian)"
            + " compound(agency, aid) obl:out_of(forced, Darfur) case(Darfur, out) fixed(out, of)")
        .actor("Khartoum", "SDN").actor("Norwegian aid agency", "NORNGO")
        .events();
    assertDyad(only(events, "1663"), "SDN", "NORNGO");
  }

  @Test
  void aCallOnAPartyToRiseIsNoMereAppeal() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Exiled/JJ leaders/NNS/leader called/VBD/call on/IN Iranians/NNPS/Iranian to/TO rise/VB ./.")
        .deps("amod(leaders, Exiled) nsubj(called, leaders) advcl:to(called, rise) mark(rise, on)"
            + " nsubj(rise, Iranians) mark(rise, to)")
        .actor("Exiled leaders", "IRNOPP").actor("Iranians", "IRNCVL")
        .events();
    assertEquals("IRNOPP", only(events, "113").source().code());
    assertTrue(events.stream().noneMatch(x -> x.cameo().startsWith("02")), describe(events));
  }

  @Test
  void rescueTeamsDeployedAreAidNotForce() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Spain/NNP deployed/VBD/deploy rescue/NN teams/NNS/team to/IN Morocco/NNP ./.")
        .deps("nsubj(deployed, Spain) obj(deployed, teams) compound(teams, rescue) obl:to(deployed, Morocco)"
            + " case(Morocco, to)")
        .actor("Spain", "ESP").actor("Morocco", "MAR")
        .events();
    assertDyad(only(events, "073"), "ESP", "MAR");
    assertTrue(events.stream().noneMatch(x -> x.cameo().equals("150")), describe(events));
  }

  @Test
  void anAdvanceTeamDeployedShowsNoForceButATeamOfCommandosDoes() throws Exception {
    List<Event> team = Fixture.published("2022-03-01")
        .sentence("The/DT UN/NNP deployed/VBD/deploy an/DT advance/NN team/NN to/IN Hodeidah/NNP ./.")
        .deps("det(UN, The) nsubj(deployed, UN) obj(deployed, team) det(team, an) compound(team, advance)"
            + " obl:to(deployed, Hodeidah) case(Hodeidah, to)")
        .actor("UN", "IGOUNO").actor("Hodeidah", "YEM")
        .events();
    assertTrue(team.isEmpty(), describe(team));
    List<Event> commandos = Fixture.published("2022-03-01")
        .sentence("Turkey/NNP deployed/VBD/deploy a/DT team/NN of/IN commandos/NNS/commando to/IN Idlib/NNP ./.")
        .deps("nsubj(deployed, Turkey) obj(deployed, team) det(team, a) nmod:of(team, commandos)"
            + " case(commandos, of) obl:to(deployed, Idlib) case(Idlib, to)")
        .actor("Turkey", "TUR").actor("Idlib", "SYR")
        .events();
    assertEquals("TUR", only(commandos, "150").source().code());
  }

  @Test
  void firingAcrossTheCeasefireLineViolatesTheCeasefire() throws Exception {
    List<Event> line = Fixture.published("2022-03-01")
        .sentence("Armenian/JJ troops/NNS fired/VBD/fire across/IN the/DT ceasefire/NN line/NN ./.")
        .deps("amod(troops, Armenian) nsubj(fired, troops) obl:across(fired, line) case(line, across)"
            + " det(line, the) compound(line, ceasefire)")
        .actor("Armenian troops", "ARMMIL")
        .events();
    assertEquals("ARMMIL", only(line, "196").source().code());
    List<Event> border = Fixture.published("2022-03-01")
        .sentence("Indian/JJ troops/NNS fired/VBD/fire across/IN the/DT border/NN into/IN Pakistan/NNP ./.")
        .deps("amod(troops, Indian) nsubj(fired, troops) obl:across(fired, border) case(border, across)"
            + " det(border, the) obl:into(fired, Pakistan) case(Pakistan, into)")
        .actor("Indian troops", "INDMIL").actor("Pakistan", "PAK")
        .events();
    assertDyad(only(border, "190"), "INDMIL", "PAK");
  }

  @Test
  void fightingAnEpidemicIsNoFight() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("China/NNP sent/VBD/send doctors/NNS/doctor to/TO fight/VB COVID/NNP -/HYPH 19/NNP ./.")
        .deps("nsubj(sent, China) obj(sent, doctors) advcl:to(sent, fight) mark(fight, to) obj(fight, 19)"
            + " compound(19, COVID)")
        .actor("China", "CHN")
        .events();
    assertTrue(events.stream().noneMatch(x -> x.root().equals("19")), describe(events));
  }

  @Test
  void destroyingPropertyIsCoercionInPloverLikeSeizingIt() throws Exception {
    CameoOntology o = CameoOntology.builtIn();
    assertEquals("COERCE", o.get("1712").plover());
    assertEquals(o.get("171").ploverMode(), o.get("1712").ploverMode());
  }

  @Test
  void torchingHomesDestroysPropertyAndLootingShopsConfiscatesIt() throws Exception {
    List<Event> torched = Fixture.published("2022-03-01")
        .sentence("Militiamen/NNS/militiaman torched/VBD/torch Tutsi/NNP homes/NNS/home ./.")
        .deps("nsubj(torched, Militiamen) obj(torched, homes) compound(homes, Tutsi)")
        .actor("Militiamen", "RWAREB").actor("Tutsi", "RWAETH")
        .events();
    assertEquals("RWAREB", only(torched, "1712").source().code());
    List<Event> looted = Fixture.published("2022-03-01")
        .sentence("Rebels/NNS/rebel looted/VBD/loot Congolese/JJ shops/NNS/shop ./.")
        .deps("nsubj(looted, Rebels) obj(looted, shops) amod(shops, Congolese)")
        .actor("Rebels", "CODREB").actor("Congolese", "COD")
        .events();
    assertEquals("CODREB", only(looted, "1711").source().code());
  }

  @Test
  void burningAFlagIsProtestButBurningHomesDestroysThem() throws Exception {
    List<Event> homes = Fixture.published("2022-03-01")
        .sentence("Soldiers/NNS/soldier burned/VBD/burn Rohingya/NNP villages/NNS/village ./.")
        .deps("nsubj(burned, Soldiers) obj(burned, villages) compound(villages, Rohingya)")
        .actor("Soldiers", "MMRMIL").actor("Rohingya", "MMRETH")
        .events();
    assertEquals("MMRMIL", only(homes, "1712").source().code());
    List<Event> flag = Fixture.published("2022-03-01")
        .sentence("Protesters/NNS/protester burned/VBD/burn the/DT Serbian/JJ flag/NN ./.")
        .deps("nsubj(burned, Protesters) obj(burned, flag) det(flag, the) amod(flag, Serbian)")
        .actor("Protesters", "KOSOPP").actor("Serbian", "SRB")
        .events();
    assertEquals("KOSOPP", only(flag, "145").source().code());
  }

  @Test
  void missilesFiredIntoTheSeaShowForceButFiredAtACityAttackIt() throws Exception {
    List<Event> sea = Fixture.published("2022-03-01")
        .sentence("North/NNP Korea/NNP fired/VBD/fire two/CD missiles/NNS/missile into/IN the/DT sea/NN ./.")
        .deps("compound(Korea, North) nsubj(fired, Korea) obj(fired, missiles) nummod(missiles, two)"
            + " obl:into(fired, sea) case(sea, into) det(sea, the)")
        .actor("North Korea", "PRK")
        .events();
    assertEquals("PRK", only(sea, "150").source().code());
    List<Event> city = Fixture.published("2022-03-01")
        .sentence("Russia/NNP fired/VBD/fire missiles/NNS/missile at/IN Kyiv/NNP ./.")
        .deps("nsubj(fired, Russia) obj(fired, missiles) obl:at(fired, Kyiv) case(Kyiv, at)")
        .actor("Russia", "RUS").actor("Kyiv", "UKR")
        .events();
    assertDyad(only(city, "190"), "RUS", "UKR");
  }

  @Test
  void aChemicalAttackUsesChemicalWeapons() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT regime/NN 's/POS chemical/JJ attack/NN on/IN Douma/NNP ./.")
        .deps("det(regime, The) nmod:poss(attack, regime) case(regime, 's) amod(attack, chemical)"
            + " nmod:on(attack, Douma) case(Douma, on)")
        .actor("regime", "SYRGOV").actor("Douma", "SYR")
        .events();
    assertEquals("2041", events.isEmpty() ? describe(events) : events.get(0).cameo(), describe(events));
  }

  @Test
  void snubbingAnEnvoyRejectsHimAndChidingAStateCriticizesIt() throws Exception {
    List<Event> snub = Fixture.published("2022-03-01")
        .sentence("The/DT Indian/JJ premier/NN snubbed/VBD/snub the/DT Chinese/JJ envoy/NN ./.")
        .deps("det(premier, The) amod(premier, Indian) nsubj(snubbed, premier) obj(snubbed, envoy) det(envoy, the)"
            + " amod(envoy, Chinese)")
        .actor("Indian premier", "INDGOV").actor("Chinese envoy", "CHNDIP")
        .events();
    assertDyad(only(snub, "120"), "INDGOV", "CHNDIP");
    List<Event> chide = Fixture.published("2022-03-01")
        .sentence("Paris/NNP chided/VBD/chide Rome/NNP ./.")
        .deps("nsubj(chided, Paris) obj(chided, Rome)")
        .actor("Paris", "FRA").actor("Rome", "ITA")
        .events();
    assertDyad(only(chide, "111"), "FRA", "ITA");
  }

  @Test
  void aDroneAttackOnACityIsAnAerialAttack() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Russia/NNP 's/POS drone/NN attack/NN on/IN Odesa/NNP ./.")
        .deps("nmod:poss(attack, Russia) case(Russia, 's) compound(attack, drone) nmod:on(attack, Odesa)"
            + " case(Odesa, on)")
        .actor("Russia", "RUS").actor("Odesa", "UKR")
        .events();
    assertDyad(only(events, "195"), "RUS", "UKR");
  }

  @Test
  void airStrikesOnAPlaceAreAerialStrikes() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Israeli/JJ air/NN strikes/NNS/strike on/IN Gaza/NNP killed/VBD/kill ten/CD fighters/NNS/fighter ./.")
        .deps("amod(strikes, Israeli) compound(strikes, air) nmod:on(strikes, Gaza) case(Gaza, on)"
            + " nsubj(killed, strikes) obj(killed, fighters) nummod(fighters, ten)")
        .actor("Israeli", "ISR").actor("Gaza", "PSE")
        .events();
    assertDyad(only(events, "195"), "ISR", "PSE");
  }

  @Test
  void anEnvoyWithdrawnFromACountryIsADiplomaticActNoRetreat() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Bahrain/NNP withdrew/VBD/withdraw its/PRP$ ambassador/NN from/IN Lebanon/NNP ./.")
        .deps("nsubj(withdrew, Bahrain) obj(withdrew, ambassador) nmod:poss(ambassador, its)"
            + " obl:from(withdrew, Lebanon) case(Lebanon, from)")
        .actor("Bahrain", "BHR").actor("Lebanon", "LBN")
        .events();
    assertDyad(only(events, "161"), "BHR", "LBN");
  }

  @Test
  void fireTradedWithTroopsIsFightingNoTrade() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Indian/JJ troops/NNS traded/VBD/trade fire/NN with/IN Pakistani/JJ soldiers/NNS/soldier ./.")
        .deps("amod(troops, Indian) nsubj(traded, troops) obj(traded, fire) obl:with(traded, soldiers)"
            + " case(soldiers, with) amod(soldiers, Pakistani)")
        .actor("Indian troops", "INDMIL").actor("Pakistani soldiers", "PAKMIL")
        .events();
    assertDyad(only(events, "193"), "INDMIL", "PAKMIL");
  }

  @Test
  void aWarningGivenInASpeechIsAThreat() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Ankara/NNP gave/VBD/give Athens/NNP a/DT stern/JJ warning/NN in/IN a/DT speech/NN ./.")
        .deps("nsubj(gave, Ankara) iobj(gave, Athens) obj(gave, warning) det(warning, a) amod(warning, stern)"
            + " obl:in(gave, speech) case(speech, in) det(speech, a)")
        .actor("Ankara", "TUR").actor("Athens", "GRC")
        .events();
    assertDyad(only(events, "130"), "TUR", "GRC");
  }

  @Test
  void positionsHitAtAPlaceAreAttackedNotCriticized() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Houthi/NNP forces/NNS/force hit/VBD/hit Saudi/JJ positions/NNS/position at/IN Jizan/NNP ./.")
        .deps("compound(forces, Houthi) nsubj(hit, forces) obj(hit, positions) amod(positions, Saudi)"
            + " obl:at(hit, Jizan) case(Jizan, at)")
        .actor("Houthi forces", "YEMREB").actor("Saudi", "SAU").actor("Jizan", "SAU")
        .events();
    assertDyad(only(events, "190"), "YEMREB", "SAU");
    assertTrue(events.stream().noneMatch(x -> x.root().equals("11")), describe(events));
  }
}
