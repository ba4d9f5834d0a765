package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.ConfigException;

class DictionaryParserTest {

  private static ConfigException failure(String text) {
    return assertThrows(ConfigException.class, () -> ActorDictionary.of("test.tsv", text));
  }

  @Test
  void readsEveryRecordType() throws ConfigException {
    ActorDictionary d = ActorDictionary.of("ok.tsv", String.join("\n",
        "# comment",
        "",
        "COUNTRY\tRUS\tRussia|Russian Federation",
        "ADJ\tRUS\tRussian   # trailing comment",
        "CAPITAL\tRUS\tMoscow",
        "SEAT\tRUSGOV\tKremlin",
        "ORG\tIGOWSTNAT\tNATO",
        "ORG\tIGOWSTNAT\tthe alliance\twhen=IGOWSTNAT/article",
        "AGENT\tDIP\tdiplomat",
        "AGENT\t-\tstaff\tweak modonly",
        "HONORIFIC\t-\tMr.",
        "PERSON\tRUS\tSergey Lavrov|Lavrov",
        "ROLE\tRUSGOV\t2004-03-09\t-\tMinister of Foreign Affairs"));
    assertEquals(10, d.size());
    Entry agent = d.entries().stream().filter(e -> e.type() == EntryType.AGENT).findFirst().orElseThrow();
    assertEquals(List.of("diplomat", "diplomats"), agent.phrases(), "regular plural generated");
    Entry adj = d.entries().stream().filter(e -> e.type() == EntryType.ADJ).findFirst().orElseThrow();
    assertTrue(adj.phrases().contains("Russians"), "demonym plural generated");
    assertEquals("Russia", adj.name(), "adjectives carry their country's name");
    Entry lavrov = d.entries().stream().filter(e -> e.type() == EntryType.PERSON).findFirst().orElseThrow();
    assertEquals(List.of(new DatedRole("RUSGOV", LocalDate.of(2004, 3, 9), null, "Minister of Foreign Affairs")),
        lavrov.roles());
    Entry alliance = d.entries().stream().filter(e -> e.options().condition() != null).findFirst().orElseThrow();
    assertEquals(new Condition("IGOWSTNAT", Scope.ARTICLE), alliance.options().condition());
    assertEquals("NATO", alliance.name(), "conditional phrases carry the organisation's name");
  }

  @Test
  void personWithSpellsOnOneLine() throws ConfigException {
    ActorDictionary d = ActorDictionary.of("spells.tsv", String.join("\n",
        "PERSON\tEGY\tKarim Nabil|Nabil\tEGYMIL 1990..2014-03 Army officer; chief of staff;"
            + " EGYGOV 2014-06-08.. President",
        "PERSON\tFRA\tJeanne Roux\tFRAGOV 2017..2019 Minister of Defence\tplace"));
    Entry nabil = d.entries().get(0);
    assertEquals(List.of(
        new DatedRole("EGYMIL", LocalDate.of(1990, 1, 1), LocalDate.of(2014, 3, 31), "Army officer; chief of staff"),
        new DatedRole("EGYGOV", LocalDate.of(2014, 6, 8), null, "President")), nabil.roles());
    assertEquals("EGYMIL", d.lookup("Karim Nabil", LocalDate.of(2013, 7, 3)).orElseThrow().code());
    assertEquals("EGYELI", d.lookup("Karim Nabil", LocalDate.of(2014, 5, 1)).orElseThrow().code(), "between spells");
    assertEquals("EGYGOV", d.lookup("Karim Nabil", LocalDate.of(2020, 1, 1)).orElseThrow().code());
    Entry roux = d.entries().get(1);
    assertEquals(LocalDate.of(2019, 12, 31), roux.roles().get(0).to(), "a year ends on its last day");
    assertTrue(roux.options().place(), "options follow the spells");
  }

  @Test
  void malformedSpellNamesFileLineAndSpell() {
    ConfigException e = failure("# people\nPERSON\tRUS\tIvan Petrov\tRUSGOV 2020-13..2021 Minister");
    assertTrue(e.getMessage().startsWith("test.tsv:2: "), e.getMessage());
    assertTrue(e.getMessage().contains("2020-13"), e.getMessage());
    ConfigException order = failure("PERSON\tRUS\tIvan Petrov\tRUSGOV 2021..2020 Minister");
    assertTrue(order.getMessage().contains("ends (2020-12-31) before it begins (2021-01-01)"), order.getMessage());
    ConfigException code = failure("PERSON\tRUS\tIvan Petrov\tRUSGOV 2020..2021 Minister; rusmil 2021.. General");
    assertTrue(code.getMessage().startsWith("test.tsv:1: malformed spell 'rusmil 2021.. General'"), code.getMessage());
  }

