package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Mention;

/**
 * Built-in entries for the actors of older news and of smaller countries: leaders before 2000, organisations that
 * have since changed name, armed groups of past conflicts, and the roles CAMEO gives refugees, workers, security
 * forces and military aircraft.
 */
class OlderNewsActorsTest {

  private static DictionaryActorStage stage;
  private static ActorDictionary dict;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
    dict = stage.dictionary();
  }

  private static String code(String name, int year) {
    return dict.lookup(name, LocalDate.of(year, 6, 1)).orElseThrow(() -> new AssertionError(name)).code();
  }

  @Test
  void leadersBefore2000HaveTheirDatedRoles() {
    assertEquals("CIVGOV", code("Laurent Gbagbo", 2005));
    assertEquals("CIVELI", code("Laurent Gbagbo", 1999), "before he took office");
    assertEquals("SDNGOV", code("Omar El Bashir", 1995), "another spelling of Omar al-Bashir");
    assertEquals("KGZGOV", code("Askar Akayev", 2000));
    assertEquals("JPNGOV", code("Ryutaro Hashimoto", 1997));
    assertEquals("PAKMIL", code("Zia-ul-Haq", 1977), "army chief before he became president");
    assertEquals("PAKGOV", code("Zia-ul-Haq", 1980));
    assertEquals("LBRREB", code("Charles Taylor", 1992));
    assertEquals("LBRGOV", code("Charles Taylor", 1999));
    assertEquals("USAGOV", code("Ronald Reagan", 1985));
    assertEquals("USAELI", code("Ronald Reagan", 1990));
    assertEquals("GBRGOV", code("Margaret Thatcher", 1985));
    assertEquals("KHMGOV", code("Hun Sen", 2010));
    assertEquals("KHMLEG", code("Hun Sen", 2025));
  }

  @Test
  void organisationsUnderTheirFormerNames() {
    assertEquals("IGOEUREEC", code("European Community", 1990));
    assertEquals("IGOAFROAU", code("Organization of African Unity", 1990));
    assertEquals("IGOUNOWFP", code("World Food Program", 2000));
    assertEquals("IGOUNOLABILO", code("International Labor Office", 2000));
    assertEquals("SLEREB", code("Revolutionary United Front", 1999));
    assertEquals("LKAREB", code("Tamil Tigers", 2000));
  }

  private static List<Mention> mentions(Fixture f) throws Exception {
    return stage.process(f.build()).mentions();
  }

  @Test
  void northKoreasFullNameAsTheTokenizerSplitsIt() throws Exception {
    List<Mention> ms = mentions(Fixture.article(LocalDate.of(2003, 1, 9)).sentence(
        "the Democratic People 's Republic of Korea protested", "DT NNP NNP POS NNP IN NNP VBD",
        "O LOCATION LOCATION O LOCATION LOCATION LOCATION O",
        "det 4 0", "compound 4 1", "nmod:poss 4 2", "case 2 3", "nmod:of 4 6", "case 6 5", "nsubj 7 4",
        "root -1 7"));
    assertEquals(1, ms.size(), ms.toString());
    assertEquals("PRK", ms.get(0).actor().code());
  }

  @Test
  void refugeesWorkersSecurityForcesAndAircraftHaveTheirRoles() throws Exception {
    List<Mention> ms = mentions(Fixture.article(LocalDate.of(2003, 1, 9)).sentence(
        "Syrian refugees , Chilean workers , Egyptian security forces and Israeli helicopters",
        "JJ NNS , JJ NNS , JJ NN NNS CC JJ NNS", "MISC O O MISC O O MISC O O O MISC O",
        "amod 1 0", "punct 1 2", "amod 4 3", "conj 1 4", "punct 1 5", "amod 8 6", "compound 8 7", "conj 1 8",
        "cc 11 9", "amod 11 10", "conj 1 11", "root -1 1"));
    assertEquals(List.of("SYRREF", "CHLLAB", "EGYCOP", "ISRMIL"), ms.stream().map(m -> m.actor().code()).toList());
  }

  @Test
  void aTitleInThePastIsOutOfOffice() throws Exception {
    List<Mention> known = mentions(Fixture.article(LocalDate.of(2003, 1, 9)).sentence(
        "ousted President Askar Akayev spoke", "JJ NNP NNP NNP VBD", "O O PERSON PERSON O",
        "amod 3 0", "compound 3 1", "compound 3 2", "nsubj 4 3", "root -1 4"));
    assertEquals("KGZELI", known.get(0).actor().code(), "in office in 2003, but the text says ousted");
    List<Mention> unknown = mentions(Fixture.article(LocalDate.of(2003, 1, 9)).sentence(
        "former Socialist Chilean minister Ivan Petrov spoke", "JJ JJ JJ NN NNP NNP VBD",
        "O MISC MISC O PERSON PERSON O",
        "amod 5 0", "amod 5 1", "amod 5 2", "compound 5 3", "compound 5 4", "nsubj 6 5", "root -1 6"));
    assertEquals("CHLELI", unknown.get(unknown.size() - 1).actor().code(), unknown.toString());
    List<Mention> now = mentions(Fixture.article(LocalDate.of(2003, 1, 9)).sentence(
        "the former Chilean republic 's minister Ivan Petrov spoke", "DT JJ JJ NN POS NN NNP NNP VBD",
        "O O MISC O O O PERSON PERSON O",
        "det 3 0", "amod 3 1", "amod 3 2", "nmod:poss 7 3", "case 3 4", "compound 7 5", "compound 7 6",
        "nsubj 8 7", "root -1 8"));
    assertEquals("CHLGOV", now.get(now.size() - 1).actor().code(), "a minister now of a former republic: " + now);
  }

  @Test
  void forcesLedByAStateAreThatStates() throws Exception {
    List<Mention> ms = mentions(Fixture.article(LocalDate.of(2003, 1, 9)).sentence(
        "Chilean - led forces and Peruvian - backed rebels clashed", "JJ HYPH VBN NNS CC JJ HYPH VBN NNS VBD",
        "MISC O O O O MISC O O O O",
        "amod 3 2", "obl:npmod 2 0", "punct 2 1", "nsubj 9 3", "cc 8 4", "amod 8 7", "obl:npmod 7 5",
        "punct 7 6", "conj 3 8", "root -1 9"));
    assertEquals("CHLMIL", ms.get(0).actor().code(), ms.toString());
    assertEquals("PER", ms.get(1).actor().code(), "a sponsor stays a mention of its own: " + ms);
  }
}
