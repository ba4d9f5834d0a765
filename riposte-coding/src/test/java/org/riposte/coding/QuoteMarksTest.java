package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks: which spans of a text are quoted, with their offsets. */
class QuoteMarksTest {

  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void curlyAndStraightDoubleQuotes() {
    assertEquals(List.of("We will stay", "a dead end"),
        quoted("“We will stay,” the envoy said, calling the plan \"a dead end\"."));
  }

  @Test
  void offsetsAreThoseOfTheQuotedWordsAndTheMarksAroundThem() {
    String text = "She said: “Enough.”";
    QuoteMarks.Span s = QuoteMarks.find(text).get(0);
    assertEquals(text.indexOf('“'), s.open());
    assertEquals(text.length(), s.close());
    assertEquals("Enough.", text.substring(s.start(), s.end()));
  }

  @Test
  void aQuoteInsideAQuoteIsPartOfTheOuterOne() {
    assertEquals(List.of("There is nothing to ‘fix’ here"),
        quoted("“There is nothing to ‘fix’ here,” the minister said."));
  }

  @Test
  void singleQuotesAreQuotesButApostrophesAreNot() {
    assertEquals(List.of("business as usual"),
        quoted("The countries’ envoys don’t call it ‘business as usual’ and Norway’s envoy agrees."));
    assertEquals(List.of(), quoted("The allies’ plan and Norway’s reply didn’t change."));
  }

  @Test
  void anUnclosedQuoteRunsToTheEndOfItsParagraphOnly() {
    String text = "“We will not leave. We will not be silent.\n\n“Nor will we forget,” she said.";
    assertEquals(List.of("We will not leave. We will not be silent.", "Nor will we forget"), quoted(text));
  }

  @Test
  void aStraightQuoteAfterAWordClosesAndEmptyQuotesAreSkipped() {
    assertEquals(List.of("reset"), quoted("The \"reset\" failed, \"\" was all he wrote."));
    assertEquals(List.of("reset"), quoted("The \"reset\"failed."));
  }
}
