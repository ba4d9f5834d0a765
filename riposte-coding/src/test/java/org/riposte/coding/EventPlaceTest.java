package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** Where an act happens, when the parser hangs the place away from the predicate, gives the act's target. */
class EventPlaceTest {

  @Test
  void aPlaceOnTheClauseOfTheObjectIsWhereTheActHappens() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP shortened/VBD/shorten the/DT curfew/NN imposed/VBN/impose in/IN Bolivia/NNP ./.")
        .deps("nsubj(shortened, Chile) obj(shortened, curfew) det(curfew, the) acl(curfew, imposed)"
            + " obl:in(imposed, Bolivia) case(Bolivia, in)")
        .actor("Chile", "CHL").actor("Bolivia", "BOL")
        .events();
    assertEquals("BOL", only(events, "0813").target().code(), Events.describe(events));
  }

  @Test
  void aPlaceTheParserHungOnTheDayIsWhereTheActHappens() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ students/NNS/student demonstrated/VBD/demonstrate on/IN Monday/NNP in/IN Bolivia/NNP ./.")
        .deps("nsubj(demonstrated, students) amod(students, Chilean) obl:on(demonstrated, Monday) case(Monday, on)"
            + " nmod:in(Monday, Bolivia) case(Bolivia, in)")
        .actor("Chilean students", "CHLEDU").actor("Bolivia", "BOL").timex("Monday", "2021-05-31")
        .events();
    assertEquals("BOL", only(events, "141").target().code(), Events.describe(events));
  }

  @Test
  void aDayAloneIsNoPlace() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ students/NNS/student demonstrated/VBD/demonstrate on/IN Monday/NNP ./.")
        .deps("nsubj(demonstrated, students) amod(students, Chilean) obl:on(demonstrated, Monday) case(Monday, on)")
        .actor("Chilean students", "CHLEDU").timex("Monday", "2021-05-31")
        .events();
    // not the day: the students' own government, which a protest that names no target is aimed at
    assertEquals("CHLGOV", only(events, "141").target().code(), Events.describe(events));
  }

  @Test
  void aTownAnAttackIsAimedAtStandsForItsPeople() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chilean/JJ rebels/NNS/rebel shelled/VBD/shell Arica/NNP ./.")
        .deps("nsubj(shelled, rebels) amod(rebels, Chilean) obj(shelled, Arica)")
        .actor("Chilean rebels", "CHLREB").place("Arica", "CHLGOV")
        .events();
    assertEquals("CHLCVL", only(events, "194").target().code(), Events.describe(events));
  }

  @Test
  void aCurfewInATownIsImposedOnItsPeople() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP imposed/VBD/impose a/DT curfew/NN in/IN Arica/NNP ./.")
        .deps("nsubj(imposed, Chile) obj(imposed, curfew) det(curfew, a) obl:in(imposed, Arica) case(Arica, in)")
        .actor("Chile", "CHL").place("Arica", "CHLGOV")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("17")).findFirst().orElseThrow();
    assertEquals("CHLCVL", e.target().code(), Events.describe(events));
  }

  @Test
  void aCountryNamedAsSuchStaysTheCountry() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peru/NNP imposed/VBD/impose a/DT curfew/NN in/IN Bolivia/NNP ./.")
        .deps("nsubj(imposed, Peru) obj(imposed, curfew) det(curfew, a) obl:in(imposed, Bolivia) case(Bolivia, in)")
        .actor("Peru", "PER").actor("Bolivia", "BOL")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("17")).findFirst().orElseThrow();
    assertEquals("BOL", e.target().code(), Events.describe(events));
  }

  @Test
  void aCapitalTalkedToIsItsGovernmentNotItsPeople() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Peru/NNP cut/VBD/cut ties/NNS/tie with/IN Santiago/NNP ./.")
        .deps("nsubj(cut, Peru) obj(cut, ties) obl:with(cut, Santiago) case(Santiago, with)")
        .actor("Peru", "PER").place("Santiago", "CHLGOV")
        .events();
    assertEquals("CHLGOV", events.stream().filter(x -> x.root().equals("16")).findFirst().orElseThrow().target().code(),
        Events.describe(events));
  }

  @Test
  void aThreatenedCurfewInATownIsAimedAtItsPeopleAndSitsItsThreatener() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("President/NNP Ruiz/NNP threatened/VBD/threaten to/TO impose/VB/impose a/DT curfew/NN in/IN"
            + " Arica/NNP ./.")
        .deps("compound(Ruiz, President) nsubj(threatened, Ruiz) xcomp(threatened, impose) mark(impose, to)"
            + " obj(impose, curfew) det(curfew, a) nmod:in(curfew, Arica) case(Arica, in)")
        .person("President Ruiz", "GOV").place("Arica", "CHLGOV")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("13")).findFirst().orElseThrow();
    assertEquals("CHLCVL", e.target().code(), Events.describe(events));
    assertEquals("CHLGOV", e.source().code(), Events.describe(events));
  }

  @Test
  void anOrganisationsOperationsInACountryServeThatCountry() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP sent/VBD/send aid/NN to/IN United/NNP Nations/NNPS peacekeeping/NN"
            + " operations/NNS/operation in/IN Bolivia/NNP ./.")
        .deps("nsubj(sent, Chile) obj(sent, aid) obl:to(sent, operations) case(operations, to)"
            + " compound(operations, Nations) compound(Nations, United) compound(operations, peacekeeping)"
            + " nmod:in(operations, Bolivia) case(Bolivia, in)")
        .actor("Chile", "CHL").actor("United Nations", "IGOUNO").actor("Bolivia", "BOL")
        .events();
    Event e = events.stream().filter(x -> x.root().equals("07")).findFirst().orElseThrow();
    assertEquals("BOL", e.target().code(), Events.describe(events));
  }
}