  @Test
  void pluralsFollowTheHeadWord() {
    assertEquals("spokesmen", Words.plural("spokesman"));
    assertEquals("ministries", Words.plural("ministry"));
    assertEquals("ministers of foreign affairs", Words.plural("minister of foreign affairs"));
    assertEquals("embassies", Words.plural("embassy"));
    assertEquals("hostage-takers", Words.plural("hostage-taker"));
    assertEquals("rebel-held areas", Words.plural("rebel-held area"));
  }

  @Test
  void unknownRecordTypeNamesFileAndLine() {
    ConfigException e = failure("COUNTRY\tRUS\tRussia\nNATION\tUKR\tUkraine");
    assertTrue(e.getMessage().startsWith("test.tsv:2: unknown record type 'NATION'"), e.getMessage());
  }

  @Test
  void roleWithoutPersonIsAnError() {
    ConfigException e = failure("# people\nCOUNTRY\tRUS\tRussia\nROLE\tRUSGOV\t2000-01-01\t-\tPresident");
    assertTrue(e.getMessage().startsWith("test.tsv:3: ROLE must follow a PERSON"), e.getMessage());
  }

  @Test
  void badDateIsAnError() {
    ConfigException e = failure("PERSON\tRUS\tVladimir Putin\nROLE\tRUSGOV\t2000-13-01\t-\tPresident");
    assertTrue(e.getMessage().startsWith("test.tsv:2: bad date '2000-13-01'"), e.getMessage());
  }

  @Test
  void roleEndingBeforeItBeginsIsAnError() {
    ConfigException e = failure("PERSON\tRUS\tVladimir Putin\nROLE\tRUSGOV\t2008-01-01\t2000-01-01\tPresident");
    assertTrue(e.getMessage().startsWith("test.tsv:2: role ends"), e.getMessage());
  }

  @Test
  void unknownOptionIsAnError() {
    ConfigException e = failure("AGENT\tGOV\tofficial\tfeeble");
    assertTrue(e.getMessage().startsWith("test.tsv:1: unknown option 'feeble'"), e.getMessage());
  }

  @Test
  void badCodesAreErrors() {
    assertTrue(failure("COUNTRY\tRUSS\tRussia").getMessage().startsWith("test.tsv:1: COUNTRY needs a three-letter"));
    assertTrue(failure("AGENT\tXYZ\tofficial").getMessage().startsWith("test.tsv:1: unknown role code 'XYZ'"));
    assertTrue(failure("SEAT\tRusGov\tKremlin").getMessage().startsWith("test.tsv:1: malformed actor code"));
    assertTrue(failure("ORG\tIGOWSTNAT\tBrussels\twhen=IGOWSTNAT/planet").getMessage()
        .startsWith("test.tsv:1: unknown scope 'planet'"));
  }

  @Test
  void missingColumnsAreErrors() {
    ConfigException e = failure("\n\nCOUNTRY\tRUS");
    assertTrue(e.getMessage().startsWith("test.tsv:3: COUNTRY needs 3 or 4"), e.getMessage());
    e = failure("PERSON\tRUS\tVladimir Putin\nROLE\tRUSGOV\t2000-01-01\tPresident");
    assertTrue(e.getMessage().startsWith("test.tsv:2: ROLE needs 5"), e.getMessage());
  }

  @Test
  void userFileErrorsNameThePath(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.tsv");
    Files.writeString(f, "COUNTRY\tRUS\tRussia\nCOUNTRY\tRUS\t\n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ActorDictionary.load(new ActorConfig(List.of(f), false)));
    assertTrue(e.getMessage().startsWith(f + ":2: "), e.getMessage());
  }

  @Test
  void missingUserFileIsAnError(@TempDir Path dir) {
    Path f = dir.resolve("absent.tsv");
    ConfigException e = assertThrows(ConfigException.class, () -> ActorDictionary.load(ActorConfig.withDictionaries(f)));
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
  }
}
