package org.riposte.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences are handed to SUTime: anything with a digit, a number, a calendar word, an ordinal or a currency. */
class TimeTriggersTest {

  private static boolean holds(String sentence) {
    return TimeTriggers.mayHoldTime(Arrays.asList(sentence.split(" ")), null);
  }

  @Test
  void sentencesThatCanHoldATimeOrNumber() {
    assertTrue(holds("The talks resumed on Monday ."));
    assertTrue(holds("Troops left in 2014 ."));
    assertTrue(holds("The envoy arrived yesterday ."));
    assertTrue(holds("Prices rose by a third in the spring ."));
    assertTrue(holds("Aid worth $ 3 million was frozen ."));
    assertTrue(holds("It was the first visit since the war ."));
    assertTrue(holds("The ministers will meet in May ."), "the month as written");
    assertTrue(holds("Sanctions were lifted months ago ."));
    assertTrue(holds("The ceasefire held over Christmas ."));
  }

  @Test
  void sentencesWithoutOne() {
    assertFalse(holds("Lithuania expelled Belarusian diplomats ."));
    assertFalse(holds("The minister may resign , officials said ."), "the modal is not the month");
    assertFalse(holds("Protesters marched on the embassy ."));
    assertFalse(holds("Nobody expects a quick thaw ."));
  }

  @Test
  void aCardinalTagIsEnough() {
    assertTrue(TimeTriggers.mayHoldTime(List.of("XLII", "were", "arrested"), List.of("CD", "VBD", "VBN")));
    assertFalse(TimeTriggers.mayHoldTime(List.of("XLII", "were", "arrested"), List.of("NNP", "VBD", "VBN")));
  }
}
