package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Sentence;
import org.riposte.api.Timex;
import org.riposte.api.Token;

/** A time expression stretched over a clause is cut before its first finite verb, so the clause's event is kept. */
class TimexSpansTest {

  @Test
  void aDateRunIntoTheClauseIsCutAndTheEventKept() throws Exception {
    List<Event> events = Fixture.published("2022-03-02")
        .sentence("Peru/NNP on/IN Monday/NNP lifted/VBD/lift the/DT curfew/NN in/IN Lima/NNP ./.")
        .deps("nsubj(lifted, Peru) obl:on(lifted, Monday) case(Monday, on) obj(lifted, curfew) det(curfew, the)"
            + " obl:in(lifted, Lima) case(Lima, in)")
        .actor("Peru", "PER")
        .timex("Monday lifted the curfew", "2022-02-28")
        .events();
    Event e = only(events, "0813");
    assertEquals("PER", e.source().code());
    assertEquals(EventDate.day(LocalDate.of(2022, 2, 28)), e.date(), "the cut span keeps its value");
  }

  @Test
  void aSpanWithoutAFiniteVerbIsKeptAsItIs() {
    Sentence s = sentence(List.of(tok(0, "Peru", "NNP"), tok(1, "met", "VBD"), tok(2, "Chile", "NNP"),
        tok(3, "last", "JJ"), tok(4, "week", "NN")), new Timex(3, 5, "last week", "DATE", "2022-W08"));
    assertSame(s, TimexSpans.repaired(s));
  }

  @Test
  void aSpanStartingWithAFiniteVerbIsDropped() {
    Sentence s = sentence(List.of(tok(0, "Peru", "NNP"), tok(1, "met", "VBD"), tok(2, "Chile", "NNP")),
        new Timex(1, 3, "met Chile", "DATE", "2022-03-01"));
    assertTrue(TimexSpans.repaired(s).timexes().isEmpty());
  }

  private static Token tok(int i, String word, String pos) {
    return new Token(i, word, word.toLowerCase(), pos, "O", 0, 0);
  }

  private static Sentence sentence(List<Token> tokens, Timex t) {
    return new Sentence(0, 0, 0, "", 0, tokens, List.of(), List.of(t));
  }
}
