package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Mention;

/** A city or capital named as where something happens is its country's civilians; acting, a capital is its government. */
class InhabitedPlacesTest {

  private static final LocalDate MAR_2003 = LocalDate.of(2003, 3, 12);
  private static DictionaryActorStage stage;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
  }

  private static Mention at(Fixture f, int token) throws Exception {
    return f.mentionAt(stage, token);
  }

  @Test
  void aCurfewInACapitalFallsOnItsPeople() throws Exception {
    Mention m = at(Fixture.article(MAR_2003).sentence(
        "The army imposed a curfew in central Nairobi", "DT NN VBD DT NN IN JJ NNP",
        "O O O O O O O LOCATION", "det 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "obj 2 4", "case 7 5",
        "amod 7 6", "obl:in 2 7"), 7);
    assertEquals("KENCVL", m.actor().code());
    assertTrue(m.place());
  }

  @Test
  void theTownOfACityIsItsPeopleAndAnActingCapitalItsGovernment() throws Exception {
    assertEquals("IRNCVL", at(Fixture.article(MAR_2003).sentence(
        "Shells hit the town of Tabriz", "NNS VBD DT NN IN NNP", "O O O O O LOCATION",
        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod:of 3 5"), 5).actor().code());
    assertEquals("KENGOV", at(Fixture.article(MAR_2003).sentence(
        "Nairobi rejected the plan", "NNP VBD DT NN", "LOCATION O O O",
        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3"), 0).actor().code());
  }

  @Test
  void peopleAreTheCiviliansOfThePlaceNamed() throws Exception {
    Mention m = at(Fixture.article(MAR_2003).sentence(
        "Thousands of people marched in Nairobi", "NNS IN NNS VBD IN NNP", "O O O O O LOCATION",
        "nsubj 3 0", "case 2 1", "nmod:of 0 2", "root -1 3", "case 5 4", "obl:in 3 5"), 2);
    assertEquals("KENCVL", m.actor().code(), "'people' is a civilians' noun, placed like 'residents'");
  }

  @Test
  void aRoleIsPlacedByTheNearestPlaceOfItsSentence() throws Exception {
    // students in Mombasa protest against troops sent to Iraq: Kenyan students, not Iraqi ones
    Fixture f = Fixture.article(MAR_2003).sentence(
        "Students in Mombasa protested the dispatch of troops to Iraq", "NNS IN NNP VBD DT NN IN NNS IN NNP",
        "O O LOCATION O O O O O O LOCATION",
        "nsubj 3 0", "case 2 1", "nmod:in 0 2", "root -1 3", "det 5 4", "obj 3 5", "case 7 6", "nmod:of 5 7",
        "case 9 8", "nmod:to 7 9");
    assertEquals("KENEDU", at(f, 0).actor().code());
    // the nearer place wins even when it comes after the role
    Fixture g = Fixture.article(MAR_2003).sentence(
        "Protests against the war in Iraq spread as students in Mombasa marched",
        "NNS IN DT NN IN NNP VBD IN NNS IN NNP VBD", "O O O O O LOCATION O O O O LOCATION O",
        "nsubj 6 0", "case 3 1", "det 3 2", "nmod:against 0 3", "case 5 4", "nmod:in 3 5", "root -1 6", "mark 11 7",
        "nsubj 11 8", "case 10 9", "nmod:in 8 10", "advcl 6 11");
    assertEquals("KENEDU", at(g, 8).actor().code());
  }

  @Test
  void aVisitIsToTheGovernment() throws Exception {
    assertEquals("KENGOV", at(Fixture.article(MAR_2003).sentence(
        "The envoy arrived in Nairobi", "DT NN VBD IN NNP", "O O O O LOCATION",
        "det 1 0", "nsubj 2 1", "root -1 2", "case 4 3", "obl:in 2 4"), 4).actor().code());
  }

  @Test
  void tripoliIsLebaneseWhenLebanonIsNamed() throws Exception {
    assertEquals("LBN", at(Fixture.article(MAR_2003).sentence(
        "Lebanese troops entered Tripoli", "JJ NNS VBD NNP", "MISC O O LOCATION",
        "amod 1 0", "nsubj 2 1", "root -1 2", "obj 2 3"), 3).actor().country());
    assertEquals("LBY", at(Fixture.article(MAR_2003).sentence(
        "Rebels entered Tripoli", "NNS VBD NNP", "O O LOCATION",
        "nsubj 1 0", "root -1 1", "obj 1 2"), 2).actor().country());
  }

  @Test
  void eastJerusalemIsAPlaceOfPalestineAndJerusalemIsraelsCapital() throws Exception {
    assertEquals("PSE", at(Fixture.article(MAR_2003).sentence(
        "Police closed shops in East Jerusalem", "NNS VBD NNS IN NNP NNP", "O O O O LOCATION LOCATION",
        "nsubj 1 0", "root -1 1", "obj 1 2", "case 5 3", "compound 5 4", "obl:in 1 5"), 5).actor().country());
    assertEquals("ISR", at(Fixture.article(MAR_2003).sentence(
        "Police closed shops in Jerusalem", "NNS VBD NNS IN NNP", "O O O O LOCATION",
        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "obl:in 1 4"), 4).actor().country());
  }
}
