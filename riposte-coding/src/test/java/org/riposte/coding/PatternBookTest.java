package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.riposte.api.ConfigException;

class PatternBookTest {

  @Test
  void builtInPatternsCoverAllRootsAndEachHasAnExample() throws Exception {
    CameoOntology ontology = CameoOntology.builtIn();
    PatternBook book = PatternBook.builtIn(Lexicon.builtIn(), ontology);
    assertTrue(book.size() > 200, "patterns: " + book.size());
    Set<String> roots = new HashSet<>();
    for (String lemma : List.of("say", "tell", "deny", "urge", "appeal", "offer", "meet", "visit", "host", "talk",
        "sign", "cooperate", "trade", "share", "extradite", "aid", "release", "withdraw", "investigate", "demand", "criticise", "accuse", "reject",
        "threaten", "warn", "protest", "mass", "deploy", "expel", "suspend", "sanction", "arrest", "seize", "attack",
        "kill", "poison", "annex", "annexation", "invade", "occupy", "shell", "massacre", "expulsion", "deployment")) {
      List<EventPattern> ps = book.forLemma(lemma);
      assertFalse(ps.isEmpty(), "no pattern for " + lemma);
      for (EventPattern p : ps) {
        assertFalse(p.example().isBlank(), p.origin() + " has no example");
        if (!p.isNoEvent()) roots.add(ontology.get(p.code()).root());
      }
    }
    for (int r = 1; r <= 20; r++) assertTrue(roots.contains(String.format("%02d", r)), "root " + r);
  }

  @Test
  void parsesConditionsAndFlags() throws Exception {
    PatternBook book = read("161  order  obj=DIPLOMATIC comp=leave|depart  pos=verb  # X ordered the envoy to leave.\n"
        + "154  mass  own notarget  # X massed troops.\n");
    EventPattern order = book.forLemma("order").get(0);
    assertEquals("DIPLOMATIC", order.object().spec());
    assertTrue(order.object().test("diplomat", false));
    assertTrue(order.complement().test("depart", false));
    assertEquals(3, order.specificity());
    assertEquals("X ordered the envoy to leave.", order.example());
    EventPattern mass = book.forLemma("mass").get(0);
    assertTrue(mass.has(EventPattern.Flag.OWN) && mass.has(EventPattern.Flag.NOTARGET));
  }

  @Test
  void aClassAmongLemmasStandsForItsWords() throws Exception {
    EventPattern cancel = read("125  cancel  obj=MEETING|trip  # X cancelled the visit.\n").forLemma("cancel").get(0);
    assertTrue(cancel.object().test("visit", false), "a word of MEETING");
    assertTrue(cancel.object().test("trip", false));
    assertFalse(cancel.object().test("meeting-room", false));
    assertRefused("125  cancel  obj=NO_SUCH_CLASS|trip  # x\n", "unknown word class NO_SUCH_CLASS");
  }

  @Test
  void modifierConditionsCountEach() throws Exception {
    EventPattern games = read("062  game  pos=noun mod=war mod=joint|combined  mutual  # X and Y held war games.\n")
        .forLemma("game").get(0);
    assertEquals(2, games.modifiers().size());
    assertTrue(games.modifiers().get(1).test("combined", false));
    assertEquals(3, games.specificity(), "pos and two modifiers");
    assertRefused("062  game  mod=NO_SUCH_CLASS  # x\n", "unknown word class NO_SUCH_CLASS");
  }

  @Test
  void refusesUnknownCodesClassesAndFlagsWithTheLine() {
    assertRefused("999  expel  # x\n", "unknown CAMEO code 999");
    assertRefused("# c\n161  expel  obj=NO_SUCH_CLASS  # x\n", "test.txt:2");
    assertRefused("161  expel  loudly  # x\n", "unknown flag");
    assertRefused("161  expel  with=DIPLOMATIC  # x\n", "unknown condition");
  }

  private static void assertRefused(String text, String message) {
    ConfigException e = assertThrows(ConfigException.class, () -> read(text));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  private static PatternBook read(String text) throws ConfigException {
    return PatternBook.read(new StringReader(text), "test.txt", Lexicon.builtIn(), CameoOntology.builtIn());
  }
}
