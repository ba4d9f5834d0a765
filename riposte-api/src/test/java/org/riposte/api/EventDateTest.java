package org.riposte.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDateTest {

  @Test
  void eachPrecisionSpansTheRightDays() {
    EventDate w = EventDate.week(LocalDate.of(2021, 10, 21));
    assertEquals("2021-W42", w.value());
    assertEquals(LocalDate.of(2021, 10, 18), w.firstDay());
    assertEquals(LocalDate.of(2021, 10, 24), w.lastDay());
    assertEquals(LocalDate.of(2024, 2, 29), EventDate.month(2024, 2).lastDay());
    assertEquals(LocalDate.of(2014, 12, 31), EventDate.year(2014).lastDay());
    assertEquals(LocalDate.of(2021, 11, 1), EventDate.day(LocalDate.of(2021, 11, 1)).firstDay());
    assertNull(EventDate.UNKNOWN.firstDay());
  }

  @Test
  void weekOfTheTurnOfTheYearUsesTheWeekBasedYear() {
    EventDate w = EventDate.week(LocalDate.of(2021, 1, 2));
    assertEquals("2020-W53", w.value());
    assertEquals(LocalDate.of(2020, 12, 28), w.firstDay());
  }
}
