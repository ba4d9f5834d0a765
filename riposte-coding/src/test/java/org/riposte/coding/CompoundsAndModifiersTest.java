package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.describe;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;
import org.riposte.api.Status;

/**
 * Patterns that read a noun's modifiers ({@code mod=}: "joint exercises", "hunger strike") and objects named by a
 * compound ("the ceasefire agreement", "mediation efforts"), and the verbs added with them.
 */
class CompoundsAndModifiersTest {

  @Test
  void aHungerStrikeIsNoAirStrike() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Kurdish/JJ prisoners/NNS/prisoner began/VBD/begin a/DT hunger/NN strike/NN ./.")
        .deps("amod(prisoners, Kurdish) nsubj(began, prisoners) obj(began, strike) det(strike, a)"
            + " compound(strike, hunger)")
        .actor("Kurdish prisoners", "KURCVL")
        .events();
    assertEquals("KURCVL", only(events, "142").source().code());
  }

  @Test
  void jointExercisesAreMilitaryCooperationAndExercisesAloneAShowOfForce() throws Exception {
    List<Event> joint = Fixture.published("2022-03-01")
        .sentence("Chile/NNP and/CC Peru/NNP held/VBD/hold joint/JJ exercises/NNS/exercise ./.")
        .deps("nsubj(held, Chile) cc(Peru, and) conj:and(Chile, Peru) nsubj(held, Peru) obj(held, exercises)"
            + " amod(exercises, joint)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertTrue(joint.stream().allMatch(e -> e.cameo().equals("062")), describe(joint));
    assertDyad(joint.get(0), "CHL", "PER");
    List<Event> alone = Fixture.published("2022-03-01")
        .sentence("Chile/NNP held/VBD/hold naval/JJ exercises/NNS/exercise ./.")
        .deps("nsubj(held, Chile) obj(held, exercises) amod(exercises, naval)")
        .actor("Chile", "CHL")
        .events();
    assertEquals("CHL", only(alone, "150").source().code());
  }

  @Test
  void violatingACeasefireAgreementIsACeasefireViolation() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Armenia/NNP violated/VBD/violate the/DT ceasefire/NN agreement/NN ./.")
        .deps("nsubj(violated, Armenia) obj(violated, agreement) det(agreement, the) compound(agreement, ceasefire)")
        .actor("Armenia", "ARM")
        .events();
    assertEquals("ARM", only(events, "196").source().code());
  }

  @Test
  void aMediationEffortIsMediationAndEndingItEndsMediation() throws Exception {
    List<Event> launched = Fixture.published("2022-03-01")
        .sentence("Oman/NNP launched/VBD/launch a/DT mediation/NN effort/NN ./.")
        .deps("nsubj(launched, Oman) obj(launched, effort) det(effort, a) compound(effort, mediation)")
        .actor("Oman", "OMN")
        .events();
    assertEquals("OMN", only(launched, "045").source().code());
    List<Event> ended = Fixture.published("2022-03-01")
        .sentence("Oman/NNP ended/VBD/end mediation/NN efforts/NNS/effort ./.")
        .deps("nsubj(ended, Oman) obj(ended, efforts) compound(efforts, mediation)")
        .actor("Oman", "OMN")
        .events();
    assertEquals("OMN", only(ended, "165").source().code());
  }

  @Test
  void failingToReachAgreementHaltsNegotiations() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Serbia/NNP failed/VBD/fail to/TO reach/VB agreement/NN with/IN Kosovo/NNP ./.")
        .deps("nsubj(failed, Serbia) xcomp(failed, reach) mark(reach, to) obj(reach, agreement)"
            + " obl:with(reach, Kosovo) case(Kosovo, with)")
        .actor("Serbia", "SRB").actor("Kosovo", "XKX")
        .events();
    assertEquals("SRB", only(events, "164").source().code());
  }

  @Test
  void refusingToEndAStrikeIsARefusal() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT dockers/NNS/docker will/MD not/RB end/VB the/DT strike/NN ./.")
        .deps("det(dockers, The) nsubj(end, dockers) aux(end, will) advmod(end, not) obj(end, strike)"
            + " det(strike, the)")
        .actor("dockers", "LAB")
        .events();
    Event e = only(events, "1242");  // refusing to ease popular dissent
    assertEquals(Status.ASSERTED, e.status(), "the refusal happened");
  }

  @Test
  void seekingRefugeAsksForHumanitarianHelp() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Sudanese/JJ refugees/NNS/refugee sought/VBD/seek refuge/NN in/IN Chad/NNP ./.")
        .deps("amod(refugees, Sudanese) nsubj(sought, refugees) obj(sought, refuge) obl:in(sought, Chad)"
            + " case(Chad, in)")
        .actor("Sudanese refugees", "SDNREF").place("Chad", "TCD")
        .events();
    assertEquals("SDNREF", only(events, "1033").source().code());
  }

  @Test
  void anAnnouncedCeasefireIsDeclaredNotPlanned() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Chad/NNP announced/VBD/announce a/DT ceasefire/NN with/IN the/DT rebels/NNS/rebel ./.")
        .deps("nsubj(announced, Chad) obj(announced, ceasefire) det(ceasefire, a) nmod:with(ceasefire, rebels)"
            + " case(rebels, with) det(rebels, the)")
        .actor("Chad", "TCD").actor("rebels", "TCDREB")
        .events();
    Event e = only(events, "0871");
    assertEquals(Status.ASSERTED, e.status(), "the announcement declares the truce");
    assertDyad(e, "TCD", "TCDREB");
  }

  @Test
  void anAnnouncedVisitStillLiesAhead() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Chad/NNP announced/VBD/announce a/DT visit/NN to/IN Niger/NNP ./.")
        .deps("nsubj(announced, Chad) obj(announced, visit) det(visit, a) nmod:to(visit, Niger) case(Niger, to)")
        .actor("Chad", "TCD").actor("Niger", "NER")
        .events();
    assertEquals(Status.PLANNED, only(events, "036").status(), "an announced visit is an intent to meet");
  }

  @Test
  void anUntaggedParticleStillCounts() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Canada/NNP rolled/VBD/roll back/RB tariffs/NNS/tariff on/IN Mexican/JJ steel/NN ./.")
        .deps("nsubj(rolled, Canada) advmod(rolled, back) obj(rolled, tariffs) nmod:on(tariffs, steel)"
            + " case(steel, on) amod(steel, Mexican)")
        .actor("Canada", "CAN").actor("Mexican", "MEX")
        .events();
    assertEquals("CAN", only(events, "085").source().code());
  }

  @Test
  void anAmountIsLookedThroughToWhatItIsGivenIn() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Norway/NNP sent/VBD/send $/$ 5/CD million/CD in/IN weapons/NNS/weapon to/IN Estonia/NNP ./.")
        .deps("nsubj(sent, Norway) obj(sent, $) nummod($, million) compound(million, 5) nmod:in($, weapons)"
            + " case(weapons, in) obl:to(sent, Estonia) case(Estonia, to)")
        .actor("Norway", "NOR").actor("Estonia", "EST")
        .events();
    assertDyad(only(events, "072"), "NOR", "EST");
  }

  @Test
  void defendingTerritoryIsNoVerbalDefence() throws Exception {
    List<Event> territory = Fixture.published("2022-03-01")
        .sentence("Latvia/NNP defended/VBD/defend its/PRP$ border/NN ./.")
        .deps("nsubj(defended, Latvia) obj(defended, border) nmod:poss(border, its)")
        .actor("Latvia", "LVA")
        .events();
    assertTrue(territory.stream().noneMatch(e -> e.cameo().equals("052")), describe(territory));
    List<Event> policy = Fixture.published("2022-03-01")
        .sentence("Latvia/NNP defended/VBD/defend Estonia/NNP 's/POS approach/NN ./.")
        .deps("nsubj(defended, Latvia) obj(defended, approach) nmod:poss(approach, Estonia) case(Estonia, 's)")
        .actor("Latvia", "LVA").actor("Estonia", "EST")
        .events();
    assertDyad(only(policy, "052"), "LVA", "EST");
  }

  @Test
  void woundingInABombAttackIsABombing() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Rebels/NNS/rebel wounded/VBD/wound two/CD Malian/JJ soldiers/NNS/soldier in/IN a/DT bomb/NN"
            + " attack/NN ./.")
        .deps("nsubj(wounded, Rebels) obj(wounded, soldiers) nummod(soldiers, two) amod(soldiers, Malian)"
            + " obl:in(wounded, attack) case(attack, in) det(attack, a) compound(attack, bomb)")
        .actor("Rebels", "REB").actor("Malian soldiers", "MLIMIL")
        .events();
    assertDyad(only(events, "183"), "MLIREB", "MLIMIL");  // rebels fighting Malian soldiers are Malian rebels
  }

  @Test
  void anObjectTheParserReadAsAComplementSubjectIsStillTheObject() throws Exception {
    // "rejected accusations it had shelled…": the parser makes "accusations" the subject of "shelled"
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Serbia/NNP rejected/VBD/reject accusations/NNS/accusation it/PRP had/VBD/have shelled/VBN/shell"
            + " Kosovo/NNP ./.")
        .deps("nsubj(rejected, Serbia) ccomp(rejected, shelled) nsubj(shelled, accusations) nsubj(shelled, it)"
            + " aux(shelled, had) obj(shelled, Kosovo)")
        .actor("Serbia", "SRB").actor("Kosovo", "XKX")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("016")), describe(events));
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("120")), describe(events));
  }

  @Test
  void anActDecidedOnKeepsItsCodeAndAnActIntendedIsAnIntent() throws Exception {
    List<Event> decided = Fixture.published("2022-03-01")
        .sentence("Japan/NNP decided/VBD/decide to/TO lift/VB sanctions/NNS/sanction on/IN India/NNP ./.")
        .deps("nsubj(decided, Japan) xcomp(decided, lift) mark(lift, to) obj(lift, sanctions) nmod:on(sanctions, India)"
            + " case(India, on) nsubj:xsubj(lift, Japan)")
        .actor("Japan", "JPN").actor("India", "IND")
        .events();
    assertEquals(Status.PLANNED, only(decided, "085").status(), "the decision is taken, the lifting to come");
    List<Event> intended = Fixture.published("2022-03-01")
        .sentence("Japan/NNP plans/VBZ/plan to/TO lift/VB sanctions/NNS/sanction on/IN India/NNP ./.")
        .deps("nsubj(plans, Japan) xcomp(plans, lift) mark(lift, to) obj(lift, sanctions) nmod:on(sanctions, India)"
            + " case(India, on) nsubj:xsubj(lift, Japan)")
        .actor("Japan", "JPN").actor("India", "IND")
        .events();
    assertEquals(Status.PLANNED, only(intended, "0354").status(), "an intention to ease sanctions");
  }

  @Test
  void strikingADealIsNoStrike() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Ethiopia/NNP struck/VBD/strike a/DT deal/NN with/IN Kenya/NNP ./.")
        .deps("nsubj(struck, Ethiopia) obj(struck, deal) det(deal, a) obl:with(struck, Kenya) case(Kenya, with)")
        .actor("Ethiopia", "ETH").actor("Kenya", "KEN")
        .events();
    assertDyad(only(events, "057"), "ETH", "KEN");
    assertTrue(events.stream().noneMatch(e -> e.root().equals("19")), describe(events));
  }
}
