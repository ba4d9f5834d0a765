package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Status;

/**
 * A conflictual act its actor puts in the future is a threat of that act (13x, asserted); one decided on, agreed, or
 * scheduled for a day to come is the act itself, planned.
 */
class AnnouncedThreatTest {

  private static List<Event> sanctions(String verbGroup, String verbDeps, String tail, String tailDeps,
                                       String timexWords, String timexValue) throws Exception {
    Fixture f = Fixture.published("2022-03-02")
        .sentence("Austria/NNP " + verbGroup + " sanctions/NNS/sanction on/IN Hungary/NNP" + tail + " ./.")
        .deps(verbDeps + " obj(impose, sanctions) obl:on(impose, Hungary) case(Hungary, on)" + tailDeps)
        .actor("Austria", "AUT").actor("Hungary", "HUN");
    return (timexWords == null ? f : f.timex(timexWords, timexValue)).events();
  }

  @Test
  void sanctionsItWillImposeAreAThreatOfSanctions() throws Exception {
    List<Event> events = sanctions("will/MD impose/VB", "nsubj(impose, Austria) aux(impose, will)", "", "",
        null, null);
    Event e = only(events, "1312");
    assertEquals(Status.ASSERTED, e.status(), "the threat was made");
    assertDyad(e, "AUT", "HUN");
  }

  @Test
  void sanctionsItPlansToImposeAreAThreatOfSanctions() throws Exception {
    List<Event> events = sanctions("plans/VBZ/plan to/TO impose/VB",
        "nsubj(plans, Austria) xcomp(plans, impose) mark(impose, to) nsubj:xsubj(impose, Austria)", "", "",
        null, null);
    assertEquals(Status.ASSERTED, only(events, "1312").status());
  }

  @Test
  void sanctionsItDecidedToImposeAreTheSanctionsPlanned() throws Exception {
    List<Event> events = sanctions("decided/VBD/decide to/TO impose/VB",
        "nsubj(decided, Austria) xcomp(decided, impose) mark(impose, to) nsubj:xsubj(impose, Austria)", "", "",
        null, null);
    assertEquals(Status.PLANNED, only(events, "163").status());
  }

  @Test
  void sanctionsItAgreedToImposeAreTheSanctionsPlanned() throws Exception {
    List<Event> events = sanctions("agreed/VBD/agree to/TO impose/VB",
        "nsubj(agreed, Austria) xcomp(agreed, impose) mark(impose, to) nsubj:xsubj(impose, Austria)", "", "",
        null, null);
    assertEquals(Status.PLANNED, only(events, "163").status());
  }

  @Test
  void sanctionsScheduledForADayToComeAreAPlanNotAThreat() throws Exception {
    List<Event> events = sanctions("will/MD impose/VB", "nsubj(impose, Austria) aux(impose, will)",
        " on/IN Friday/NNP", " obl:on(impose, Friday) case(Friday, on)", "Friday", "2022-03-04");
    Event e = only(events, "163");
    assertEquals(Status.PLANNED, e.status());
    assertEquals(EventDate.day(LocalDate.of(2022, 3, 4)), e.date());
  }

  @Test
  void aBoycottItSaysItWillStageIsAThreatOfProtest() throws Exception {
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Slovak/JJ unions/NNS/union said/VBD/say they/PRP would/MD boycott/VB the/DT Hungarian/JJ"
            + " embassy/NN ./.")
        .deps("amod(unions, Slovak) nsubj(said, unions) ccomp(said, boycott) nsubj(boycott, they)"
            + " aux(boycott, would) obj(boycott, embassy) det(embassy, the) amod(embassy, Hungarian)")
        .actor("Slovak unions", "SVKLAB").actor("Hungarian embassy", "HUNGOV")
        .events();
    Event e = only(events, "133");
    assertEquals(Status.ASSERTED, e.status());
    assertDyad(e, "SVKLAB", "HUNGOV");
  }
  @Test
  void sanctionsScheduledForADayOfTheirOwnInUndatedTextAreAPlan() throws Exception {
    List<Event> events = Fixture.published(null)
        .sentence("From/IN March/NNP 4/CD ,/, Austria/NNP will/MD impose/VB sanctions/NNS/sanction on/IN Hungary/NNP ./.")
        .deps("obl:from(impose, March) case(March, From) nummod(March, 4) nsubj(impose, Austria) aux(impose, will)"
            + " obj(impose, sanctions) obl:on(impose, Hungary) case(Hungary, on)")
        .actor("Austria", "AUT").actor("Hungary", "HUN")
        .timex("March 4", "2022-03-04")
        .events();
    Event e = only(events, "163");
    assertEquals(Status.PLANNED, e.status());
    assertDyad(e, "AUT", "HUN");
  }

  @Test
  void sanctionsItAnnouncesToImposeAreTheSanctionsPlanned() throws Exception {
    List<Event> events = sanctions("announces/VBZ/announce to/TO impose/VB",
        "nsubj(announces, Austria) xcomp(announces, impose) mark(impose, to) nsubj:xsubj(impose, Austria)", "", "",
        null, null);
    assertEquals(Status.PLANNED, only(events, "163").status());
    List<Event> reported = sanctions("announced/VBD/announce it/PRP would/MD impose/VB",
        "nsubj(announced, Austria) ccomp(announced, impose) nsubj(impose, it) aux(impose, would)", "", "",
        null, null);
    assertEquals(Status.ASSERTED, only(reported, "1312").status(), "a reported future stays a threat");
  }}
