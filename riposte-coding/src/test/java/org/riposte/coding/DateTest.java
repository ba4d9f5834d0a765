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
  void theTimeOfTheActAnsweredDoesNotDateTheAnswer() throws Exception {
    List<Event> events = Fixture.published("2021-10-22")
        .sentence("Serbia/NNP recalled/VBD/recall its/PRP$ ambassador/NN ,/, in/IN retaliation/NN for/IN"
            + " Montenegro/NNP 's/POS expulsion/NN of/IN Serbian/JJ/serbian diplomats/NNS/diplomat"
            + " earlier/RBR/early this/DT week/NN ./.")
        .deps(RECALL_DEPS + " obl:in(recalled, retaliation) case(retaliation, in) nmod:for(retaliation, expulsion)"
            + " case(expulsion, for) nmod:poss(expulsion, Montenegro) case(Montenegro, 's)"
            + " nmod:of(expulsion, diplomats) case(diplomats, of) amod(diplomats, Serbian)"
            + " obl:tmod(retaliation, week) advmod(week, earlier) det(week, this)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").actor("Serbian diplomats", "SRBDIP")
        .timex("earlier this week", "2021-W42")
        .events();
    // the recall is a report of the day; "earlier this week" is when the expulsion it answers happened
    Event recall = events.stream().filter(e -> e.trigger().equals("recalled")).findFirst().orElseThrow();
    Event expulsion = events.stream().filter(e -> e.trigger().equals("expulsion")).findFirst().orElseThrow();
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 22)), recall.date());
    assertEquals("2021-W42", expulsion.date().value());
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

  private static final String RECALL_SENTENCE =
      "Serbia/NNP recalled/VBD/recall its/PRP$ ambassador/NN from/IN Montenegro/NNP that/DT year/NN ./.";
  private static final String RECALL_THAT_YEAR = RECALL_DEPS
      + " obl:from(recalled, Montenegro) case(Montenegro, from) obl:tmod(recalled, year) det(year, that)";

  /** A first sentence that states a date: "Croatia sanctioned two Serbian officials in 2014." */
  private static Fixture afterAnExpulsionIn(String published, String when, String value) {
    String[] words = when.split(" ");
    StringBuilder tokens = new StringBuilder();
    StringBuilder deps = new StringBuilder("nsubj(sanctioned, Croatia) obj(sanctioned, officials)"
        + " nummod(officials, two) amod(officials, Serbian)");
    for (int i = 0; i < words.length; i++) {
      tokens.append(' ').append(words[i]).append(i == 0 ? "/IN" : i == words.length - 1 ? "/CD" : "/NNP");
    }
    deps.append(" obl:").append(words[0]).append("(sanctioned, ").append(words[words.length - 1]).append(")")
        .append(" case(").append(words[words.length - 1]).append(", ").append(words[0]).append(")");
    return Fixture.published(published)
        .sentence("Croatia/NNP sanctioned/VBD/sanction two/CD Serbian/JJ officials/NNS/official" + tokens + " ./.")
        .deps(deps.toString())
        .actor("Croatia", "HRV").actor("Serbian officials", "SRBGOV")
        .timex(when.substring(when.indexOf(' ') + 1), value);
  }

  @Test
  void thatYearIsTheYearTheArticleLastStated() throws Exception {
    List<Event> events = afterAnExpulsionIn("2021-10-20", "in 2014", "2014")
        .sentence(RECALL_SENTENCE).deps(RECALL_THAT_YEAR)
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").timex("year", "DURATION", "P1Y")
        .events();
    assertEquals(EventDate.year(2014), only(events, "163").date());
    assertEquals(EventDate.year(2014), only(events, "161").date(), "not the publication day");
  }

  @Test
  void thatYearWithoutAStatedDateIsUnknownNotThePublicationDay() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence(RECALL_SENTENCE).deps(RECALL_THAT_YEAR)
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").timex("year", "DURATION", "P1Y")
        .events();
    assertEquals(EventDate.UNKNOWN, only(events, "161").date());
  }

  @Test
  void theFollowingYearCountsFromTheStatedDateNotFromPublication() throws Exception {
    List<Event> events = afterAnExpulsionIn("2021-10-20", "in 2014", "2014")
        .sentence("The/DT following/JJ year/NN ,/, Serbia/NNP recalled/VBD/recall its/PRP$ ambassador/NN from/IN"
            + " Montenegro/NNP ./.")
        .deps(RECALL_DEPS + " obl:from(recalled, Montenegro) case(Montenegro, from) obl:tmod(recalled, year)"
            + " det(year, The) amod(year, following)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").timex("The following year", "2022")
        .events();
    assertEquals(EventDate.year(2015), only(events, "161").date());
    assertEquals(Status.ASSERTED, only(events, "161").status(), "2022 would have made it a plan");
  }

  @Test
  void daysLaterCountFromAStatedDayAndKeepTheDay() throws Exception {
    List<Event> events = afterAnExpulsionIn("2021-10-20", "on October 6", "2021-10-06")
        .sentence("Two/CD days/NNS/day later/RB ,/, Serbia/NNP recalled/VBD/recall its/PRP$ ambassador/NN from/IN"
            + " Montenegro/NNP ./.")
        .deps(RECALL_DEPS + " obl:from(recalled, Montenegro) case(Montenegro, from) advmod(recalled, later)"
            + " obl:npmod(later, days) nummod(days, Two)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").timex("Two days later", "2021-10-22")
        .events();
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 6)), only(events, "163").date());
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 8)), only(events, "161").date());
  }

  @Test
  void anAnaphoricDateIsNeverFinerThanItsReference() throws Exception {
    List<Event> events = afterAnExpulsionIn("2021-10-20", "in 2018", "2018")
        .sentence("The/DT same/JJ day/NN ,/, Serbia/NNP recalled/VBD/recall its/PRP$ ambassador/NN from/IN"
            + " Montenegro/NNP ./.")
        .deps(RECALL_DEPS + " obl:from(recalled, Montenegro) case(Montenegro, from) obl:tmod(recalled, day)"
            + " det(day, The) amod(day, same)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").timex("The same day", "2021-10-20")
        .events();
    assertEquals(EventDate.year(2018), only(events, "161").date());
  }

  private static final String RECALL_MONTENEGRO =
      RECALL_DEPS + " obl:from(recalled, Montenegro) case(Montenegro, from)";

  @Test
  void theSameDayOfAPastActIsNoPlannedDayAfterPublication() throws Exception {
    List<Event> events = afterAnExpulsionIn("2021-10-20", "on Monday", "2021-10-18")
        .sentence("Their/PRP$ ministers/NNS will/MD meet/VB/meet in/IN Vienna/NNP on/IN Friday/NNP ./.")
        .deps("nsubj(meet, ministers) nmod:poss(ministers, Their) aux(meet, will) obl:in(meet, Vienna)"
            + " case(Vienna, in) obl:on(meet, Friday) case(Friday, on-6)")
        .timex("Friday", "2021-10-22")
        .sentence("The/DT same/JJ day/NN ,/, Serbia/NNP recalled/VBD/recall its/PRP$ ambassador/NN from/IN"
            + " Montenegro/NNP ./.")
        .deps(RECALL_MONTENEGRO + " obl:tmod(recalled, day) det(day, The) amod(day, same)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").timex("The same day", "2021-10-20")
        .events();
    // Friday is still to come in this Wednesday paper: the recall, told in the past, happened on the Monday
    Event recall = only(events, "161");
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 18)), recall.date());
    assertEquals(Status.ASSERTED, recall.status());
  }

  @Test
  void theSameDayLooksPastACoarserDateForTheLastStatedDay() throws Exception {
    List<Event> events = afterAnExpulsionIn("2021-10-20", "on October 6", "2021-10-06")
        .sentence("Both/DT had/VBD/have signed/VBN/sign the/DT accord/NN in/IN 2018/CD ./.")
        .deps("nsubj(signed, Both) aux(signed, had) obj(signed, accord) det(accord, the) obl:in(signed, 2018)"
            + " case(2018, in)")
        .timex("2018", "2018")
        .sentence("The/DT same/JJ day/NN ,/, Serbia/NNP recalled/VBD/recall its/PRP$ ambassador/NN from/IN"
            + " Montenegro/NNP ./.")
        .deps(RECALL_MONTENEGRO + " obl:tmod(recalled, day) det(day, The) amod(day, same)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").timex("The same day", "2021-10-20")
        .events();
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 6)), only(events, "161").date());
  }

  /**
   * "Serbia recalled its ambassador from Montenegro on Friday" with the verb group ({@code will/MD recall/VB}), the
   * verb's further arcs ({@code V} for the verb) and the date given.
   */
  private static List<Event> recall(String published, String verbGroup, String verbDeps, String when, String value)
      throws Exception {
    String[] w = when.split(" ");
    String last = verbGroup.substring(verbGroup.lastIndexOf(' ') + 1);
    String verb = last.substring(0, last.indexOf('/'));
    return Fixture.published(published)
        .sentence("Serbia/NNP " + verbGroup + " its/PRP$ ambassador/NN from/IN Montenegro/NNP " + w[0] + "/IN " + w[1]
            + "/NNP ./.")
        .deps(("nsubj(V, Serbia) obj(V, ambassador) nmod:poss(ambassador, its) obl:from(V, Montenegro)"
            + " case(Montenegro, from) obl:" + w[0] + "(V, " + w[1] + ") case(" + w[1] + ", " + w[0] + ")"
            + verbDeps).replace("V,", verb + ","))
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").timex(w[1], value)
        .events();
  }

  @Test
  void aBareWeekdayOrMonthTakesItsDirectionFromTheTense() throws Exception {
    // SUTime gives the closest such day or month around the publication day (Wednesday 20 October 2021)
    Event pastFriday = only(recall("2021-10-20", "recall/VBD", "", "on Friday", "2021-10-22"), "161");
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 15)), pastFriday.date());
    assertEquals(Status.ASSERTED, pastFriday.status());
    Event nextMonday = only(recall("2021-10-20", "will/MD recall/VB", " aux(V, will)", "on Monday",
        "2021-10-18"), "161");
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 25)), nextMonday.date());
    assertEquals(Status.PLANNED, nextMonday.status());
    Event lastNovember = only(recall("2021-10-20", "recall/VBD", "", "in November", "2021-11"), "161");
    assertEquals(EventDate.month(2020, 11), lastNovember.date());
    assertEquals(Status.ASSERTED, lastNovember.status());
    Event nextSeptember = only(recall("2021-10-20", "will/MD recall/VB", " aux(V, will)", "in September",
        "2021-09"), "161");
    assertEquals(EventDate.month(2022, 9), nextSeptember.date());
    // a present report keeps SUTime's day, and so does a weekday already on the side the tense points to
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 22)),
        only(recall("2021-10-20", "recalls/VBZ/recall", "", "on Friday", "2021-10-22"), "161").date());
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 18)),
        only(recall("2021-10-20", "recall/VBD", "", "on Monday", "2021-10-18"), "161").date());
  }

  @Test
  void theVerbAWeekdayAttachesToTellsItsDirection() throws Exception {
    // Monday paper: "said on Friday that it would recall…" is last Friday's saying, though the recall is to come
    List<Event> events = Fixture.published("2021-10-25")
        .sentence("Serbia/NNP said/VBD/say on/IN Friday/NNP it/PRP would/MD recall/VB its/PRP$ ambassador/NN"
            + " from/IN Montenegro/NNP ./.")
        .deps("nsubj(said, Serbia) obl:on(said, Friday) case(Friday, on) ccomp(said, recall) nsubj(recall, it)"
            + " aux(recall, would) obj(recall, ambassador) nmod:poss(ambassador, its)"
            + " obl:from(recall, Montenegro) case(Montenegro, from)")
        .actor("Serbia", "SRB").actor("Montenegro", "MNE").timex("Friday", "2021-10-22")
        .events();
    // the recall it would make is a threat (1313), made that Friday
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 22)), only(events, "1313").date());
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
