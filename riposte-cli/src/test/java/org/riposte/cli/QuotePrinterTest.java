package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.EventDate;
import org.riposte.api.Quote;

/** Quotes printed in DESIGN.md's schema (JSON Lines), as CSV and as a table; a speaker-less quote stays speaker-less. */
class QuotePrinterTest {

  private static final Quote SPOKEN = new Quote("q1", "d1", "We stay, \"no matter what\"",
      new Actor("NORGOV", "Anna Berg", "NOR", "GOV", ActorKind.PERSON), "said", 10, 35,
      EventDate.day(LocalDate.of(2021, 10, 18)));
  private static final Quote UNNAMED = new Quote("q2", "d1", "reset", null, null, 50, 55, EventDate.UNKNOWN);

  private static String print(Format f) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuotePrinter.print(List.of(SPOKEN, UNNAMED), f, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesFollowTheSchemaFieldForField() {
    List<String> lines = print(Format.JSONL).lines().toList();
    assertEquals("{\"id\":\"q1\",\"docId\":\"d1\",\"text\":\"We stay, \\\"no matter what\\\"\",\"speaker\":{\"name\":"
        + "\"Anna Berg\",\"code\":\"NORGOV\",\"role\":\"GOV\"},\"verb\":\"said\",\"start\":10,\"end\":35,"
        + "\"date\":\"2021-10-18\"}", lines.get(0));
    assertEquals("{\"id\":\"q2\",\"docId\":\"d1\",\"text\":\"reset\",\"speaker\":null,\"verb\":null,\"start\":50,"
        + "\"end\":55,\"date\":null}", lines.get(1));
  }

  @Test
  void csvHasAHeaderAndQuotesItsCells() {
    List<String> lines = print(Format.CSV).lines().toList();
    assertEquals(String.join(",", QuotePrinter.CSV_HEADER), lines.get(0));
    assertEquals("q1,d1,2021-10-18,day,Anna Berg,NORGOV,GOV,said,10,35,\"We stay, \"\"no matter what\"\"\"", lines.get(1));
    assertEquals("q2,d1,,unknown,,,,,50,55,reset", lines.get(2));
  }

  @Test
  void theTableShowsADashForAnUnnamedSpeaker() {
    String out = print(Format.TABLE);
    assertTrue(out.contains("Anna Berg") && out.contains("NORGOV") && out.endsWith("2 quotes\n"), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("?") && l.contains(" - ") && l.contains("reset")), out);
  }
}
