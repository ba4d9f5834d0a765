package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Mention;

/** "Separatists" are the rebels of the country the text places them in; a sponsor is never their country. */
class RebelCountryTest {

  private static final LocalDate OCT_2021 = LocalDate.of(2021, 10, 21);
  private static DictionaryActorStage stage;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
  }

  private static List<Mention> mentions(Fixture f) throws Exception {
    return stage.process(f.build()).mentions();
  }

  private static String code(List<Mention> ms, int sentence, int token) {
    for (Mention m : ms) if (m.sentence() == sentence && m.covers(token)) return m.actor().code();
    throw new AssertionError("no mention at " + sentence + ":" + token + " in " + ms);
  }

  @Test
  void backedSeparatistsNearACityAreThatCountrysRebels() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Russian-backed separatists shelled positions near Donetsk", "JJ NNS VBD NNS IN NNP",
        "MISC O O O O LOCATION",
        "amod 1 0", "nsubj 2 1", "root -1 2", "obj 2 3", "case 5 4", "nmod:near 3 5"));
    assertEquals("UKRREB", code(ms, 0, 1));
    assertEquals("RUS", code(ms, 0, 0), "the sponsor stays a mention of its own");
  }

  @Test
  void thePlaceMayBeNamedEarlierInTheParagraph() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021)
        .sentence("Fighting continued in eastern Moldova", "NN VBD IN JJ NNP", "O O O O LOCATION",
            "nsubj 1 0", "root -1 1", "case 4 2", "amod 4 3", "obl:in 1 4")
        .sentence("Separatists shelled a village", "NNS VBD DT NN", "O O O O",
            "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3"));
    assertEquals("MDAREB", code(ms, 1, 0));
  }

  @Test
  void aCountryActingIsNoPlaceAndASponsorNeverTheRebelsCountry() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Russia armed separatists", "NNP VBD NNS", "LOCATION O O", "nsubj 1 0", "root -1 1", "obj 1 2"));
    assertEquals("REB", code(ms, 0, 2), "Russia is the actor here, not the place");
    List<Mention> sponsored = mentions(Fixture.article(OCT_2021).sentence(
        "Russian-backed separatists attacked", "JJ NNS VBD", "MISC O O", "amod 1 0", "nsubj 2 1", "root -1 2"));
    assertEquals("REB", code(sponsored, 0, 1));
  }

  @Test
  void theOppositionAndCiviliansWithoutACountryAreThoseOfThePlace() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Opposition leaders postponed the rally in Tbilisi", "NN NNS VBD DT NN IN NNP", "O O O O O O LOCATION",
        "compound 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "obj 2 4", "case 6 5", "nmod:in 4 6"));
    assertEquals("GEOOPP", code(ms, 0, 1));
    List<Mention> none = mentions(Fixture.article(OCT_2021).sentence(
        "Protesters gathered", "NNS VBD", "O O", "nsubj 1 0", "root -1 1"));
    assertEquals("OPP", code(none, 0, 0), "no place: no country");
  }

  @Test
  void aPlaceNameOfTwoCountriesPlacesRebelsWhereItsContextSays() throws Exception {
    // "Tripoli" is Libya's capital, and Lebanon's port when Lebanon is named in the paragraph.
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Militias fought in Tripoli near the Lebanese coast", "NNS VBD IN NNP IN DT JJ NN",
        "O O O LOCATION O O MISC O",
        "nsubj 1 0", "root -1 1", "case 3 2", "obl:in 1 3", "case 7 4", "det 7 5", "amod 7 6", "nmod:near 3 7"));
    assertEquals("LBNREB", code(ms, 0, 0));
    List<Mention> alone = mentions(Fixture.article(OCT_2021).sentence(
        "Militias fought in Tripoli", "NNS VBD IN NNP", "O O O LOCATION",
        "nsubj 1 0", "root -1 1", "case 3 2", "obl:in 1 3"));
    assertEquals("LBYREB", code(alone, 0, 0), "without Lebanon nearby, Libya's capital");
  }
}
