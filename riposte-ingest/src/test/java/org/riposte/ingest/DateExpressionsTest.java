package org.riposte.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateExpressionsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "21 October 2021", "21 Oct 2021", "21 Oct. 2021", "21st of October, 2021", "October 21, 2021",
      "Oct. 21, 2021", "oct 21 2021", "Thursday, October 21, 2021", "Thu 21 Oct 2021", "2021-10-21",
      "2021-10-21T08:00:00Z", "2021-10-21T08:00:00.123+02:00", "October 21, 2021 at 3:15 p.m. ET",
      "21 October 2021 08:00 GMT", "21 October 2021, 08:00 UTC+2", "October 21, 2021."})
  void readsFullDates(String s) {
    assertEquals(Optional.of(LocalDate.of(2021, 10, 21)), DateExpressions.parse(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sept. 21, 2021", "21 Sept 2021", "Sep 21 2021", "21 September 2021"})
  void readsSeptemberAbbreviations(String s) {
    assertEquals(Optional.of(LocalDate.of(2021, 9, 21)), DateExpressions.parse(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Oct 18", "18 October", "October 2021", "2021", "on October 21, 2021", "October 21, 2021 talks",
      "31 September 2021", "2021-13-01", "21 Octember 2021", "", "21 October 1066"})
  void rejectsAnythingElse(String s) {
    assertEquals(Optional.empty(), DateExpressions.parse(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Oct", "Oct.", "Sept.", "september", "May"})
  void knowsMonthNames(String s) {
    assertTrue(DateExpressions.isMonthName(s));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Octopus", "Mail", "Times"})
  void knowsOtherWords(String s) {
    assertFalse(DateExpressions.isMonthName(s));
  }
}
