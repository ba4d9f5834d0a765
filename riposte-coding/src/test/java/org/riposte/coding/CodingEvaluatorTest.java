package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Analysis;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Evidence;
import org.riposte.api.Status;

/** Scores of hand-made analyses against gold sentences written for the test. */
class CodingEvaluatorTest {

  private static Analysis expulsion() throws Exception {
    Fixture f = Fixture.published("2021-10-20")
        .sentence("Poland/NNP expelled/VBD/expel three/CD Russian/JJ diplomats/NNS/diplomat ./.")
        .deps("nsubj(expelled, Poland) obj(expelled, diplomats) amod(diplomats, Russian) nummod(diplomats, three)")
        .actor("Poland", "POL").actor("Russian diplomats", "RUSDIP");
    Analysis a = f.analysis();
    return a.withEvents(DependencyEventCoder.defaultCoder().process(a).events());
  }

  private static GoldSentence plover(String type, String src, String tgt, String tgtSector) {
    return new GoldSentence("g1", "Poland expelled three Russian diplomats .", null, Map.of(EvalLevel.PLOVER, type),
        List.of(GoldActor.coded("Poland", src, null)), List.of(GoldActor.coded("Russian", tgt, tgtSector)));
  }

  @Test
  void rightTypeAndActorsScoreOne() throws Exception {
    CodingEvaluator ev = new CodingEvaluator(GoldFormat.PLOVER, 5);
    ev.add(plover("SANCTION", "POL", "RUS", "DIP"), expulsion());
    EvalReport r = ev.report();
    assertEquals(1.0, r.score("plover").accuracy());
    assertEquals(1.0, r.score("source country").accuracy());
    assertEquals(1.0, r.score("target country+sector").accuracy());
    assertEquals(1.0, r.score("triple").accuracy());
    assertTrue(r.worst().isEmpty());
  }

  @Test
  void wrongTypeIsAMissWithTheConfusionCounted() throws Exception {
    CodingEvaluator ev = new CodingEvaluator(GoldFormat.PLOVER, 5);
    ev.add(plover("ASSAULT", "POL", "RUS", "MIL"), expulsion());
    ev.add(plover("SANCTION", "POL", "RUS", null), expulsion());
    EvalReport r = ev.report();
    assertEquals(0.5, r.score("plover").accuracy());
    assertEquals(0.5, r.score("plover").precision());
    assertEquals(1.0, r.score("source country").accuracy(), "actors are scored even when the type is wrong");
    assertEquals(0.0, r.score("target country+sector").accuracy(), "DIP is not the gold's MIL");
    assertEquals(0.5, r.score("triple").accuracy());
    assertEquals(1, r.confusion().get("ASSAULT").get("SANCTION"));
    assertEquals(1, r.worst().size());
    assertEquals("ASSAULT POL→RUSMIL", r.worst().get(0).expected());
  }

  @Test
  void aSentenceWrongOnlyInASectorIsListedAmongTheWorst() throws Exception {
    CodingEvaluator ev = new CodingEvaluator(GoldFormat.PLOVER, 5);
    ev.add(plover("SANCTION", "POL", "RUS", "MIL"), expulsion());
    EvalReport r = ev.report();
    assertEquals(1.0, r.score("target country").accuracy());
    assertEquals(0.0, r.score("target country+sector").accuracy());
    assertEquals(1, r.worst().size(), "the sector is wrong (DIP, not MIL)");
    assertEquals(1, r.worst().get(0).badness());
  }

  @Test
  void noEventIsNoneInTheConfusionTable() throws Exception {
    CodingEvaluator ev = new CodingEvaluator(GoldFormat.FIVECLASS, 5);
    Analysis empty = Fixture.published(null).sentence("Rain/NN fell/VBD ./.").deps("nsubj(fell, Rain)").analysis();
    ev.add(new GoldSentence("line 1", "Rain fell.", null, Map.of(EvalLevel.FIVECLASS, "4"), List.of(), List.of()),
        empty);
    ev.add(new GoldSentence("line 2", "x", null, Map.of(EvalLevel.FIVECLASS, "4"), List.of(), List.of()),
        expulsion());
    EvalReport r = ev.report();
    assertEquals(1, r.confusion().get("4").get(CodingEvaluator.NONE));
    assertEquals(0.0, r.score("fiveclass").accuracy(), "an expulsion (16) is verbal conflict (3) here, not 4");
    assertEquals(1, r.confusion().get("4").get("3"));
    assertEquals(0.0, r.perClass().get("4"));
  }

