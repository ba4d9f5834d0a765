package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotesOnlyWhatNeedsQuoting() {
    assertEquals("a,,\"b,c\",\"say \"\"no\"\"\",\"two\nlines\",4.5",
        Csv.line(Arrays.asList("a", null, "b,c", "say \"no\"", "two\nlines", 4.5)));
  }
}
