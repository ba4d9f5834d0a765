package org.riposte.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Evidence;
import org.riposte.api.Status;

class DyadSummarizerTest {

  private static final Actor RUS_GOV = new Actor("RUSGOV", "Russia", "RUS", "GOV", ActorKind.STATE);
  private static final Actor RUS_DIP = new Actor("RUSDIP", "Russian diplomats", "RUS", "DIP", ActorKind.GROUP);
  private static final Actor NATO = new Actor("IGOWSTNAT", "NATO", null, null, ActorKind.ORGANISATION);
  private static final Actor UKR = new Actor("UKR", "Ukraine", "UKR", null, ActorKind.STATE);

  private static Event ev(Actor s, Actor t, int quad, double gold, EventDate d, Status st) {
    return new Event("e" + gold + quad + d, null, "doc", d, st, s, t, "161", "16", "SANCTION", gold, quad, null,
        new Evidence("x", 0, 1), "cut", List.of());
  }

  @Test
  void pairsAreUnorderedAndCountedAtPartyLevel() {
    List<DyadSummary> out = new DyadSummarizer().summarise(List.of(
        ev(NATO, RUS_DIP, 4, -4, EventDate.day(LocalDate.of(2021, 10, 6)), Status.ASSERTED),
        ev(RUS_GOV, NATO, 4, -4, EventDate.day(LocalDate.of(2021, 11, 1)), Status.PLANNED),
        ev(RUS_GOV, NATO, 3, -2, EventDate.year(2018), Status.ASSERTED),
        ev(RUS_GOV, UKR, 4, -9, EventDate.year(2014), Status.ASSERTED)));
    assertEquals(2, out.size());
    DyadSummary top = out.get(0);
    assertEquals(Dyad.of("RUS", "IGOWSTNAT"), top.dyad());
    assertEquals("IGOWSTNAT", top.dyad().a());
    assertEquals(3, top.events());
    assertEquals(1, top.aToB());
    assertEquals(2, top.bToA());
    assertArrayEquals(new int[] {0, 0, 1, 2}, top.quadCounts());
    assertEquals(-10.0, top.goldsteinSum());
    assertEquals("2018", top.firstDate());
    assertEquals("2021-11-01", top.lastDate());
    assertEquals(1.0, top.conflictShare());
  }

  @Test
  void negatedHypotheticalUncodedAndSelfPairsAreLeftOut() {
    List<DyadSummary> out = new DyadSummarizer().summarise(List.of(
        ev(NATO, RUS_DIP, 4, -4, EventDate.UNKNOWN, Status.NEGATED),
        ev(NATO, RUS_DIP, 4, -4, EventDate.UNKNOWN, Status.HYPOTHETICAL),
        ev(Actor.unknown("the protesters"), RUS_DIP, 4, -4, EventDate.UNKNOWN, Status.ASSERTED),
        ev(RUS_GOV, RUS_DIP, 4, -4, EventDate.UNKNOWN, Status.ASSERTED)));
    assertEquals(List.of(), out);
  }
}
