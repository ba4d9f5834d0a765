package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.DatePrecision;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Status;
import org.riposte.api.Timex;

/** Event dates: the attached time expression, the clause above, the publication day, or unknown. */
class DateTest {

  private static final String RECALL_DEPS = "nsubj(recalled, Serbia) obj(recalled, ambassador)"
      + " nmod:poss(ambassador, its)";

  @Test
  void attachedTimexDatesTheEvent() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Serbia/NNP recalled/VBD/recall its/PRP$ ambassador/NN from/IN Montenegro/NNP on/IN Monday/NNP ./.")
        .deps(RECALL_DEPS + " obl:from(recalled, Montenegro) case(Montenegro, from) obl:on(recalled, Monday)"
            + " case(Monday, on)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").timex("Monday", "2021-10-18")
        .events();
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 18)), only(events, "161").date());
  }

  @Test
  void withoutTimexAReportOfTheDayTakesThePublicationDate() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Serbia/NNP recalled/VBD/recall its/PRP$ ambassador/NN from/IN Montenegro/NNP ./.")
        .deps(RECALL_DEPS + " obl:from(recalled, Montenegro) case(Montenegro, from)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE")
        .events();
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 20)), only(events, "161").date());
  }

  @Test
  void backgroundInThePastPerfectStaysUnknown() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Serbia/NNP had/VBD/have recalled/VBN/recall its/PRP$ ambassador/NN from/IN Montenegro/NNP ./.")
        .deps(RECALL_DEPS + " aux(recalled, had) obl:from(recalled, Montenegro) case(Montenegro, from)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE")
        .events();
    assertEquals(EventDate.UNKNOWN, only(events, "161").date());
  }

  @Test
  void aReportedActTakesTheReportingVerbsDate() throws Exception {
    List<Event> events = Fixture.published("2021-10-21")
        .sentence("This/DT week/NN ,/, Serbia/NNP said/VBD/say it/PRP recalled/VBD/recall its/PRP$ ambassador/NN"
            + " from/IN Montenegro/NNP ./.")
        .deps("obl:tmod(said, week) det(week, This) nsubj(said, Serbia) ccomp(said, recalled) nsubj(recalled, it)"
            + " obj(recalled, ambassador) nmod:poss(ambassador, its) obl:from(recalled, Montenegro)"
            + " case(Montenegro, from)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").timex("This week", "2021-W42")
        .events();
    Event e = only(events, "161");
    assertEquals(new EventDate("2021-W42", DatePrecision.WEEK), e.date());
  }

  @Test
  void aFutureDateMakesThePlan() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Serbia/NNP recalls/VBZ/recall its/PRP$ ambassador/NN from/IN Montenegro/NNP from/IN November/NNP"
            + " 1/CD ./.")
        .deps("nsubj(recalls, Serbia) obj(recalls, ambassador) nmod:poss(ambassador, its)"
            + " obl:from(recalls, Montenegro) case(Montenegro, from-4) obl:from(recalls, November)"
            + " case(November, from-6) nummod(November, 1)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").timex("November 1", "2021-11-01")
        .events();
    Event e = only(events, "161");
    assertEquals(EventDate.day(LocalDate.of(2021, 11, 1)), e.date());
    assertEquals(Status.PLANNED, e.status());
  }

  @Test
  void theYearWrittenInANominalEvent() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Georgia/NNP condemned/VBD/condemn the/DT 2008/CD invasion/NN of/IN Abkhazia/NNP by/IN Russia/NNP"
            + " ./.")
        .deps("nsubj(condemned, Georgia) obj(condemned, invasion) det(invasion, the) nummod(invasion, 2008)"
            + " nmod:of(invasion, Abkhazia) case(Abkhazia, of) nmod:by(invasion, Russia) case(Russia, by)")
        .actor("Georgia", "GEO").actor("Abkhazia", "GEO").actor("Russia", "RUS").timex("2008", "2008")
        .events();
    assertEquals(EventDate.year(2008), only(events, "192").date());
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 20)), only(events, "111").date());
  }

  @Test
  void convertsTimexValuesAtTheirPrecision() {
    DateResolver d = new DateResolver(LocalDate.of(2021, 10, 21));
    assertEquals(new EventDate("2021-W42", DatePrecision.WEEK), d.convert(timex("this week", "2021-W42")));
    assertEquals(EventDate.month(2021, 10), d.convert(timex("the beginning of October", "2021-10")));
    assertEquals(EventDate.year(2014), d.convert(timex("since 2014", "2014")));
    assertEquals(EventDate.year(2014), d.convert(timex("seven years ago", "2014-10-21")));
    assertEquals(EventDate.year(2021), d.convert(timex("Earlier this year", "2021")));
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 7)), d.convert(timex("October 7", "XXXX-10-07")));
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 21)), d.convert(timex("now", "PRESENT_REF")));
    assertEquals(EventDate.UNKNOWN, d.convert(timex("previously", "PAST_REF")));
    assertEquals(EventDate.UNKNOWN, d.convert(timex("the 1990s", "199X")));
    assertEquals(EventDate.UNKNOWN, d.convert(timex("October 7, the day", null)));
  }

  @Test
  void withoutPublicationDateRelativeExpressionsStayUnknown() {
    DateResolver d = new DateResolver(null);
    assertEquals(EventDate.UNKNOWN, d.convert(timex("this week", "2021-W42")));
    assertEquals(EventDate.UNKNOWN, d.convert(timex("October 7", "XXXX-10-07")));
    assertEquals(EventDate.year(2014), d.convert(timex("in 2014", "2014")));
    assertEquals(EventDate.day(LocalDate.of(2021, 11, 1)), d.convert(timex("November 1, 2021", "2021-11-01")));
  }

  @Test
  void withoutPublicationDateAnUndatedEventIsUnknown() throws Exception {
    List<Event> events = Fixture.published(null)
        .sentence("Serbia/NNP recalled/VBD/recall its/PRP$ ambassador/NN from/IN Montenegro/NNP ./.")
        .deps(RECALL_DEPS + " obl:from(recalled, Montenegro) case(Montenegro, from)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE")
        .events();
    assertEquals(EventDate.UNKNOWN, only(events, "161").date());
  }

  private static Timex timex(String text, String value) {
    return new Timex(0, 1, text, "DATE", value);
  }
}