  @Test
  void spanGoldTakesThePartyCodedInsideTheSpan() throws Exception {
    Analysis a = expulsion();
    String text = a.article().text();
    int b = text.indexOf("Russian");
    GoldSentence gold = new GoldSentence("line 1", text, null, Map.of(),
        List.of(GoldActor.span("Poland", 0, 6)), List.of(GoldActor.span("Russian diplomats", b, b + 17)));
    CodingEvaluator ev = new CodingEvaluator(GoldFormat.SPANS, 5);
    ev.add(gold, a);
    GoldSentence swapped = new GoldSentence("line 2", text, null, Map.of(),
        List.of(GoldActor.span("Russian diplomats", b, b + 17)), List.of(GoldActor.span("Poland", 0, 6)));
    ev.add(swapped, a);
    EvalReport r = ev.report();
    assertEquals(0.5, r.score("source country").accuracy());
    assertEquals(0.5, r.score("target country+sector").accuracy());
    assertEquals(1.0, r.goldCoverage());
  }

  @Test
  void aSpanHoldingOnlyARoleIsMatchedByTheActorReadFromIt() throws Exception {
    Fixture f = Fixture.published("2021-10-20")
        .sentence("The/DT government/NN expelled/VBD/expel three/CD diplomats/NNS/diplomat ./.")
        .deps("det(government, The) nsubj(expelled, government) obj(expelled, diplomats) nummod(diplomats, three)")
        .actor("The government", "GOV").actor("diplomats", "DIP");
    Analysis a = f.analysis();
    a = a.withEvents(DependencyEventCoder.defaultCoder().process(a).events());
    String text = a.article().text();
    int b = text.indexOf("diplomats");
    CodingEvaluator ev = new CodingEvaluator(GoldFormat.SPANS, 5);
    ev.add(new GoldSentence("line 1", text, null, Map.of(), List.of(GoldActor.span("The government", 0, 14)),
        List.of(GoldActor.span("diplomats", b, b + 9))), a);
    ev.add(new GoldSentence("line 2", text, null, Map.of(), List.of(GoldActor.span("diplomats", b, b + 9)),
        List.of(GoldActor.span("The government", 0, 14))), a);
    EvalReport r = ev.report();
    assertEquals(0.5, r.score("source country").accuracy(), "the role's span is the source, not the target");
    assertEquals(0.5, r.score("source country+sector").accuracy());
    assertEquals(0.5, r.score("target country").accuracy());
    assertEquals(0.0, r.goldCoverage(), "a bare role names no party: no span is coded");
  }

  @Test
  void aSpanHoldingACountryAndABareRoleIsMatchedByThatCountrysRole() throws Exception {
    Fixture f = Fixture.published("2021-10-20")
        .sentence("Poland/NNP expelled/VBD/expel three/CD diplomats/NNS/diplomat from/IN Russia/NNP ./.")
        .deps("nsubj(expelled, Poland) obj(expelled, diplomats) nummod(diplomats, three) case(Russia, from)"
            + " nmod:from(diplomats, Russia)")
        .actor("Poland", "POL").actor("diplomats", "DIP").actor("Russia", "RUS");
    Analysis a = f.analysis();
    Actor poland = new Actor("POL", "Poland", "POL", null, ActorKind.STATE);
    Actor russianDiplomats = new Actor("RUSDIP", "diplomats", "RUS", "DIP", ActorKind.GROUP);
    Actor russia = new Actor("RUS", "Russia", "RUS", null, ActorKind.STATE);
    String text = a.article().text();
    int b = text.indexOf("three");
    int e = text.indexOf("Russia") + 6;
    GoldSentence gold = new GoldSentence("line 1", text, null, Map.of(), List.of(GoldActor.span("Poland", 0, 6)),
        List.of(GoldActor.span(text.substring(b, e), b, e)));
    CodingEvaluator ev = new CodingEvaluator(GoldFormat.SPANS, 5);
    ev.add(gold, a.withEvents(List.of(expel(poland, russianDiplomats))));
    ev.add(gold, a.withEvents(List.of(expel(poland, russia))));
    EvalReport r = ev.report();
    assertEquals(1.0, r.score("target country").accuracy());
    assertEquals(0.5, r.score("target country+sector").accuracy(),
        "the span is Russia's diplomats: RUSDIP has its role, bare RUS has none");
  }

