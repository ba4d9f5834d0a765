package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.ConfigException;

class ActorDictionaryTest {

  private static ActorDictionary dict;

  @BeforeAll
  static void load() throws ConfigException {
    dict = DictionaryActorStage.defaultStage().dictionary();
  }

  private static String code(String phrase) {
    return dict.lookup(phrase, LocalDate.of(2021, 10, 21)).map(Actor::code).orElse(null);
  }

  private static Actor at(String person, int year, int month, int day) {
    return dict.lookup(person, LocalDate.of(year, month, day)).orElseThrow();
  }

  @Test
  void countriesByNameAliasAndAdjective() {
    assertEquals("USA", code("United States"));
    assertEquals("USA", code("U.S."));
    assertEquals("USA", code("US"));
    assertEquals("USA", code("America"));
    assertEquals("USA", code("American"));
    assertEquals("RUS", code("Russian Federation"));
    assertEquals("RUS", code("Soviet Union"));
    assertEquals("RUS", code("USSR"));
    assertEquals("GBR", code("Britain"));
    assertEquals("GBR", code("British"));
    assertEquals("POL", code("Polish"));
    assertEquals("UKR", code("Ukrainian"));
    assertEquals("KSV", code("Kosovo"));
    assertEquals("TWN", code("Taiwan"));
    assertEquals("PSE", code("Palestine"));
    assertEquals("VAT", code("Holy See"));
    assertEquals("Russia", dict.lookup("Russian", null).orElseThrow().name());
  }

  @Test
  void armedGroupsAreTheirCountrysRebelsOrInternationalMilitants() {
    Actor taliban = dict.lookup("the Taliban", LocalDate.of(2021, 10, 21)).orElseThrow();
    assertEquals("AFGREB", taliban.code());
    assertEquals("AFG", taliban.country());
    assertEquals("REB", taliban.role());
    Actor isis = dict.lookup("Daesh", LocalDate.of(2021, 10, 21)).orElseThrow();
    assertEquals("IMGMUSISI", isis.code());
    assertNull(isis.country(), "an international militant group has no country");
    assertEquals("IMGMUSISI", isis.party());
    assertEquals("PSEREBHMS", code("Hamas"));
    assertEquals("LBNREB", code("Hezbollah"));
  }

  @Test
  void seatsOfPowerAndCapitals() {
    assertEquals("RUSGOV", code("the Kremlin"));
    assertEquals("USAGOV", code("the White House"));
    assertEquals("USAMIL", code("the Pentagon"));
    assertEquals("GBRGOV", code("Downing Street"));
    assertEquals("FRAGOV", code("Elysee"));
    assertEquals("FRAGOV", code("Élysée"));
    assertEquals("UKRGOV", code("Kyiv"));
    assertEquals("UKRGOV", code("Kiev"));
    assertEquals("CHNGOV", code("Beijing"));
    assertEquals("BELGOV", code("Brussels"), "out of context Brussels is Belgium");
  }

  @Test
  void organisations() {
    assertEquals("IGOWSTNAT", code("NATO"));
    assertEquals("IGOWSTNAT", code("Nato"));
    assertEquals("IGOWSTNAT", code("the Atlantic Alliance"));
    assertEquals("IGOWSTNAT", code("the Western military alliance"));
    assertEquals("IGOEUREEC", code("European Union"));
    assertEquals("IGOUNO", code("UN Security Council"));
    assertEquals("IGOEUROSC", code("Organization for Security and Co-operation in Europe"));
    assertEquals("IGOEUROSC", code("OSCE"));
    assertEquals("IGOEURCOE", code("Council of Europe"));
    assertEquals("IGOUNOIAE", code("IAEA"));
    assertEquals("IGOUNOHLHWHO", code("WHO"));
    assertEquals("NGOHLHIRC", code("Red Cross"));
    assertEquals("NGOHRIAMN", code("Amnesty International"));
    assertEquals("IGOEEU", code("Warsaw Pact"));
    assertEquals("GBREDU", code("Chatham House"));
    assertNull(code("the alliance"), "conditional phrases are not looked up out of context");
    Actor nato = dict.lookup("NATO", null).orElseThrow();
    assertEquals(ActorKind.ORGANISATION, nato.kind());
    assertNull(nato.country());
    assertEquals("IGOWSTNAT", nato.party());
  }

  @Test
  void caseKeepsCommonWordsApart() {
    assertNull(code("us"), "the pronoun is not the United States");
    assertNull(code("Who"), "the pronoun is not the WHO");
    assertEquals("RUS", code("RUSSIA"), "a shouted headline still matches");
  }

