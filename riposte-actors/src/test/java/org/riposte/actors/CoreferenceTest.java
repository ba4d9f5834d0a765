package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.Analysis;
import org.riposte.api.Mention;

/** Pronouns resolved within an article, on sentences written for this test. */
class CoreferenceTest {

  private static final LocalDate OCT_2021 = LocalDate.of(2021, 10, 21);
  private static DictionaryActorStage stage;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
  }

  private static Analysis run(Fixture f) throws Exception {
    return stage.process(f.build());
  }

  private static Fixture spokesman() {
    return Fixture.article(OCT_2021).sentence("Kremlin spokesman Oleg Sidorov spoke", "NNP NN NNP NNP VBD",
        "ORGANIZATION O PERSON PERSON O", "compound 1 0", "compound 3 1", "compound 3 2", "nsubj 4 3", "root -1 4");
  }

  /** The name of the actor at a token, through the API other stages use. */
  private static String who(Analysis a, int sentence, int token) {
    return Coreference.of(a).actorAt(sentence, token).map(Actor::name).orElse(null);
  }

  @Test
  void heInTheNextSentenceIsThePersonNamedBefore() throws Exception {
    Analysis a = run(spokesman().sentence("He added that Moscow would respond", "PRP VBD IN NNP MD VB",
        "O O O LOCATION O O", "nsubj 1 0", "root -1 1", "mark 5 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5"));
    assertEquals("Oleg Sidorov", who(a, 1, 0));
    Mention he = Mentions.covering(a, 1, 0).orElseThrow();
    assertEquals("RUSGOV", he.actor().code(), "the stage adds a mention for the pronoun");
    assertEquals("He", he.text());
    assertEquals(0, Coreference.of(a).antecedent(1, 0).orElseThrow().sentence());
  }

  @Test
  void itAndItsInAReportedClauseAreTheSpeaker() throws Exception {
    Analysis a = run(Fixture.article(OCT_2021).sentence("Russia said it would close its mission",
        "NNP VBD PRP MD VB PRP$ NN", "LOCATION O O O O O O",
        "nsubj 1 0", "root -1 1", "nsubj 4 2", "aux 4 3", "ccomp 1 4", "nmod:poss 6 5", "obj 4 6"));
    assertEquals("RUS", Coreference.of(a).actorAt(0, 2).map(Actor::code).orElse(null));
    assertEquals("RUS", Coreference.of(a).actorAt(0, 5).map(Actor::code).orElse(null));
  }

  @Test
  void anExpletiveItIsNoOne() throws Exception {
    Analysis a = run(Fixture.article(OCT_2021)
        .sentence("NATO met", "NNP VBD", "ORGANIZATION O", "nsubj 1 0", "root -1 1")
        .sentence("It is clear that talks failed", "PRP VBZ JJ IN NNS VBD", "O O O O O O",
            "nsubj 2 0", "cop 2 1", "root -1 2", "mark 5 3", "nsubj 5 4", "ccomp 2 5"));
    assertEquals(Optional.empty(), Coreference.of(a).actorAt(1, 0));
  }

  @Test
  void aPronounOutsideQuotationMarksSkipsTheNamesInsideThem() throws Exception {
    Analysis a = run(spokesman().sentence("`` Boris Orlov is wrong , '' he said", "`` NNP NNP VBZ JJ , '' PRP VBD",
        "O PERSON PERSON O O O O O O", "compound 2 1", "nsubj 4 2", "cop 4 3", "ccomp 8 4", "nsubj 8 7",
        "root -1 8"));
    assertEquals("Oleg Sidorov", who(a, 1, 7));
  }

  @Test
  void sheIsNotAMan() throws Exception {
    Analysis a = run(Fixture.article(OCT_2021)
        .sentence("Russian Ambassador Maria Lopez met Ivan Petrov", "JJ NNP NNP NNP VBD NNP NNP",
            "MISC O PERSON PERSON O PERSON PERSON",
            "amod 3 0", "compound 3 1", "compound 3 2", "nsubj 4 3", "root -1 4", "compound 6 5", "obj 4 6")
        .sentence("She said talks went well", "PRP VBD NNS VBD RB", "O O O O O",
            "nsubj 1 0", "root -1 1", "nsubj 3 2", "ccomp 1 3", "advmod 3 4")
        .sentence("He disagreed", "PRP VBD", "O O", "nsubj 1 0", "root -1 1"));
    assertEquals("Maria Lopez", who(a, 1, 0));
    assertEquals("RUSDIP", Coreference.of(a).actorAt(1, 0).orElseThrow().code());
    assertEquals("Ivan Petrov", who(a, 2, 0), "the man of the first sentence, not the woman the chain follows");
  }

  @Test
  void theyArePluralGroups() throws Exception {
    Analysis a = run(Fixture.article(OCT_2021)
        .sentence("Russian diplomats left Brussels", "JJ NNS VBD NNP", "MISC O O LOCATION",
            "amod 1 0", "nsubj 2 1", "root -1 2", "obj 2 3")
        .sentence("They were expelled", "PRP VBD VBN", "O O O", "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2"));
    assertEquals("RUSDIP", Coreference.of(a).actorAt(1, 0).map(Actor::code).orElse(null));
  }

  @Test
  void aPossessiveOnAConjunctIsTheOtherConjunct() throws Exception {
    Analysis a = run(Fixture.article(OCT_2021).sentence("Moscow blamed the United States and its allies",
        "NNP VBD DT NNP NNPS CC PRP$ NNS", "LOCATION O O LOCATION LOCATION O O O",
        "nsubj 1 0", "root -1 1", "det 4 2", "compound 4 3", "obj 1 4", "cc 7 5", "nmod:poss 7 6",
        "conj:and 4 7"));
    assertEquals("USA", Coreference.of(a).actorAt(0, 6).map(Actor::code).orElse(null));
  }

  @Test
  void anObjectPronounIsNotItsOwnSubject() throws Exception {
    Analysis a = run(Fixture.article(OCT_2021)
        .sentence("Ivan Petrov spoke", "NNP NNP VBD", "PERSON PERSON O", "compound 1 0", "nsubj 2 1", "root -1 2")
        .sentence("Oleg Sidorov praised him", "NNP NNP VBD PRP", "PERSON PERSON O O",
            "compound 1 0", "nsubj 2 1", "root -1 2", "obj 2 3"));
    assertEquals("Ivan Petrov", who(a, 1, 3));
  }

  @Test
  void theMinisterIsThePersonIntroducedAsForeignMinister() throws Exception {
    Analysis a = run(Fixture.article(OCT_2021)
        .sentence("Russian Foreign Minister Oleg Sidorov spoke", "JJ NNP NNP NNP NNP VBD",
            "MISC O O PERSON PERSON O", "amod 4 0", "compound 4 1", "compound 4 2", "compound 4 3", "nsubj 5 4",
            "root -1 5")
        .sentence("The minister added", "DT NN VBD", "O O O", "det 1 0", "nsubj 2 1", "root -1 2"));
    Mention minister = Mentions.covering(a, 1, 1).orElseThrow();
    assertEquals("Oleg Sidorov", minister.actor().name());
    assertEquals("RUSGOV", minister.actor().code());
  }

  @Test
  void unresolvedPronounsGetNoMention() throws Exception {
    Analysis a = run(Fixture.article(OCT_2021).sentence("He left", "PRP VBD", "O O", "nsubj 1 0", "root -1 1"));
    assertFalse(Mentions.covering(a, 0, 0).isPresent());
    assertTrue(Coreference.of(a).antecedent(0, 0).isEmpty());
  }
}
