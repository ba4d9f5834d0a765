package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Mention;

/** People named by their standing (seeking office, following a leader, a national) are coded by it, not by an office. */
class OfficeSeekersTest {

  private static final LocalDate JAN_1990 = LocalDate.of(1990, 1, 10);
  private static DictionaryActorStage stage;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
  }

  private static Mention at(Fixture f, int token) throws Exception {
    return f.mentionAt(stage, token);
  }

  @Test
  void aCandidateIsAnEliteEvenWhenInOffice() throws Exception {
    assertEquals("KENELI", at(Fixture.article(JAN_1990).sentence(
        "The court cleared candidate Daniel arap Moi", "DT NN VBD NN NNP NNP NNP",
        "O O O O PERSON PERSON PERSON", "det 1 0", "nsubj 2 1", "root -1 2", "compound 6 3", "compound 6 4",
        "compound 6 5", "obj 2 6"), 6).actor().code());
    assertEquals("KENGOV", at(Fixture.article(JAN_1990).sentence(
        "The court cleared Daniel arap Moi", "DT NN VBD NNP NNP NNP",
        "O O O PERSON PERSON PERSON", "det 1 0", "nsubj 2 1", "root -1 2", "compound 5 3", "compound 5 4",
        "obj 2 5"), 5).actor().code(), "without the noun, the office held on the date");
  }

  @Test
  void supportersOfAPersonAreTheOppositionOfHisCountry() throws Exception {
    // About 200 supporters of former President Daniel arap Moi blocked roads
    assertEquals("KENOPP", at(Fixture.article(JAN_1990).sentence(
        "About 200 supporters of former President Daniel arap Moi blocked roads",
        "RB CD NNS IN JJ NNP NNP NN NNP VBD NNS", "O NUMBER O O O O PERSON PERSON PERSON O O",
        "advmod 1 0", "nummod 2 1", "nsubj 9 2", "case 8 3", "amod 8 4", "compound 8 5", "compound 8 6",
        "compound 8 7", "nmod:of 2 8", "root -1 9", "obj 9 10"), 2).actor().code());
    assertEquals("KENELI", at(Fixture.article(JAN_1990).sentence(
        "About 200 supporters of former President Daniel arap Moi blocked roads",
        "RB CD NNS IN JJ NNP NNP NN NNP VBD NNS", "O NUMBER O O O O PERSON PERSON PERSON O O",
        "advmod 1 0", "nummod 2 1", "nsubj 9 2", "case 8 3", "amod 8 4", "compound 8 5", "compound 8 6",
        "compound 8 7", "nmod:of 2 8", "root -1 9", "obj 9 10"), 8).actor().code(), "the man himself");
  }

  @Test
  void supportersAloneAreNoActor() throws Exception {
    for (Mention m : stage.process(Fixture.article(JAN_1990).sentence(
        "Supporters blocked roads", "NNS VBD NNS", "O O O",
        "nsubj 1 0", "root -1 1", "obj 1 2").build()).mentions()) {
      assertEquals(false, m.covers(0), "bare 'supporters' is no actor: " + m.actor());
    }
  }

  @Test
  void aRoleNounTaggedAsAnAdjectiveBeforeTheVerbIsStillTheNoun() throws Exception {
    assertEquals("KENCVL", at(Fixture.article(JAN_1990).sentence(
        "A Kenya national was detained", "DT NNP JJ VBD VBN", "O LOCATION O O O",
        "det 1 0", "nsubj:pass 4 1", "amod 1 2", "aux:pass 4 3", "root -1 4"), 1).actor().code());
    assertEquals("KEN", at(Fixture.article(JAN_1990).sentence(
        "Kenya national parks were closed", "NNP JJ NNS VBD VBN", "LOCATION O O O O",
        "compound 2 0", "amod 2 1", "nsubj:pass 4 2", "aux:pass 4 3", "root -1 4"), 0).actor().code(),
        "an adjective before a noun stays an adjective");
  }
}
