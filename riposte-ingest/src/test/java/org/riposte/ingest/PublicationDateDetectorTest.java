package org.riposte.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateDetectorTest {

  private static final PublicationDateDetector DETECTOR = new PublicationDateDetector();
  private static final Optional<LocalDate> OCT_18 = Optional.of(LocalDate.of(2021, 10, 18));
  private static final Optional<LocalDate> OCT_21 = Optional.of(LocalDate.of(2021, 10, 21));

  private static final String BODY = """
      Ministers from both countries met behind closed doors for three hours.
      A joint statement is expected on October 25, 2021, officials said.
      The opposition called the meeting "a photo opportunity".
      """;

  @Test
  void closingLineMonthDayYear() {
    assertEquals(OCT_21, DETECTOR.detect(BODY + "\nThe Globe and Mail, October 21, 2021\n"));
  }

  @Test
  void closingLineWithDashDayMonthYear() {
    assertEquals(OCT_21, DETECTOR.detect(BODY + "\n— The Example Times, 21 October 2021\n"));
  }

  @Test
  void closingLineMayBeFollowedByACreditLine() {
    assertEquals(OCT_21, DETECTOR.detect(BODY + "\nThe Northern Ledger, Oct. 21, 2021\n(Reporting by A. Writer)\n"));
  }

  @Test
  void datelineWithSourceAndDateAfterIt() {
    assertEquals(OCT_18, DETECTOR.detect("BRUSSELS (AP) — October 18, 2021 — " + BODY));
  }

  @Test
  void datelineWithDateBeforeTheSource() {
    assertEquals(OCT_18, DETECTOR.detect("VESTRA, 18 Oct 2021 (Reuters) - " + BODY));
  }

  @Test
  void datelineWithoutSource() {
    assertEquals(Optional.of(LocalDate.of(2021, 9, 18)), DETECTOR.detect("OSLO, Sept. 18, 2021 — " + BODY));
  }

  @Test
  void datelineAfterAHeadline() {
    assertEquals(OCT_18, DETECTOR.detect("Envoy recalled\n\nBRUSSELS (AP) — October 18, 2021 —\n" + BODY));
  }

  @Test
  void datelineWithoutAYearGivesNoDate() {
    assertEquals(Optional.empty(), DETECTOR.detect("MOSCOW, Oct 18 (Reuters) - " + BODY));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Published: 18 October 2021",
      "Published on October 18, 2021 at 08:15 GMT",
      "Posted 2021-10-18",
      "Date: 18th October 2021",
      "Monday, October 18, 2021",
      "Mon 18 Oct. 2021 09:30",
      "2021-10-18",
      "2021-10-18T08:00:00Z",
      "October 18th, 2021"})
  void dateLineAtTheStart(String line) {
    assertEquals(OCT_18, DETECTOR.detect("Talks stall in Vestra\n" + line + "\n\n" + BODY), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Published: 18 October 2021", "Updated 2021-10-18", "18 Oct 2021"})
  void dateLineAtTheEnd(String line) {
    assertEquals(OCT_18, DETECTOR.detect(BODY + "\n" + line + "\n"), line);
  }

  @Test
  void publishedBeatsUpdated() {
    String text = "Updated 2021-10-21\nPublished: 18 October 2021\n\n" + BODY;
    assertEquals(OCT_18, DETECTOR.detect(text));
  }

  @Test
  void updatedAloneIsUsed() {
    assertEquals(OCT_21, DETECTOR.detect("Last updated: Oct 21, 2021\n" + BODY));
  }

  @Test
  void dateInsideASentenceIsNotThePublicationDate() {
    assertEquals(Optional.empty(), DETECTOR.detect(BODY));
  }

  @Test
  void dateLineDeepInTheTextIsIgnored() {
    String text = "One.\nTwo.\nThree.\nFour.\n18 October 2021\nFive.\nSix.\nSeven.\nEight.\n";
    assertEquals(Optional.empty(), DETECTOR.detect(text));
  }

  @Test
  void impossibleDateGivesNothing() {
    assertEquals(Optional.empty(), DETECTOR.detect("Published: 31 September 2021\n" + BODY));
  }

  @Test
  void sentenceEndingInADateIsNotAClosingLine() {
    assertEquals(Optional.empty(), DETECTOR.detect(BODY + "\nThe vote was held on Thursday, October 21, 2021\n"));
  }

  @Test
  void emptyTextGivesNothing() {
    assertEquals(Optional.empty(), DETECTOR.detect(""));
  }
}
