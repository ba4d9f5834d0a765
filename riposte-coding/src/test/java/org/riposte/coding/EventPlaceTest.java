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
    assertEquals(null, only(events, "141").target(), Events.describe(events));
  }
}
