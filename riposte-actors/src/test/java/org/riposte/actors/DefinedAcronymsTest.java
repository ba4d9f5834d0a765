package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Analysis;
import org.riposte.api.Mention;

/**
 * An acronym defined in parentheses after a coded name names that actor there and later in the article; the police
 * and other domestic roles without a country are of the place the sentence names.
 */
class DefinedAcronymsTest {

  private static DictionaryActorStage stage;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
  }

  private static Mention at(Analysis a, int sentence, int token) {
    return a.mentions().stream().filter(m -> m.sentence() == sentence && m.covers(token)).findFirst().orElse(null);
  }

  @Test
  void anAcronymAfterACodedNameIsThatActorThereAndLater() throws Exception {
    Analysis a = stage.process(Fixture.article(LocalDate.of(2004, 5, 6))
        .sentence("Peruvian farmers ( PFA ) marched", "JJ NNS -LRB- NNP -RRB- VBD", "MISC O O ORGANIZATION O O",
            "amod 1 0", "nsubj 5 1", "punct 3 2", "appos 1 3", "punct 3 4", "root -1 5")
        .sentence("PFA leaders left", "NNP NNS VBD", "ORGANIZATION O O",
            "compound 1 0", "nsubj 2 1", "root -1 2")
        .build());
    assertEquals("PERAGR", at(a, 0, 1).actor().code());
    assertEquals("PERAGR", at(a, 0, 3).actor().code());
    assertEquals("PERAGR", at(a, 1, 0).actor().code());
  }

  @Test
  void anAcronymAfterNoCodedNameStaysUncoded() throws Exception {
    Analysis a = stage.process(Fixture.article(LocalDate.of(2004, 5, 6))
        .sentence("The Zorba Club ( ZCL ) marched", "DT NNP NNP -LRB- NNP -RRB- VBD",
            "O ORGANIZATION ORGANIZATION O ORGANIZATION O O",
            "det 2 0", "compound 2 1", "nsubj 6 2", "punct 4 3", "appos 2 4", "punct 4 5", "root -1 6")
        .build());
    Mention m = at(a, 0, 4);
    assertTrue(m == null || !m.actor().isCoded());
  }

  @Test
  void policeWithoutACountryAreThoseOfThePlaceNamed() throws Exception {
    Analysis a = stage.process(Fixture.article(LocalDate.of(2004, 5, 6))
        .sentence("Police fired in Lima", "NNS VBD IN NNP", "O O O CITY",
            "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3")
        .build());
    assertEquals("PERCOP", at(a, 0, 0).actor().code());
    List<Mention> all = a.mentions();
    assertTrue(all.size() >= 2);
  }
}
