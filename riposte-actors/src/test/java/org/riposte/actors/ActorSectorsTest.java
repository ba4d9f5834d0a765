package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.ConfigException;
import org.riposte.api.Mention;

/** The role (sector) an actor mention resolves to: role nouns, titles, organisations' roles, places. */
class ActorSectorsTest {

  private static final LocalDate MAY_2018 = LocalDate.of(2018, 5, 2);
  private static DictionaryActorStage stage;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
  }

  private static List<Mention> mentions(LocalDate date, String words, String tags, String ner, String... arcs)
      throws Exception {
    return stage.process(Fixture.article(date).sentence(words, tags, ner, arcs).build()).mentions();
  }

  private static Mention at(List<Mention> ms, int token) {
    for (Mention m : ms) if (m.covers(token)) return m;
    throw new AssertionError("no mention covers token " + token + " in " + ms);
  }

  @Test
  void countryAndAgentModifyingTheNextNounStayOneGroup() throws Exception {
    List<Mention> ms = mentions(MAY_2018, "Police arrested Kenyan opposition candidates", "NN VBD JJ NN NNS",
        "O O MISC O O", "nsubj 1 0", "root -1 1", "obj 1 4", "amod 4 2", "compound 4 3");
    assertEquals("KENOPP", at(ms, 2).actor().code());
    assertSame(at(ms, 2), at(ms, 3), "one mention for 'Kenyan opposition'");
    List<Mention> army = mentions(MAY_2018, "Israeli army bulldozers razed homes", "JJ NN NNS VBD NNS",
        "MISC O O O O", "amod 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "obj 3 4");
    assertEquals("ISRMIL", at(army, 1).actor().code());
  }

  @Test
  void roleNounsOfThePhoenixRolesCombineWithTheCountry() throws Exception {
    List<Mention> kurds = mentions(MAY_2018, "Thousands of Iraqi Kurds marched", "NNS IN JJ NNPS VBD",
        "O O MISC MISC O", "nsubj 4 0", "case 3 1", "amod 3 2", "nmod:of 0 3", "root -1 4");
    assertEquals("IRQCVL", at(kurds, 3).actor().code());
    List<Mention> guerillas = mentions(MAY_2018, "Afghan guerillas attacked", "JJ NNS VBD", "MISC O O",
        "amod 1 0", "nsubj 2 1", "root -1 2");
    assertEquals("AFGREB", at(guerillas, 1).actor().code(), "the one-l spelling too");
    List<Mention> farmers = mentions(MAY_2018, "French farmers blocked roads", "JJ NNS VBD NNS", "MISC O O O",
        "amod 1 0", "nsubj 2 1", "root -1 2", "obj 2 3");
    assertEquals("FRAAGR", at(farmers, 1).actor().code());
  }

  @Test
  void anAbbreviatedCountryCoordinatedWithAGroupSharesItsRole() throws Exception {
    String tags = "NNP CC JJ NNS VBD";
    String[] arcs = {"nsubj 4 3", "root -1 4", "amod 3 0", "cc 2 1", "conj 0 2", "amod 3 2"};
    List<Mention> us = mentions(MAY_2018, "US and British forces withdrew", tags, "LOCATION O MISC O O", arcs);
    assertEquals("USAMIL", at(us, 0).actor().code());
    assertEquals("GBRMIL", at(us, 2).actor().code());
    List<Mention> named = mentions(MAY_2018, "Russia and Ukrainian forces withdrew", tags, "LOCATION O MISC O O",
        arcs);
    assertEquals("RUS", at(named, 0).actor().code(), "a country's name is the state, not its forces");
  }

  @Test
  void aTitleShowsTheOfficeOfAPersonInAnUndatedText() throws Exception {
    String words = "General Michel Aoun rejected the plan";
    String tags = "NNP NNP NNP VBD DT NN";
    String ner = "O PERSON PERSON O O O";
    String[] arcs = {"compound 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "det 5 4", "obj 3 5"};
    assertEquals("LBNMIL", at(mentions(null, words, tags, ner, arcs), 2).actor().code());
    assertEquals("LBNGOV", at(mentions(MAY_2018, words, tags, ner, arcs), 2).actor().code(),
        "dated, the office held on the day");
    List<Mention> bare = mentions(null, "Michel Aoun rejected the plan", "NNP NNP VBD DT NN",
        "PERSON PERSON O O O", "compound 1 0", "nsubj 2 1", "root -1 2", "det 4 3", "obj 2 4");
    assertEquals("LBNGOV", at(bare, 1).actor().code(), "without a title, the latest office");
  }

  @Test
  void headsAndBodiesOfOrganisationsHaveTheirRole() throws Exception {
    List<Mention> annan = mentions(LocalDate.of(2000, 3, 1), "U.N. Secretary - General Kofi Annan arrived",
        "NNP NNP HYPH NNP NNP NNP VBD", "ORGANIZATION O O O PERSON PERSON O", "compound 5 0", "compound 3 1",
        "punct 3 2", "compound 5 3", "compound 5 4", "nsubj 6 5", "root -1 6");
    Actor a = at(annan, 5).actor();
    assertEquals("IGOUNO", a.code());
    assertEquals("GOV", a.role());
    Actor council = at(mentions(MAY_2018, "The Security Council met", "DT NNP NNP VBD", "O ORGANIZATION ORGANIZATION O",
        "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3"), 2).actor();
    assertEquals("IGOUNO", council.code());
    assertEquals("GOV", council.role());
    Actor refugees = at(mentions(MAY_2018, "UNHCR said", "NNP VBD", "ORGANIZATION O", "nsubj 1 0", "root -1 1"), 0)
        .actor();
    assertEquals("REF", refugees.role(), "the sector block of IGOUNOREFHCR");
    assertEquals("IGOUNOREFHCR", refugees.party());
  }

  @Test
  void provincesAndCitiesArePlacesOfTheirCountry() throws Exception {
    Mention idlib = at(mentions(MAY_2018, "Artillery shelled Idlib", "NN VBD NNP", "O O CITY", "nsubj 1 0",
        "root -1 1", "obj 1 2"), 2);
    assertEquals("SYR", idlib.actor().code());
    assertNull(idlib.actor().role());
    assertTrue(idlib.place());
    List<Mention> florida = mentions(MAY_2018, "Florida lawmakers voted", "NNP NNS VBD", "STATE_OR_PROVINCE O O",
        "compound 1 0", "nsubj 2 1", "root -1 2");
    assertEquals("USALEG", at(florida, 1).actor().code());
    List<Mention> bank = mentions(MAY_2018, "Troops entered the West Bank", "NNS VBD DT NNP NNP",
        "O O O LOCATION LOCATION", "nsubj 1 0", "root -1 1", "det 4 2", "compound 4 3", "obj 1 4");
    assertEquals("PSE", at(bank, 4).actor().code(), "not the West (WST) with a bank");
  }

  @Test
  void roleOptionIsReadAndChecked() throws Exception {
    ActorDictionary d = ActorDictionary.of("roles.tsv", "ORG\tIGOUNO\tSecurity Council\trole=GOV\n"
        + "ORG\tIGOUNOREFHCR\tUNHCR\n");
    Entry council = d.entries().stream().filter(e -> e.name().equals("Security Council")).findFirst().orElseThrow();
    assertEquals("GOV", council.role());
    assertEquals("GOV", council.standalone().role());
    Entry unhcr = d.entries().stream().filter(e -> e.name().equals("UNHCR")).findFirst().orElseThrow();
    assertEquals("REF", unhcr.role());
    ConfigException bad = assertThrows(ConfigException.class,
        () -> ActorDictionary.of("bad.tsv", "ORG\tIGOUNO\tSecurity Council\trole=XYZ\n"));
    assertTrue(bad.getMessage().contains("bad.tsv") && bad.getMessage().contains("XYZ"), bad.getMessage());
  }
}
