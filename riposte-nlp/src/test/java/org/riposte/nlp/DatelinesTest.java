package org.riposte.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatelinesTest {

  @Test
  void masksTheCommonDatelineFormsKeepingEveryOffset() {
    assertMasked("VILNIUS, March 3, 2020 (Example Wire) — ", "Lithuania expelled two diplomats.");
    assertMasked("RIGA (Baltic Example) - ", "Latvia recalled its envoy.");
    assertMasked("NEW YORK, Nov 2 -- ", "The council met.");
    assertMasked("Tallinn, 4 May 2019 – ", "Estonia summoned the ambassador.");
  }

  @Test
  void theTitleLineMayComeFirst() {
    String text = "Lithuania expels two diplomats\n\nVILNIUS, March 3, 2020 — Lithuania expelled two diplomats.";
    String masked = Datelines.mask(text);
    assertEquals(text.length(), masked.length());
    assertEquals("Lithuania expels two diplomats\n\n" + " ".repeat("VILNIUS, March 3, 2020 — ".length())
        + "Lithuania expelled two diplomats.", masked);
  }

  @Test
  void leavesOrdinarySentencesAlone() {
    for (String text : new String[] {
        "Lithuania, which expelled two diplomats - and more - said nothing.",
        "NATO said on Monday it would talk.",
        "Vilnius - the capital - was quiet.",
        "Lithuania expels diplomats\n\nBy A. Writer\n\nThe ministry said so.\n\nRIGA (Wire) - Latvia followed.",
    }) {
      assertEquals(text, Datelines.mask(text), text);
    }
  }

  private static void assertMasked(String dateline, String rest) {
    assertEquals(" ".repeat(dateline.length()) + rest, Datelines.mask(dateline + rest), dateline);
  }
}