  @Test
  void sameNameTwoDatesTwoRoles() {
    Actor general = at("Lloyd Austin", 2010, 6, 1);
    assertEquals("USAMIL", general.code());
    assertEquals("MIL", general.role());
    Actor secretary = at("Lloyd Austin", 2021, 10, 21);
    assertEquals("USAGOV", secretary.code());
    assertEquals("Lloyd Austin", secretary.name());
    assertEquals(ActorKind.PERSON, secretary.kind());
    assertEquals("USA", secretary.country());
  }

  @Test
  void outOfOfficeIsEli() {
    assertEquals("USAGOV", at("Joe Biden", 2012, 1, 1).code(), "vice-president");
    Actor between = at("Joe Biden", 2019, 1, 1);
    assertEquals("USAELI", between.code());
    assertEquals("ELI", between.role());
    assertEquals("USA", between.country());
    assertEquals("USAGOV", at("Biden", 2022, 1, 1).code());
    assertEquals("USAELI", at("Joe Biden", 2025, 6, 1).code());
    assertEquals("USAGOV", at("Donald Trump", 2025, 6, 1).code());
    assertEquals("USAELI", at("Donald Trump", 2022, 6, 1).code());
  }

  @Test
  void organisationRolesHaveNoCountry() {
    Actor sg = at("Jens Stoltenberg", 2021, 10, 21);
    assertEquals("IGOWSTNAT", sg.code());
    assertNull(sg.country());
    assertEquals("IGOWSTNAT", sg.party());
    assertEquals("NORGOV", at("Jens Stoltenberg", 2010, 1, 1).code());
    assertEquals("NLDGOV", at("Mark Rutte", 2023, 1, 1).code());
    assertEquals("IGOWSTNAT", at("Mark Rutte", 2025, 1, 1).code());
  }

  @Test
  void datedRolesOfRussianOfficials() {
    assertEquals("RUSGOV", at("Vladimir Putin", 2010, 1, 1).code(), "prime minister");
    assertEquals("RUSSPY", at("Vladimir Putin", 1999, 1, 1).code(), "FSB director");
    assertEquals("RUSELI", at("Vladimir Putin", 1990, 1, 1).code());
    assertEquals("RUSGOV", at("Sergei Shoigu", 2024, 6, 1).code());
    assertEquals("RUSDIP", at("Sergey Lavrov", 2000, 1, 1).code(), "ambassador to the UN then");
    assertEquals("RUSDIP", at("Mikhail Ulyanov", 2021, 10, 21).code());
    assertEquals("RUSMIL", at("Valery Gerasimov", 2021, 10, 21).code());
    assertEquals("RUSSPY", at("Sergei Skripal", 2018, 3, 4).code());
    assertEquals("RUSOPP", at("Alexei Navalny", 2021, 1, 1).code());
    assertEquals("RUSSPY", at("Nikolai Patrushev", 2005, 1, 1).code(), "FSB director");
    assertEquals("RUSGOV", at("Nikolai Patrushev", 2010, 1, 1).code(), "Security Council secretary");
    assertEquals(5, dict.roles("Vladimir Putin").size());
  }

  @Test
  void unknownDateGivesTheLatestRole() {
    assertEquals("RUSGOV", dict.lookup("Sergei Shoigu", null).orElseThrow().code());
    assertEquals("IGOWSTNAT", dict.lookup("Mark Rutte", null).orElseThrow().code());
    assertEquals("NORGOV", dict.lookup("Jens Stoltenberg", null).orElseThrow().code());
    assertEquals("USAGOV", dict.lookup("Lloyd Austin", null).orElseThrow().code());
  }

  @Test
  void everyUnMemberStateIsPresent() {
    Set<String> countries = new HashSet<>();
    for (Entry e : dict.entries()) {
      if (e.type() == EntryType.COUNTRY && !Codes.isRegion(e.code())) countries.add(e.code());
    }
    // 193 UN members plus Taiwan, Kosovo, Palestine, the Holy See, Hong Kong and Western Sahara.
    assertEquals(199, countries.size(), countries.toString());
    for (String iso : new String[] {"RUS", "UKR", "USA", "GBR", "POL", "BLR", "CHN", "TWN", "KSV", "PSE", "VAT"}) {
      assertTrue(countries.contains(iso), iso);
    }
    assertFalse(countries.contains("WST"));
  }
}
