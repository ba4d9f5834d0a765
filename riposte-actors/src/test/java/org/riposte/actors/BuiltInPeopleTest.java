package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;

/** The built-in people files: well formed, without clashing names, and coding office holders by the date. */
class BuiltInPeopleTest {

  private static ActorDictionary dict;

  @BeforeAll
  static void load() throws Exception {
    dict = ActorDictionary.load(ActorConfig.DEFAULT);
  }

  private static String code(String name, String date) {
    return dict.lookup(name, LocalDate.parse(date)).map(Actor::code).orElse(null);
  }

  @Test
  void noTwoPeopleShareAName() {
    Map<String, String> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Entry e : dict.entries()) {
      if (e.type() != EntryType.PERSON) continue;
      for (String p : e.phrases()) {
        String k = Words.key(p);
        String before = owner.putIfAbsent(k, e.name() + " (" + e.origin() + ")");
        if (before != null && !before.startsWith(e.name() + " ")) clashes.add(p + ": " + before + " and " + e.name());
      }
    }
    assertTrue(clashes.isEmpty(), "names given to two people: " + clashes);
  }

  @Test
  void everySpellIsOrdered() {
    for (Entry e : dict.entries()) {
      for (DatedRole r : e.roles()) {
        assertTrue(r.from() == null || r.to() == null || !r.to().isBefore(r.from()), e.origin() + " " + r);
        assertTrue(Codes.isWellFormed(r.code()), e.origin() + " " + r);
      }
    }
  }

  @Test
  void coversTheMostReportedCountriesAndOrganisations() {
    Set<String> countries = new HashSet<>();
    Set<String> organisations = new HashSet<>();
    for (Entry e : dict.entries()) {
      if (e.type() != EntryType.PERSON) continue;
      countries.add(e.code());
      for (DatedRole r : e.roles()) if (Codes.isOrganisation(r.code())) organisations.add(r.code());
    }
    assertTrue(countries.size() >= 60, "people of " + countries.size() + " countries: " + countries);
    for (String org : List.of("IGOUNO", "IGOWSTNAT", "IGOEUREEC", "IGOEUROSC", "IGOAFRAFU", "IGOUNOIAE")) {
      assertTrue(organisations.contains(org), "no office holder of " + org);
    }
  }

  @Test
  void theSameNameOnTwoDatesGivesTwoRoles() {
    assertEquals("RUSDIP", code("Sergey Lavrov", "2003-06-01"), "ambassador to the UN");
    assertEquals("RUSGOV", code("Sergey Lavrov", "2010-06-01"), "foreign minister");
    assertEquals("EGYMIL", code("Abdel Fattah el-Sisi", "2013-07-03"), "the general who deposed Morsi");
    assertEquals("EGYGOV", code("Abdel Fattah el-Sisi", "2016-01-01"), "the president");
    assertEquals("USASPY", code("William Burns", "2022-01-01"));
    assertEquals("USADIP", code("William Burns", "2007-01-01"));
    assertEquals("IGOWSTNAT", code("Mark Rutte", "2025-01-01"));
    assertEquals("NLDGOV", code("Mark Rutte", "2015-01-01"));
    assertEquals("USAELI", code("Antony Blinken", "2019-01-01"), "out of office");
    assertEquals("UKRGOV", code("Denys Shmyhal", "2025-08-01"), "prime minister, then defence minister: GOV both");
    assertEquals("UKRGOV", code("Denys Shmyhal", "2022-08-01"));
    assertEquals("PSEREB", code("Ismail Haniyeh", "2020-01-01"));
    assertEquals("SYRGOV", code("Ahmed al-Sharaa", "2025-03-01"));
    assertEquals("SYRREB", code("Abu Mohammed al-Jolani", "2020-03-01"));
  }

  @Test
  void monthAndYearDatesCoverTheirWholePeriod() {
    // "PAKMIL 1980..2022-11-29", "INDGOV 2014-05-26..": the boundaries as written
    assertEquals("PAKMIL", code("Qamar Javed Bajwa", "2022-11-29"));
    assertEquals("PAKELI", code("Qamar Javed Bajwa", "2022-11-30"));
    // "FRAGOV 2024-09-21..2025-10": the last day of October 2025
    assertEquals("FRAGOV", code("Bruno Retailleau", "2025-10-31"));
    assertEquals("FRAELI", code("Bruno Retailleau", "2025-11-01"));
  }

  @Test
  void namesAreKeyedWithoutDiacritics() {
    assertEquals(code("Recep Tayyip Erdogan", "2020-01-01"), code("Recep Tayyip Erdoğan", "2020-01-01"));
    assertEquals("TURGOV", code("Mevlut Cavusoglu", "2020-01-01"));
    assertEquals("TURGOV", code("Mevlüt Çavuşoğlu", "2020-01-01"));
  }
}
