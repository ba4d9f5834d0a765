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
 * Kinds of conflictual acts told apart by what they act on (patterns.txt sections 10–20 and the refusal codes):
 * cancelled visits and talks, complaints about an act, calls for sanctions, warnings not to tolerate dissent, hacking,
 * suspended arms sales, joint exercises of two states and the refusal to end a strike.
 */
class ConflictKindsTest {

  @Test
  void cancellingAVisitReducesRelations() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT Czech/JJ premier/NN cancelled/VBD/cancel a/DT planned/VBN/plan visit/NN to/IN Hungary/NNP ./.")
        .deps("det(premier, The) amod(premier, Czech) nsubj(cancelled, premier) obj(cancelled, visit) det(visit, a)"
            + " amod(visit, planned) nmod:to(visit, Hungary) case(Hungary, to)")
        .actor("Czech premier", "CZEGOV").actor("Hungary", "HUN")
        .events();
    assertDyad(only(events, "161"), "CZEGOV", "HUN");
  }

  @Test
  void cancellingTalksHaltsNegotiations() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Seoul/NNP cancelled/VBD/cancel the/DT talks/NNS/talk with/IN Pyongyang/NNP ./.")
        .deps("nsubj(cancelled, Seoul) obj(cancelled, talks) det(talks, the) nmod:with(talks, Pyongyang)"
            + " case(Pyongyang, with)")
        .actor("Seoul", "KOR").actor("Pyongyang", "PRK")
        .events();
    assertDyad(only(events, "164"), "KOR", "PRK");
  }

  @Test
  void aComplaintOverAnActTargetsWhoeverDidIt() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Tallinn/NNP complained/VBD/complain to/IN the/DT UN/NNP over/IN Russian/JJ overflights/NNS/overflight"
            + " ./.")
        .deps("nsubj(complained, Tallinn) obl:to(complained, UN) case(UN, to) det(UN, the)"
            + " obl:over(complained, overflights) case(overflights, over) amod(overflights, Russian)")
        .actor("Tallinn", "EST").actor("UN", "IGOUNO").actor("Russian", "RUS")
        .events();
    assertDyad(only(events, "114"), "EST", "RUS");
  }

  @Test
  void callingForSanctionsAgainstAStateRalliesOppositionToIt() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Athens/NNP called/VBD/call for/IN sanctions/NNS/sanction against/IN Ankara/NNP ./.")
        .deps("nsubj(called, Athens) obl:for(called, sanctions) case(sanctions, for) nmod:against(sanctions, Ankara)"
            + " case(Ankara, against)")
        .actor("Athens", "GRC").actor("Ankara", "TUR")
        .events();
    assertDyad(only(events, "113"), "GRC", "TUR");
  }

  @Test
  void callingForTalksStaysAnAppeal() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Athens/NNP called/VBD/call for/IN talks/NNS/talk with/IN Ankara/NNP ./.")
        .deps("nsubj(called, Athens) obl:for(called, talks) case(talks, for) nmod:with(talks, Ankara)"
            + " case(Ankara, with)")
        .actor("Athens", "GRC").actor("Ankara", "TUR")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("113")), describe(events));
    assertEquals("GRC", only(events, "026").source().code());
  }

  @Test
  void warningThatDissentWillNotBeToleratedThreatensRepression() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT Kenyan/JJ police/NN chief/NN warned/VBD/warn that/IN he/PRP would/MD not/RB tolerate/VB"
            + " opposition/NN rallies/NNS/rally ./.")
        .deps("det(chief, The) amod(chief, Kenyan) compound(chief, police) nsubj(warned, chief)"
            + " ccomp(warned, tolerate) mark(tolerate, that) nsubj(tolerate, he) aux(tolerate, would)"
            + " advmod(tolerate, not) obj(tolerate, rallies) compound(rallies, opposition)")
        .actor("Kenyan police chief", "KENCOP").actor("opposition", "KENOPP")
        .events();
    Event threat = only(events, "137");
    assertEquals("KEN", threat.source().code().substring(0, 3));
    assertEquals(Status.ASSERTED, threat.status());
  }

  @Test
  void hackingIntoComputersDamagesProperty() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Russian/JJ agents/NNS/agent hacked/VBD/hack into/IN Estonian/JJ servers/NNS/server ./.")
        .deps("amod(agents, Russian) nsubj(hacked, agents) obl:into(hacked, servers) case(servers, into)"
            + " amod(servers, Estonian)")
        .actor("Russian agents", "RUSSPY").actor("Estonian", "EST")
        .events();
    assertDyad(only(events, "171"), "RUSSPY", "EST");
  }

  @Test
  void jointExercisesOfTwoStatesAreMilitaryCooperationBothWays() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Peru/NNP and/CC Chile/NNP held/VBD/hold joint/JJ naval/JJ exercises/NNS/exercise ./.")
        .deps("nsubj(held, Peru) cc(Chile, and) conj:and(Peru, Chile) nsubj(held, Chile) obj(held, exercises)"
            + " amod(exercises, joint) amod(exercises, naval)")
        .actor("Peru", "PER").actor("Chile", "CHL")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.root().equals("15")), describe(events));
    List<Event> cooperation = events.stream().filter(e -> e.cameo().equals("062")).toList();
    assertEquals(2, cooperation.size(), describe(events));
    assertTrue(cooperation.stream().anyMatch(e -> e.source().code().equals("PER") && e.target().code().equals("CHL")),
        describe(events));
    assertTrue(cooperation.stream().anyMatch(e -> e.source().code().equals("CHL") && e.target().code().equals("PER")),
        describe(events));
  }

  @Test
  void exercisesOfOneStateStillShowForce() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("China/NNP held/VBD/hold naval/JJ exercises/NNS/exercise near/IN Taiwan/NNP ./.")
        .deps("nsubj(held, China) obj(held, exercises) amod(exercises, naval) nmod:near(exercises, Taiwan)"
            + " case(Taiwan, near)")
        .actor("China", "CHN").place("Taiwan", "TWN")
        .events();
    assertEquals("CHN", only(events, "150").source().code());
  }

  @Test
  void refusingToEndAStrikeRefusesToEaseDissent() throws Exception {
    assertEquals("1242", RefusalCodes.refusalOf("082"));
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Serbian/JJ teachers/NNS/teacher will/MD not/RB end/VB their/PRP$ strike/NN ./.")
        .deps("amod(teachers, Serbian) nsubj(end, teachers) aux(end, will) advmod(end, not) obj(end, strike)"
            + " nmod:poss(strike, their)")
        .actor("Serbian teachers", "SRBEDU")
        .events();
    Event refusal = only(events, "1242");
    assertEquals("SRBEDU", refusal.source().code());
    assertEquals(Status.ASSERTED, refusal.status());
  }

  @Test
  void suspendingArmsSalesStopsMilitaryAid() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Norway/NNP suspended/VBD/suspend arms/NNS/arm sales/NNS/sale to/IN Riyadh/NNP ./.")
        .deps("nsubj(suspended, Norway) obj(suspended, sales) compound(sales, arms) obl:to(suspended, Riyadh)"
            + " case(Riyadh, to)")
        .actor("Norway", "NOR").actor("Riyadh", "SAU")
        .events();
    assertDyad(only(events, "1622"), "NOR", "SAU");
  }
}
