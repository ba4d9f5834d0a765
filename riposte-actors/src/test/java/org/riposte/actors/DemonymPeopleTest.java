package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Mention;

/** A plural demonym names a nation's people (CVL), the adjective or the country its state. */
class DemonymPeopleTest {

  private static final LocalDate MAY_2019 = LocalDate.of(2019, 5, 14);
  private static DictionaryActorStage stage;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
  }

  private static String code(List<Mention> ms, int token) {
    for (Mention m : ms) if (m.covers(token)) return m.actor().code();
    throw new AssertionError("no mention at " + token + " in " + ms);
  }

  @Test
  void pluralDemonymsArePeople() throws Exception {
    List<Mention> ms = stage.process(Fixture.article(MAY_2019).sentence(
        "Thousands of Zambians marched in Lusaka", "NNS IN NNPS VBD IN NNP", "O O MISC O O LOCATION",
        "nsubj 3 0", "case 2 1", "nmod:of 0 2", "root -1 3", "case 5 4", "obl:in 3 5")
        .build()).mentions();
    assertEquals("ZMBCVL", code(ms, 2));
  }

  @Test
  void theAdjectiveAndTheCountryStayTheState() throws Exception {
    List<Mention> ms = stage.process(Fixture.article(MAY_2019).sentence(
        "Zambian officials met Kenya", "JJ NNS VBD NNP", "MISC O O LOCATION",
        "amod 1 0", "nsubj 2 1", "root -1 2", "obj 2 3")
        .build()).mentions();
    assertEquals("ZMBGOV", code(ms, 0));
    assertEquals("KEN", code(ms, 3));
  }

  @Test
  void aNationsWarMachinesAreItsMilitaryButAThinkTankIsNoTank() throws Exception {
    List<Mention> ms = stage.process(Fixture.article(MAY_2019).sentence(
        "Zambian tanks shelled a Kenyan think tank", "JJ NNS VBD DT JJ NN NN", "MISC O O O MISC O O",
        "amod 1 0", "nsubj 2 1", "root -1 2", "det 6 3", "amod 6 4", "compound 6 5", "obj 2 6")
        .build()).mentions();
    assertEquals("ZMBMIL", code(ms, 1));
    assertEquals("KENEDU", code(ms, 6));
  }
}
