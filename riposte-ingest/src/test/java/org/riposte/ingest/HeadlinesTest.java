package org.riposte.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HeadlinesTest {

  @Test
  void firstLineBeforeABlankLine() {
    assertEquals("Envoy recalled after clash", Headlines.title("Envoy recalled after clash\n\nThe ministry said."));
  }

  @Test
  void firstLineBeforeANewSentence() {
    assertEquals("Envoy recalled after clash?", Headlines.title("Envoy recalled after clash?\nThe ministry said."));
  }

  @Test
  void wrappedSentenceIsNotAHeadline() {
    assertNull(Headlines.title("The ministry said on Monday that the envoy\nwould be recalled for consultations."));
  }

  @Test
  void lineEndingInAPeriodIsNotAHeadline() {
    assertNull(Headlines.title("The envoy was recalled.\n\nMore followed."));
  }

  @Test
  void singleLineIsNotAHeadline() {
    assertNull(Headlines.title("Envoy recalled after clash"));
  }

  @Test
  void longLineIsNotAHeadline() {
    assertNull(Headlines.title("A".repeat(201) + "\n\nBody."));
  }

  @Test
  void dateOrDatelineIsNotAHeadline() {
    assertNull(Headlines.title("Published: 18 October 2021\n\nBody."));
    assertNull(Headlines.title("BRUSSELS (AP) — October 18, 2021 —\nBody."));
  }
}
