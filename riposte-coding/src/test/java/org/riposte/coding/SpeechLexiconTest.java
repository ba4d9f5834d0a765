package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.ConfigException;

/** The speech lexicon: the built-in file loads, and a bad line is refused with its number. */
class SpeechLexiconTest {

  private static SpeechLexicon read(String text) throws ConfigException {
    return SpeechLexicon.parse(ResourceLines.read(new StringReader(text), "test"), "test", CameoOntology.builtIn());
  }

  @Test
  void theBuiltInLexiconKnowsTheCommonSpeechWords() throws Exception {
    SpeechLexicon s = SpeechLexicon.builtIn(CameoOntology.builtIn());
    assertEquals("010", s.verb("say").code());
    assertEquals("112", s.verb("accuse").code());
    assertEquals(List.of("obj"), s.verb("warn").targets());
    assertTrue(s.isNoun("statement"));
    assertTrue(s.isAdjunct("obl:according_to"));
  }

  @Test
  void badLinesAreRefusedWithTheirNumber() {
    ConfigException e = assertThrows(ConfigException.class, () -> read("verb 010 - say\nverb 999 - mutter\n"));
    assertTrue(e.getMessage().contains("test:2") && e.getMessage().contains("999"), e.getMessage());
    assertThrows(ConfigException.class, () -> read("verb 010 - say\nverb 010 - say\n"));
    assertThrows(ConfigException.class, () -> read("adverb - - loudly\n"));
  }
}
