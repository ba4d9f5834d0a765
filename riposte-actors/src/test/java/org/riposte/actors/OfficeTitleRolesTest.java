package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;

/**
 * An office of an organisation whose code names no sector takes the role its title names; "civilian" staff are
 * civilians; ground held by rebels and named rebel organisations are rebels.
 */
class OfficeTitleRolesTest {

  private static final String AGENTS = "AGENT\tGOV\tsecretary-general|secretary general|spokesman\n"
      + "AGENT\tGOV\tofficial\tweak\n"
      + "AGENT\tMIL\tgeneral|commander\n"
      + "AGENT\tDIP\tenvoy|special envoy\n"
      + "AGENT\t-\tdirector general|director-general|deputy\tweak modonly\n";

  private static DictionaryActorStage stage;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
  }

  private static Actor person(String line, String name, LocalDate date) throws Exception {
    return ActorDictionary.of("offices.tsv", AGENTS + line).lookup(name, date).orElseThrow();
  }

  @Test
  void anOrganisationsOfficeTakesTheRoleOfItsTitle() throws Exception {
    String line = "PERSON\tPER\tAna Quispe\tIGOXXX 2001..2005 Secretary-General of the Union; "
        + "IGOXXX 2007..2009 Special Envoy for the Lakes; IGOXXX 2010..2012 Director-General of the Agency; "
        + "IGOXXX 2013..2014 Supreme Commander of the Forces\n";
    assertEquals("GOV", person(line, "Ana Quispe", LocalDate.of(2003, 5, 1)).role());
    assertEquals("IGOXXX", person(line, "Ana Quispe", LocalDate.of(2003, 5, 1)).code());
    assertEquals("DIP", person(line, "Ana Quispe", LocalDate.of(2008, 5, 1)).role());
    assertNull(person(line, "Ana Quispe", LocalDate.of(2011, 5, 1)).role(), "a director-general is no general");
    assertEquals("MIL", person(line, "Ana Quispe", LocalDate.of(2013, 5, 1)).role());
  }

  @Test
  void aCodeWithASectorKeepsIt() throws Exception {
    Actor a = person("PERSON\tPER\tAna Quispe\tIGOUNOREFHCR 2001..2005 Special Envoy of the Agency\n", "Ana Quispe",
        LocalDate.of(2003, 5, 1));
    assertEquals("REF", a.role());
    Actor s = person("PERSON\tPER\tAna Quispe\tPERGOV 2001..2005 Army commander\n", "Ana Quispe",
        LocalDate.of(2003, 5, 1));
    assertEquals("GOV", s.role());
  }

  @Test
  void theBuiltInUnSecretaryGeneralIsTheUnsGovernment() {
    Actor annan = stage.dictionary().lookup("Kofi Annan", LocalDate.of(2003, 6, 1)).orElseThrow();
    assertEquals("IGOUNO", annan.code());
    assertEquals("GOV", annan.role());
    assertEquals("DIP", stage.dictionary().lookup("Kofi Annan", null).orElseThrow().role(),
        "undated: the latest office, the UN-Arab League envoy of 2012");
  }

  private static Actor first(String text, String tags, String ner, String... arcs) throws Exception {
    return stage.process(Fixture.article(LocalDate.of(1998, 3, 4)).sentence(text, tags, ner, arcs).build())
        .mentions().get(0).actor();
  }

  @Test
  void civilianStaffAreCivilians() throws Exception {
    assertEquals("PERCVL", first("Peruvian civilian advisers left", "JJ JJ NNS VBD", "MISC O O O",
        "amod 2 0", "amod 2 1", "nsubj 3 2", "root -1 3").code());
  }

  @Test
  void rebelGroundAndRebelOrganisationsAreRebels() throws Exception {
    assertEquals("PERREB", first("Peruvian militant organization grew", "JJ JJ NN VBD", "MISC O O O",
        "amod 2 0", "amod 2 1", "nsubj 3 2", "root -1 3").code());
    assertEquals("PERREB", first("Peruvian rebel - held territory shrank", "JJ NN HYPH VBN NN VBD",
        "MISC O O O O O", "amod 4 0", "compound 3 1", "punct 3 2", "amod 4 3", "nsubj 5 4", "root -1 5").code());
  }

  @Test
  void aTitleTheTaggerCallsAnAdjectiveStillTitlesTheName() throws Exception {
    assertEquals("PERREB", first("Peruvian militant Tomas Yupanqui fled", "JJ JJ NNP NNP VBD",
        "MISC O PERSON PERSON O", "amod 3 0", "amod 3 1", "compound 3 2", "nsubj 4 3", "root -1 4").code());
  }

  @Test
  void movementsAgenciesAndLaterOffices() {
    ActorDictionary d = stage.dictionary();
    assertEquals("EGYOPP", d.lookup("Kifaya", LocalDate.of(2005, 3, 1)).orElseThrow().code());
    assertEquals("ITAMED", d.lookup("ANSA", LocalDate.of(2005, 3, 1)).orElseThrow().code());
    assertEquals("CIVOPP", d.lookup("Alassane Ouattara", LocalDate.of(2005, 3, 1)).orElseThrow().code());
    assertEquals("CIVGOV", d.lookup("Alassane Ouattara", LocalDate.of(2015, 3, 1)).orElseThrow().code());
  }

  @Test
  void armedGroupsAndAidGroups() throws Exception {
    ActorDictionary d = stage.dictionary();
    assertEquals("IRQMIL", d.lookup("Peshmerga", LocalDate.of(2015, 3, 1)).orElseThrow().code());
    Actor dpko = d.lookup("DPKO", LocalDate.of(2015, 3, 1)).orElseThrow();
    assertEquals("IGOUNO", dpko.code());
    assertEquals("MIL", dpko.role());
    assertEquals("NGO", first("Aid workers left", "NN NNS VBD", "O O O", "compound 1 0", "nsubj 2 1",
        "root -1 2").code());
  }
}