  private static Event expel(Actor source, Actor target) {
    return new Event("160", null, "d", EventDate.UNKNOWN, Status.ASSERTED, source, target, "160", "16",
        "REDUCE", -4, 3, null, new Evidence("s", 0, 1), "expelled", List.of());
  }

  private static Event event(String code, String plover, Status status) {
    return new Event(code, null, "d", EventDate.UNKNOWN, status, new Actor("POL", "Poland", "POL", null,
        ActorKind.STATE), null, code, code.substring(0, 2), plover, 0, CameoCode.quadClassOf(code), null,
        new Evidence("s", 0, 1), "w", List.of());
  }

  @Test
  void choosingPrefersOtherEventsToStatementsAndAssertedToOtherStatuses() {
    Event said = event("010", null, Status.ASSERTED);
    Event threat = event("138", "THREATEN", Status.HYPOTHETICAL);
    Event expel = event("1663", "SANCTION", Status.ASSERTED);
    assertEquals(threat, CodingEvaluator.choose(List.of(said, threat)));
    assertEquals(expel, CodingEvaluator.choose(List.of(said, threat, expel)));
    assertEquals(said, CodingEvaluator.choose(List.of(said)));
    assertNull(CodingEvaluator.choose(List.of()));
  }

  @Test
  void choosingPrefersAnEventBetweenTwoPartiesToOneWithNoTarget() {
    Actor poland = new Actor("POL", "Poland", "POL", null, ActorKind.STATE);
    Actor russia = new Actor("RUS", "Russia", "RUS", null, ActorKind.STATE);
    Event condolences = new Event("018", null, "d", EventDate.UNKNOWN, Status.ASSERTED, poland, russia, "018", "01",
        null, 3.4, 1, null, new Evidence("s", 0, 1), "condolences", List.of());
    Event condemned = event("111", "DISAPPROVE", Status.ASSERTED);
    assertEquals(condolences, CodingEvaluator.choose(List.of(condemned, condolences)),
        "a statement to a party is shown before a condemnation of no one");
    assertEquals(condemned, CodingEvaluator.choose(List.of(condemned, event("010", null, Status.ASSERTED))));
  }

  @Test
  void fiveClassesSplitStatementsAndAppealsFromOtherVerbalCooperation() {
    assertEquals("0", EvalLevel.fiveClassOf("01"));
    assertEquals("0", EvalLevel.fiveClassOf("02"));
    assertEquals("1", EvalLevel.fiveClassOf("04"));
    assertEquals("2", EvalLevel.fiveClassOf("07"));
    assertEquals("3", EvalLevel.fiveClassOf("12"));
    assertEquals("4", EvalLevel.fiveClassOf("19"));
    assertEquals("3", EvalLevel.fiveClassOf("16"), "reducing relations is verbal conflict in the five-class data");
    assertEquals("4", EvalLevel.fiveClassOf("17"));
  }

  @Test
  void ploverNamesOfVersionHalfAreMappedToTwo() {
    assertEquals("REQUEST", PloverGoldReader.toPlover2("DEMAND"));
    assertEquals("ACCUSE", PloverGoldReader.toPlover2("DISAPPROVE"));
    assertEquals("ASSAULT", PloverGoldReader.toPlover2("FIGHT"));
    assertEquals("ACCUSE", PloverGoldReader.toPlover2("INVESTIGATE"));
    assertEquals("SANCTION", PloverGoldReader.toPlover2("sanction"));
  }
}
