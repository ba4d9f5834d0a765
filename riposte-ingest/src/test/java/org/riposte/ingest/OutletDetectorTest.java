package org.riposte.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutletDetectorTest {

  private static final OutletDetector DETECTOR = new OutletDetector();

  private static final String BODY = """
      The foreign ministry summoned the ambassador on Monday.
      Officials said the talks would continue next week.
      """;

  @Test
  void fromAClosingLine() {
    assertEquals(Optional.of("The Globe and Mail"), DETECTOR.detect(BODY + "\nThe Globe and Mail, October 21, 2021"));
  }

  @Test
  void fromAClosingLineWithADash() {
    assertEquals(Optional.of("The Example Times"), DETECTOR.detect(BODY + "\n— The Example Times, 21 October 2021"));
  }

  @Test
  void fromADatelineWithoutYear() {
    assertEquals(Optional.of("Reuters"), DETECTOR.detect("MOSCOW, Oct 18 (Reuters) - " + BODY));
  }

  @Test
  void fromADatelineWithDate() {
    assertEquals(Optional.of("AP"), DETECTOR.detect("BRUSSELS (AP) — October 18, 2021 — " + BODY));
  }

  @Test
  void closingLineBeatsDateline() {
    assertEquals(Optional.of("The Northern Ledger"),
        DETECTOR.detect("VESTRA (Reuters) - " + BODY + "\nThe Northern Ledger, 21 Oct 2021"));
  }

  @Test
  void closingLineNeedsAFullDate() {
    assertEquals(Optional.empty(), DETECTOR.detect(BODY + "\nThe Globe and Mail, October 21"));
  }

  @Test
  void lowerCaseDatelinePlaceIsNotADateline() {
    assertEquals(Optional.empty(), DETECTOR.detect("Sources in the capital (officials) - " + BODY));
  }

  @Test
  void creditLinesAreNotOutlets() {
    assertEquals(Optional.empty(), DETECTOR.detect(BODY + "\nReporting by A. Writer, October 21, 2021"));
    assertEquals(Optional.empty(), DETECTOR.detect(BODY + "\nThursday, October 21, 2021"));
  }

  @Test
  void nothingFound() {
    assertEquals(Optional.empty(), DETECTOR.detect(BODY));
  }
}
