package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Where an attack is aimed: an attack that kills without a named agent was set by the unidentified attackers of the
 * place where it killed; the bomb an attacker sets off is no target, what it went off near is; a targeting clause
 * names whom a raid hit; a withdrawal is aimed at the ground it gives up.
 */
class AttackAimTest {

  @Test
  void anAttackThatKilledPeopleInATownWasSetByItsCountrysUnknownAttackers() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("An/DT ambush/NN on/IN a/DT truck/NN has/VBZ/have killed/VBN/kill six/CD Malian/JJ farmers/NNS/farmer"
            + " in/IN Gao/NNP ./.")
        .deps("det(ambush, An) nmod:on(ambush, truck) case(truck, on) det(truck, a) nsubj(killed, ambush)"
            + " aux(killed, has) obj(killed, farmers) nummod(farmers, six) amod(farmers, Malian)"
            + " obl:in(killed, Gao) case(Gao, in)")
        .actor("Malian farmers", "MLIAGR").place("Gao", "MLI")
        .events();
    assertDyad(only(events, "190"), "MLIUAF", "MLIAGR");
  }

  @Test
  void anExplosionWithoutPlaceKeepsNoSource() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("An/DT explosion/NN killed/VBD/kill six/CD Malian/JJ farmers/NNS/farmer ./.")
        .deps("det(explosion, An) nsubj(killed, explosion) obj(killed, farmers) nummod(farmers, six)"
            + " amod(farmers, Malian)")
        .actor("Malian farmers", "MLIAGR")
        .events();
    org.junit.jupiter.api.Assertions.assertTrue(events.isEmpty(), Events.describe(events));
  }

  @Test
  void theBombABomberSetsOffIsNoTargetWhatItWentOffNearIs() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("A/DT Somali/JJ militant/NN detonated/VBD/detonate his/PRP$/he bomb/NN near/IN a/DT Kenyan/JJ"
            + " army/NN post/NN ./.")
        .deps("det(militant, A) amod(militant, Somali) nsubj(detonated, militant) obj(detonated, bomb)"
            + " nmod:poss(bomb, his) nmod:near(bomb, post) case(post, near) det(post, a) amod(post, Kenyan)"
            + " compound(post, army)")
        .actor("Somali militant", "SOMREB").actor("Kenyan army", "KENMIL")
        .events();
    assertDyad(only(events, "183"), "SOMREB", "KENMIL");
  }

  @Test
  void aBombSetOffOutsideAnEmbassyHitsTheEmbassysCountry() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Rebels/NNS/rebel detonated/VBD/detonate explosives/NNS/explosive outside/IN the/DT Danish/JJ"
            + " embassy/NN ./.")
        .deps("nsubj(detonated, Rebels) obj(detonated, explosives) obl:outside(detonated, embassy)"
            + " case(embassy, outside) det(embassy, the) amod(embassy, Danish)")
        .actor("Rebels", "REB").actor("Danish embassy", "DNKGOV")
        .events();
    assertEquals("DNKGOV", only(events, "183").target().code(), Events.describe(events));
  }

  @Test
  void aTargetingClauseNamesWhomARaidHit() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Turkish/JJ jets/NNS/jet carried/VBD/carry out/RP a/DT raid/NN ,/, targeting/VBG/target"
            + " Kurdish/JJ rebels/NNS/rebel in/IN northern/JJ Iraq/NNP ./.")
        .deps("amod(jets, Turkish) nsubj(carried, jets) compound:prt(carried, out) obj(carried, raid) det(raid, a)"
            + " dep(carried, targeting) obj(targeting, rebels) amod(rebels, Kurdish) obl:in(targeting, Iraq)"
            + " case(Iraq, in) amod(Iraq, northern)")
        .actor("Turkish jets", "TURMIL").actor("Kurdish rebels", "KURREB").place("Iraq", "IRQ")
        .events();
    assertEquals("KURREB", only(events, "190").target().code(), Events.describe(events));
  }

  @Test
  void aShellingTargetingAMilitiaIsAimedAtIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Ethiopian/JJ troops/NNS/troop shelled/VBD/shell the/DT area/NN ,/, targeting/VBG/target"
            + " Eritrean/JJ soldiers/NNS/soldier ./.")
        .deps("amod(troops, Ethiopian) nsubj(shelled, troops) obj(shelled, area) det(area, the)"
            + " advcl(shelled, targeting) obj(targeting, soldiers) amod(soldiers, Eritrean)")
        .actor("Ethiopian troops", "ETHMIL").actor("Eritrean soldiers", "ERIMIL")
        .events();
    Event e = events.stream().filter(x -> x.cameo().startsWith("19")).findFirst().orElseThrow();
    assertEquals("ERIMIL", e.target().code(), Events.describe(events));
  }

  @Test
  void aWithdrawalFromGroundOfNoKnownCountryIsAimedAtThatGround() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peru/NNP withdrew/VBD/withdraw its/PRP$ troops/NNS/troop from/IN the/DT contested/VBN/contest"
            + " zone/NN ./.")
        .deps("nsubj(withdrew, Peru) obj(withdrew, troops) nmod:poss(troops, its) obl:from(withdrew, zone)"
            + " case(zone, from) det(zone, the) amod(zone, contested)")
        .place("Peru", "PER")
        .events();
    Event e = only(events, "087");
    assertNull(e.target().code(), Events.describe(events));
    assertEquals("the contested zone", e.target().name());
  }

  @Test
  void aWithdrawalFromTalksNamesNoGround() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peru/NNP withdrew/VBD/withdraw its/PRP$ troops/NNS/troop from/IN the/DT exercise/NN ./.")
        .deps("nsubj(withdrew, Peru) obj(withdrew, troops) nmod:poss(troops, its) obl:from(withdrew, exercise)"
            + " case(exercise, from) det(exercise, the)")
        .place("Peru", "PER")
        .events();
    assertNull(only(events, "087").target(), Events.describe(events));
  }

  @Test
  void twoSidesThatViolateATruceViolateItAgainstEachOther() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chad/NNP and/CC Sudan/NNP violated/VBD/violate the/DT truce/NN ./.")
        .deps("nsubj(violated, Chad) nsubj(violated, Sudan) conj:and(Chad, Sudan) cc(Sudan, and)"
            + " obj(violated, truce) det(truce, the)")
        .place("Chad", "TCD").place("Sudan", "SDN")
        .events();
    List<String> dyads = events.stream().filter(e -> e.cameo().equals("196"))
        .map(e -> e.source().code() + ">" + e.target().code()).sorted().toList();
    assertEquals(List.of("SDN>TCD", "TCD>SDN"), dyads, Events.describe(events));
  }

  @Test
  void troopsOnAlertInACityStandReadyAboutItsCountry() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Kenyan/JJ troops/NNS/troop remained/VBD/remain on/IN alert/NN in/IN Kampala/NNP for/IN"
            + " clashes/NNS/clash ./.")
        .deps("amod(troops, Kenyan) nsubj(remained, troops) obl:on(remained, alert) case(alert, on)"
            + " obl:in(remained, Kampala) case(Kampala, in) obl:for(remained, clashes) case(clashes, for)")
        .actor("Kenyan troops", "KENMIL").place("Kampala", "UGA")
        .events();
    assertEquals("UGA", only(events, "152").target().country(), Events.describe(events));
  }

  @Test
  void troopsOnAlertInAnUnknownRegionStandReadyAboutItByName() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Greek/JJ troops/NNS/troop remained/VBD/remain on/IN alert/NN in/IN the/DT eastern/JJ"
            + " sector/NN ./.")
        .deps("amod(troops, Greek) nsubj(remained, troops) obl:on(remained, alert) case(alert, on)"
            + " obl:in(remained, sector) case(sector, in) det(sector, the) amod(sector, eastern)")
        .actor("Greek troops", "GRCMIL")
        .events();
    Event e = only(events, "152");
    assertNull(e.target().code(), Events.describe(events));
    assertEquals("the eastern sector", e.target().name());
  }

  @Test
  void aTruceWithRebelsMisreadAsAWithClauseIsATruceWithThem() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chad/NNP declared/VBD/declare a/DT truce/NN with/IN the/DT rebels/NNS/rebel to/TO allow/VB"
            + " aid/NN in/RP ./.")
        .deps("nsubj(declared, Chad) obj(declared, truce) det(truce, a) acl:to(truce, allow) mark(allow, with)"
            + " nsubj(allow, rebels) det(rebels, the) mark(allow, to) obj(allow, aid)")
        .place("Chad", "TCD").actor("rebels", "TCDREB")
        .events();
    Event e = events.stream().filter(x -> x.cameo().startsWith("087")).findFirst().orElseThrow();
    assertEquals("TCDREB", e.target().code(), Events.describe(events));
  }
}
