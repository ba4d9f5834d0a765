package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Mention;

/** A known person's name with one slip in the surname is still that person; a different name is not. */
class MisspeltNamesTest {

  private static final LocalDate JUN_1988 = LocalDate.of(1988, 6, 3);
  private static DictionaryActorStage stage;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
  }

  @Test
  void oneSlipApart() {
    assertTrue(Words.withinOneEdit("mitterrand", "mitterand"), "a letter dropped");
    assertTrue(Words.withinOneEdit("gbagbo", "gbago"));
    assertTrue(Words.withinOneEdit("habyarimana", "habyarimama"), "a letter changed");
    assertTrue(Words.withinOneEdit("kaunda", "kuanda"), "two letters swapped");
    assertFalse(Words.withinOneEdit("santos", "sontas"), "two changes");
    assertFalse(Words.withinOneEdit("kaunda", "kaunda"), "the same word");
  }

  private static Mention first(String text, String tags, String ner, String... arcs) throws Exception {
    return stage.process(Fixture.article(JUN_1988).sentence(text, tags, ner, arcs).build()).mentions().get(0);
  }

  @Test
  void aMisspeltLeaderIsCodedAsHimself() throws Exception {
    Mention m = first("President Kenneth Kuanda arrived", "NNP NNP NNP VBD", "O PERSON PERSON O",
        "compound 2 0", "compound 2 1", "nsubj 3 2", "root -1 3");
    assertEquals("ZMBGOV", m.actor().code());
  }

  @Test
  void aNameTwoSlipsAwayOrWithOtherForenamesStaysUnknown() throws Exception {
    Mention m = first("Kenneth Kaundaro Mwale arrived", "NNP NNP NNP VBD", "PERSON PERSON PERSON O",
        "compound 2 0", "compound 2 1", "nsubj 3 2", "root -1 3");
    assertNull(m.actor().code(), m.toString());
    Mention twoSlips = first("Kenneth Kaundaro arrived", "NNP NNP VBD", "PERSON PERSON O",
        "compound 1 0", "nsubj 2 1", "root -1 2");
    assertNull(twoSlips.actor().code(), twoSlips.toString());
    Mention other = first("Robert Kaundaa arrived", "NNP NNP VBD", "PERSON PERSON O",
        "compound 1 0", "nsubj 2 1", "root -1 2");
    assertNull(other.actor().code());
  }
}
