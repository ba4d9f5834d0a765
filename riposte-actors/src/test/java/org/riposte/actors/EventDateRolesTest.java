package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Evidence;
import org.riposte.api.Status;

/** People re-coded at an event's own date, which may lie years before the article's. */
class EventDateRolesTest {

  private static ActorDictionary dict;

  @BeforeAll
  static void load() throws Exception {
    dict = ActorDictionary.of("people.tsv", String.join("\n",
        "PERSON\tUSA\tJohn Harlan|Harlan\tUSAMIL 1990..2008-03-31 General; USAGOV 2008-04-15..2012-01-20 Secretary of"
            + " Defense",
        "COUNTRY\tRUS\tRussia"));
  }

  private static Actor harlanIn2021() {
    return dict.lookup("John Harlan", LocalDate.of(2021, 10, 1)).orElseThrow();
  }

  private static Event event(EventDate date, Actor source, Actor target) {
    return new Event("e1", null, "doc", date, Status.ASSERTED, source, target, "040", "04", "CONSULT", 1.0, 1, null,
        new Evidence("…", 0, 1), "met", List.of());
  }

  @Test
  void aPersonTakesTheRoleOfTheEventsDay() {
    assertEquals("USAELI", harlanIn2021().code(), "out of office at the article's date");
    Actor then = dict.atDate(harlanIn2021(), LocalDate.of(2005, 3, 1), LocalDate.of(2005, 3, 1));
    assertEquals("USAMIL", then.code());
    assertEquals("John Harlan", then.name());
  }

  @Test
  void overAYearTheRoleHeldLongest() {
    assertEquals("USAGOV", dict.atDate(harlanIn2021(), LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31)).code(),
        "general until March, secretary from mid-April: more days as secretary");
    assertEquals("USAMIL", dict.atDate(harlanIn2021(), LocalDate.of(2008, 1, 1), LocalDate.of(2008, 1, 31)).code());
    assertEquals("USAELI", dict.atDate(harlanIn2021(), LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)).code());
  }

  @Test
  void othersAndUnknownDatesAreLeftAlone() {
    Actor russia = dict.lookup("Russia", null).orElseThrow();
    assertSame(russia, dict.atDate(russia, LocalDate.of(2005, 1, 1), LocalDate.of(2005, 1, 1)));
    Actor stranger = new Actor("USAGOV", "Jane Doe", "USA", "GOV", ActorKind.PERSON);
    assertSame(stranger, dict.atDate(stranger, LocalDate.of(2005, 1, 1), LocalDate.of(2005, 1, 1)));
    Event undated = event(EventDate.UNKNOWN, harlanIn2021(), russia);
    assertSame(undated, dict.atEventDates(List.of(undated)).get(0));
  }

  @Test
  void eventsGetTheirPeopleAtTheirDates() {
    Actor russia = dict.lookup("Russia", null).orElseThrow();
    Event e = event(EventDate.year(2010), russia, harlanIn2021());
    Event dated = dict.atEventDates(List.of(e)).get(0);
    assertEquals("USAGOV", dated.target().code());
    assertSame(russia, dated.source());
    assertEquals(e.id(), dated.id());
  }
}
