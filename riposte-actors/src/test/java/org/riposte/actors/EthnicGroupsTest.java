package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Mention;

/** "Ethnic" groups are coded by the country the sentence places them in, not by their nationality. */
class EthnicGroupsTest {

  private static final LocalDate MAY_1999 = LocalDate.of(1999, 5, 4);
  private static DictionaryActorStage stage;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
  }

  private static String code(Fixture f, int token) throws Exception {
    return f.mentionAt(stage, token).actor().code();
  }

  @Test
  void anEthnicGroupBelongsToTheCountryItLivesIn() throws Exception {
    assertEquals("GRCCVL", code(Fixture.article(MAY_1999).sentence(
        "Ethnic Bulgarians marched in Greece", "JJ NNPS VBD IN NNP", "O MISC O O LOCATION",
        "amod 1 0", "nsubj 2 1", "root -1 2", "case 4 3", "obl:in 2 4"), 1));
  }

  @Test
  void theFirstPlaceOfTheSentenceWinsAndTheGroupsOwnCountryIsSkipped() throws Exception {
    assertEquals("ROUREB", code(Fixture.article(MAY_1999).sentence(
        "Ethnic Hungarian rebels from Hungary fought in Romania",
        "JJ JJ NNS IN NNP VBD IN NNP", "O MISC O O LOCATION O O LOCATION",
        "amod 2 0", "amod 2 1", "nsubj 5 2", "case 4 3", "nmod:from 2 4", "root -1 5", "case 7 6", "obl:in 5 7"), 2));
  }

  @Test
  void withoutAPlaceOrWithoutEthnicTheNationalityStays() throws Exception {
    assertEquals("BGRCVL", code(Fixture.article(MAY_1999).sentence(
        "Ethnic Bulgarians marched", "JJ NNPS VBD", "O MISC O", "amod 1 0", "nsubj 2 1", "root -1 2"), 1));
    assertEquals("BGRCVL", code(Fixture.article(MAY_1999).sentence(
        "Bulgarians marched in Greece", "NNPS VBD IN NNP", "MISC O O LOCATION",
        "nsubj 1 0", "root -1 1", "case 3 2", "obl:in 1 3"), 0));
  }

  @Test
  void aPeopleOfOneCountryIsThatCountrys() throws Exception {
    assertEquals("MMRREB", code(Fixture.article(MAY_1999).sentence(
        "Karen guerrillas raided an army post", "NNP NNS VBD DT NN NN", "MISC O O O O O",
        "compound 1 0", "nsubj 2 1", "root -1 2", "det 5 3", "compound 5 4", "obj 2 5"), 1));
  }

  @Test
  void aGivenNameThatIsAlsoAPeopleIsNoCountry() throws Exception {
    for (Mention m : stage.process(Fixture.article(MAY_1999).sentence(
        "Karen Walsh criticised the plan", "NNP NNP VBD DT NN", "PERSON PERSON O O O",
        "compound 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "obj 2 4").build()).mentions()) {
      if (m.covers(0)) assertEquals(null, m.actor().country(), "a person, not Myanmar: " + m.actor());
    }
  }
}
