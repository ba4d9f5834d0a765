package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.Mention;

/** The military alliance acts as a military; peacekeepers are troops; militiamen are a militia. */
class ForcesRolesTest {

  private static final LocalDate APR_1995 = LocalDate.of(1995, 4, 2);
  private static DictionaryActorStage stage;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
  }

  private static Actor first(String text, String tags, String ner, String... arcs) throws Exception {
    Mention m = stage.process(Fixture.article(APR_1995).sentence(text, tags, ner, arcs).build()).mentions().get(0);
    return m.actor();
  }

  @Test
  void natoAloneIsAMilitaryActorAndKeepsItsCode() throws Exception {
    Actor a = first("NATO extended the patrols", "NNP VBD DT NNS", "ORGANIZATION O O O",
        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3");
    assertEquals("IGOWSTNAT", a.code());
    assertEquals("MIL", a.role());
  }

  @Test
  void peacekeepersAndMilitiamen() throws Exception {
    assertEquals("FJIMIL", first("Fijian peacekeepers withdrew", "JJ NNS VBD", "MISC O O",
        "amod 1 0", "nsubj 2 1", "root -1 2").code());
    assertEquals("TCDREB", first("Chadian militiamen withdrew", "JJ NNS VBD", "MISC O O",
        "amod 1 0", "nsubj 2 1", "root -1 2").code());
  }
}
