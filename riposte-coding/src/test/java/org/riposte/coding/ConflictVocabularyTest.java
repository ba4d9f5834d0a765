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
 * The conflictual vocabulary of patterns.txt sections 10–20: words of criticism, displeasure and rejection, threats
 * by what is threatened, kinds of protest, force posture, reduced relations, repression, assault and fighting, each
 * coded with the most specific code that fits.
 */
class ConflictVocabularyTest {

  @Test
  void lambastingIsCriticism() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT Greek/JJ premier/NN lambasted/VBD/lambaste Ankara/NNP ./.")
        .deps("det(premier, The) amod(premier, Greek) nsubj(lambasted, premier) obj(lambasted, Ankara)")
        .actor("Greek premier", "GRCGOV").actor("Ankara", "TUR")
        .events();
    assertDyad(only(events, "111"), "GRCGOV", "TUR");
  }

  @Test
  void anAngryStateDisapproves() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Seoul/NNP is/VBZ/be angry/JJ at/IN Tokyo/NNP ./.")
        .deps("nsubj(angry, Seoul) cop(angry, is) obl:at(angry, Tokyo) case(Tokyo, at)")
        .actor("Seoul", "KOR").actor("Tokyo", "JPN")
        .events();
    assertDyad(only(events, "110"), "KOR", "JPN");
  }

  @Test
  void holdingAStateResponsibleAccusesIt() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Kyiv/NNP held/VBD/hold Moscow/NNP responsible/JJ for/IN the/DT blackout/NN ./.")
        .deps("nsubj(held, Kyiv) xcomp(held, responsible) nsubj(responsible, Moscow) obl:for(responsible, blackout)"
            + " case(blackout, for) det(blackout, the)")
        .actor("Kyiv", "UKR").actor("Moscow", "RUS")
        .events();
    assertDyad(only(events, "112"), "UKR", "RUS");
  }

  @Test
  void rulingOutTalksRejectsAMeeting() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Seoul/NNP ruled/VBD/rule out/RP talks/NNS/talk with/IN Pyongyang/NNP ./.")
        .deps("nsubj(ruled, Seoul) compound:prt(ruled, out) obj(ruled, talks) nmod:with(talks, Pyongyang)"
            + " case(Pyongyang, with)")
        .actor("Seoul", "KOR").actor("Pyongyang", "PRK")
        .events();
    assertEquals("KOR", only(events, "125").source().code());
  }

  @Test
  void threateningToQuitTalksThreatensToHaltThem() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Tehran/NNP threatened/VBD/threaten to/TO quit/VB the/DT talks/NNS/talk ./.")
        .deps("nsubj(threatened, Tehran) xcomp(threatened, quit) mark(quit, to) obj(quit, talks) det(talks, the)")
        .actor("Tehran", "IRN")
        .events();
    assertEquals("IRN", only(events, "134").source().code());
  }

  @Test
  void resortingToStonesIsAViolentProtest() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Palestinian/JJ youths/NNS/youth resorted/VBD/resort to/IN throwing/VBG/throw stones/NNS/stone ./.")
        .deps("amod(youths, Palestinian) nsubj(resorted, youths) obl:to(resorted, stones) case(stones, to)"
            + " amod(stones, throwing)")
        .actor("Palestinian youths", "PSE")
        .events();
    assertEquals("PSE", only(events, "145").source().code());
  }

  @Test
  void puttingTheArmyOnAlertRaisesMilitaryAlert() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Seoul/NNP put/VBD/put its/PRP$ army/NN on/IN alert/NN ./.")
        .deps("nsubj(put, Seoul) obj(put, army) nmod:poss(army, its) obl:on(put, alert) case(alert, on)")
        .actor("Seoul", "KOR").actor("its", "KOR")
        .events();
    assertEquals("KOR", only(events, "152").source().code());
  }

  @Test
  void suspendingAirLinksReducesRelationsButIsNoDiplomaticBreak() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Italy/NNP suspended/VBD/suspend air/NN links/NNS/link with/IN Serbia/NNP ./.")
        .deps("nsubj(suspended, Italy) obj(suspended, links) compound(links, air) nmod:with(links, Serbia)"
            + " case(Serbia, with)")
        .actor("Italy", "ITA").actor("Serbia", "SRB")
        .events();
    assertDyad(only(events, "160"), "ITA", "SRB");
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("161")), describe(events));
  }

  @Test
  void openingFireOnSoldiersIsSmallArmsFighting() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Chinese/JJ troops/NNS opened/VBD/open fire/NN on/IN Indian/JJ soldiers/NNS/soldier ./.")
        .deps("amod(troops, Chinese) nsubj(opened, troops) obj(opened, fire) obl:on(opened, soldiers)"
            + " case(soldiers, on) amod(soldiers, Indian)")
        .actor("Chinese troops", "CHNMIL").actor("Indian soldiers", "INDMIL")
        .events();
    assertDyad(only(events, "193"), "CHNMIL", "INDMIL");
  }

  @Test
  void attackingPositionsIsFightingNotCriticism() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Israeli/JJ jets/NNS/jet attacked/VBD/attack Hamas/NNP positions/NNS/position ./.")
        .deps("amod(jets, Israeli) nsubj(attacked, jets) obj(attacked, positions) compound(positions, Hamas)")
        .actor("Israeli jets", "ISRMIL").actor("Hamas", "PSEREB")
        .events();
    assertEquals("ISRMIL", only(events, "190").source().code());
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("11")), describe(events));
  }

  @Test
  void firingRocketsIntoAStateIsArtilleryFire() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Militants/NNS/militant fired/VBD/fire rockets/NNS/rocket into/IN Israel/NNP ./.")
        .deps("nsubj(fired, Militants) obj(fired, rockets) obl:into(fired, Israel) case(Israel, into)")
        .actor("Militants", "PSEREB").actor("Israel", "ISR")
        .events();
    assertDyad(only(events, "194"), "PSEREB", "ISR");
  }

  @Test
  void beatingToDeathIsKillingByAssault() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Police/NNS/police beat/VBD/beat the/DT Tamil/JJ journalist/NN to/IN death/NN ./.")
        .deps("nsubj(beat, Police) obj(beat, journalist) det(journalist, the) amod(journalist, Tamil)"
            + " obl:to(beat, death) case(death, to)")
        .actor("Police", "LKACOP").actor("Tamil journalist", "LKAMED")
        .events();
    assertDyad(only(events, "1823"), "LKACOP", "LKAMED");
  }

  @Test
  void anArmyResponsibleForMassKillingsKillsMasses() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT Burmese/JJ army/NN is/VBZ/be responsible/JJ for/IN mass/NN killings/NNS/killing ./.")
        .deps("det(army, The) amod(army, Burmese) nsubj(responsible, army) cop(responsible, is)"
            + " obl:for(responsible, killings) case(killings, for) compound(killings, mass)")
        .actor("Burmese army", "MMRMIL")
        .events();
    assertEquals("MMRMIL", only(events, "202").source().code());
  }

  @Test
  void warGamesOfOneStateShowForce() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("China/NNP staged/VBD/stage war/NN games/NNS/game near/IN Taiwan/NNP ./.")
        .deps("nsubj(staged, China) obj(staged, games) compound(games, war) obl:near(staged, Taiwan) case(Taiwan, near)")
        .actor("China", "CHN").actor("Taiwan", "TWN")
        .events();
    assertEquals("CHN", only(events, "150").source().code());
  }

  @Test
  void banningRalliesRestrictsPoliticalFreedoms() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Minsk/NNP banned/VBD/ban opposition/NN rallies/NNS/rally ./.")
        .deps("nsubj(banned, Minsk) obj(banned, rallies) compound(rallies, opposition)")
        .place("Minsk", "BLR")
        .events();
    assertEquals("BLR", only(events, "1721").source().code());
  }

  @Test
  void blowingUpPowerLinesDestroysProperty() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Afghan/JJ rebels/NNS/rebel blew/VBD/blow up/RP the/DT power/NN lines/NNS/line ./.")
        .deps("amod(rebels, Afghan) nsubj(blew, rebels) compound:prt(blew, up) obj(blew, lines) det(lines, the)"
            + " compound(lines, power)")
        .actor("Afghan rebels", "AFGREB")
        .events();
    assertEquals("AFGREB", only(events, "1712").source().code());
  }

  @Test
  void quellingRiotsIsViolentRepression() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Bangladeshi/JJ police/NNS/police quelled/VBD/quell the/DT riots/NNS/riot ./.")
        .deps("amod(police, Bangladeshi) nsubj(quelled, police) obj(quelled, riots) det(riots, the)")
        .actor("Bangladeshi police", "BGDCOP")
        .events();
    assertEquals("BGDCOP", only(events, "175").source().code());
  }

  @Test
  void tradingAccusationsIsMutualBlame() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Armenia/NNP and/CC Azerbaijan/NNP traded/VBD/trade accusations/NNS/accusation ./.")
        .deps("nsubj(traded, Armenia) cc(Azerbaijan, and) conj:and(Armenia, Azerbaijan) nsubj(traded, Azerbaijan)"
            + " obj(traded, accusations)")
        .actor("Armenia", "ARM").actor("Azerbaijan", "AZE")
        .events();
    List<Event> blame = events.stream().filter(e -> e.cameo().equals("112")).toList();
    assertEquals(2, blame.size(), describe(events));
    assertTrue(blame.stream().anyMatch(e -> e.source().code().equals("ARM") && e.target().code().equals("AZE")),
        describe(events));
  }

  @Test
  void slappingSanctionsImposesThem() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Washington/NNP slapped/VBD/slap sanctions/NNS/sanction on/IN Caracas/NNP ./.")
        .deps("nsubj(slapped, Washington) obj(slapped, sanctions) obl:on(slapped, Caracas) case(Caracas, on)")
        .actor("Washington", "USAGOV").actor("Caracas", "VENGOV")
        .events();
    assertDyad(only(events, "163"), "USAGOV", "VENGOV");
  }

  @Test
  void firingTearGasAtProtestersIsRepressionNotCombat() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Kenyan/JJ police/NNS/police fired/VBD/fire tear/NN gas/NN at/IN the/DT protesters/NNS/protester ./.")
        .deps("amod(police, Kenyan) nsubj(fired, police) obj(fired, gas) compound(gas, tear) obl:at(fired, protesters)"
            + " case(protesters, at) det(protesters, the)")
        .actor("Kenyan police", "KENCOP").actor("protesters", "KENOPP")
        .events();
    assertDyad(only(events, "175"), "KENCOP", "KENOPP");
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("19")), describe(events));
  }

  @Test
  void killingProtestersIsViolentRepression() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Security/NN forces/NNS/force killed/VBD/kill twenty/CD protesters/NNS/protester ./.")
        .deps("compound(forces, Security) nsubj(killed, forces) obj(killed, protesters) nummod(protesters, twenty)")
        .actor("Security forces", "IRQCOP").actor("protesters", "IRQOPP")
        .events();
    assertDyad(only(events, "175"), "IRQCOP", "IRQOPP");
  }

  @Test
  void vowingRevengeThreatensForce() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Hezbollah/NNP vowed/VBD/vow revenge/NN against/IN Israel/NNP ./.")
        .deps("nsubj(vowed, Hezbollah) obj(vowed, revenge) nmod:against(revenge, Israel) case(Israel, against)")
        .actor("Hezbollah", "LBNREB").actor("Israel", "ISR")
        .events();
    assertDyad(only(events, "138"), "LBNREB", "ISR");
  }

  @Test
  void banningImportsIsAnEmbargo() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Beijing/NNP banned/VBD/ban imports/NNS/import of/IN Australian/JJ coal/NN ./.")
        .deps("nsubj(banned, Beijing) obj(banned, imports) nmod:of(imports, coal) case(coal, of) amod(coal, Australian)")
        .actor("Beijing", "CHNGOV").actor("Australian", "AUS")
        .events();
    assertEquals("CHNGOV", only(events, "163").source().code());
  }

  @Test
  void stagingAStrikeIsAStrike() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Greek/JJ dock/NN workers/NNS/worker staged/VBD/stage a/DT strike/NN ./.")
        .deps("amod(workers, Greek) compound(workers, dock) nsubj(staged, workers) obj(staged, strike) det(strike, a)")
        .actor("Greek dock workers", "GRCLAB")
        .events();
    assertEquals("GRCLAB", only(events, "143").source().code());
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("19")), describe(events));
  }

  @Test
  void anUnwillingStateRejectsAndTheActIsNotDone() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Belgrade/NNP is/VBZ/be unwilling/JJ to/TO recognise/VB Kosovo/NNP ./.")
        .deps("nsubj(unwilling, Belgrade) cop(unwilling, is) xcomp(unwilling, recognise) mark(recognise, to)"
            + " obj(recognise, Kosovo)")
        .actor("Belgrade", "SRBGOV").actor("Kosovo", "KSV")
        .events();
    assertEquals("SRBGOV", only(events, "120").source().code());
    assertTrue(events.stream().filter(e -> e.cameo().startsWith("05"))
        .allMatch(e -> e.status().label().equals("negated")), describe(events));
  }

  @Test
  void boycottingAnElectionIsAProtestNotAnEmbargo() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT Georgian/JJ opposition/NN announced/VBD/announce a/DT boycott/NN of/IN the/DT elections/NNS/election ./.")
        .deps("det(opposition, The) amod(opposition, Georgian) nsubj(announced, opposition) obj(announced, boycott)"
            + " det(boycott, a) nmod:of(boycott, elections) case(elections, of) det(elections, the)")
        .actor("Georgian opposition", "GEOOPP")
        .events();
    assertEquals("GEOOPP", only(events, "143").source().code());
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("163")), describe(events));
  }

  @Test
  void threateningToCloseAStraitThreatensABlockade() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Tehran/NNP threatened/VBD/threaten to/TO close/VB the/DT strait/NN ./.")
        .deps("nsubj(threatened, Tehran) xcomp(threatened, close) mark(close, to) obj(close, strait) det(strait, the)")
        .actor("Tehran", "IRN")
        .events();
    assertEquals("IRN", only(events, "1381").source().code());
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("1313")), describe(events));
  }

  @Test
  void threateningToSuspendAidThreatensToCutAid() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Washington/NNP threatened/VBD/threaten to/TO suspend/VB aid/NN to/IN Cairo/NNP ./.")
        .deps("nsubj(threatened, Washington) xcomp(threatened, suspend) mark(suspend, to) obj(suspend, aid)"
            + " obl:to(suspend, Cairo) case(Cairo, to)")
        .actor("Washington", "USAGOV").actor("Cairo", "EGYGOV")
        .events();
    assertDyad(only(events, "1311"), "USAGOV", "EGYGOV");
  }

  @Test
  void aMissileLaunchedWithoutTargetShowsForceOneLaunchedAtATargetStrikesIt() throws Exception {
    List<Event> shown = Fixture.published("2022-03-01")
        .sentence("Pyongyang/NNP launched/VBD/launch a/DT ballistic/JJ missile/NN ./.")
        .deps("nsubj(launched, Pyongyang) obj(launched, missile) det(missile, a) amod(missile, ballistic)")
        .actor("Pyongyang", "PRK")
        .events();
    assertEquals("PRK", only(shown, "150").source().code());
    List<Event> fired = Fixture.published("2022-03-01")
        .sentence("Iran/NNP launched/VBD/launch missiles/NNS/missile at/IN American/JJ bases/NNS/base ./.")
        .deps("nsubj(launched, Iran) obj(launched, missiles) obl:at(launched, bases) case(bases, at)"
            + " amod(bases, American)")
        .actor("Iran", "IRN").actor("American bases", "USAMIL")
        .events();
    assertDyad(only(fired, "195"), "IRN", "USAMIL");
  }

  @Test
  void haltingGasDeliveriesCutsAid() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Moscow/NNP halted/VBD/halt gas/NN deliveries/NNS/delivery to/IN Poland/NNP ./.")
        .deps("nsubj(halted, Moscow) obj(halted, deliveries) compound(deliveries, gas) obl:to(halted, Poland)"
            + " case(Poland, to)")
        .actor("Moscow", "RUSGOV").actor("Poland", "POL")
        .events();
    assertDyad(only(events, "162"), "RUSGOV", "POL");
  }

  @Test
  void callingSanctionsIllegalCriticizesThem() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Tehran/NNP called/VBD/call the/DT sanctions/NNS/sanction illegal/JJ ./.")
        .deps("nsubj(called, Tehran) obj(called, sanctions) det(sanctions, the) xcomp(called, illegal)")
        .actor("Tehran", "IRNGOV")
        .events();
    assertEquals("IRNGOV", only(events, "111").source().code());
  }

  @Test
  void dismissingAccusationsDeniesThem() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Moscow/NNP dismissed/VBD/dismiss the/DT accusations/NNS/accusation as/IN baseless/JJ ./.")
        .deps("nsubj(dismissed, Moscow) obj(dismissed, accusations) det(accusations, the) advcl:as(dismissed, baseless)"
            + " mark(baseless, as)")
        .actor("Moscow", "RUSGOV")
        .events();
    assertEquals("RUSGOV", only(events, "016").source().code());
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("120")), describe(events));
  }

  @Test
  void chargingAMinisterWithCorruptionIsLegalAction() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Kenyan/JJ prosecutors/NNS/prosecutor charged/VBD/charge the/DT former/JJ minister/NN with/IN"
            + " corruption/NN ./.")
        .deps("amod(prosecutors, Kenyan) nsubj(charged, prosecutors) obj(charged, minister) det(minister, the)"
            + " amod(minister, former) obl:with(charged, corruption) case(corruption, with)")
        .actor("Kenyan prosecutors", "KENJUD").actor("former minister", "KENGOV")
        .events();
    assertDyad(only(events, "173"), "KENJUD", "KENGOV");
  }

  @Test
  void executingPrisonersIsViolenceButExecutingAPlanIsNot() throws Exception {
    List<Event> executed = Fixture.published("2022-03-01")
        .sentence("Iran/NNP executed/VBD/execute two/CD political/JJ prisoners/NNS/prisoner ./.")
        .deps("nsubj(executed, Iran) obj(executed, prisoners) nummod(prisoners, two) amod(prisoners, political)")
        .actor("Iran", "IRN")
        .events();
    assertEquals("IRN", only(executed, "180").source().code());
    List<Event> plan = Fixture.published("2022-03-01")
        .sentence("Iran/NNP executed/VBD/execute the/DT plan/NN ./.")
        .deps("nsubj(executed, Iran) obj(executed, plan) det(plan, the)")
        .actor("Iran", "IRN")
        .events();
    assertTrue(plan.stream().noneMatch(e -> e.cameo().startsWith("18")), describe(plan));
  }
}
