package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;

/**
 * The officials of {@code people-officials-b.tsv} (Russia and Eurasia, China, North Korea, South Asia, the Middle East,
 * Africa, the Caucasus and Kazakhstan): coded by the office held on the date, and, with the other built-in files, a
 * defence minister and a foreign minister for every year from 2000 to 2025 in each of these countries.
 */
class OfficialsCoverageEastTest {

  /** The countries the file covers. */
  static final List<String> COUNTRIES = List.of("RUS", "UKR", "BLR", "CHN", "PRK", "PAK", "AFG", "IRN", "ISR", "PSE",
      "TUR", "SAU", "ARE", "QAT", "EGY", "SYR", "IRQ", "LBN", "JOR", "YEM", "LBY", "NGA", "ZAF", "ETH", "KEN", "SDN",
      "SRB", "GEO", "AZE", "ARM", "KAZ");

  /**
   * Years without a defence minister in the built-in files, each for a stated reason. A year listed here that
   * becomes covered fails the test, so the list shrinks as spells are added.
   */
  static final Map<String, Set<Integer>> DEFENCE_GAPS = Map.ofEntries(
      // Palestine has no defence ministry.
      Map.entry("PSE", years(2000, 2025)),
      // Musharraf kept the defence portfolio as Chief Executive until Rao Sikandar Iqbal (November 2002).
      Map.entry("PAK", Set.of(2000, 2001)),
      // The Emir held the portfolio until a Minister of State for Defence Affairs was named in 2013.
      Map.entry("QAT", years(2000, 2012)),
      // Yemen after the Houthi takeover (2016-): ministers of the Hadi government not known well enough.
      Map.entry("YEM", years(2016, 2025)),
      // Libya: no minister under Gaddafi; rival governments after 2012.
      Map.entry("LBY", Set.of(2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2013, 2014, 2015,
          2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025)),
      // Nigeria 2013: a minister of state supervised the ministry.
      Map.entry("NGA", Set.of(2013)),
      // Ethiopia 2000: not known well enough.
      Map.entry("ETH", Set.of(2000)),
      // Kenya: defence sat in the Office of the President until a minister of state was named in 2006.
      Map.entry("KEN", years(2000, 2005)),
      // Sudan after 2020 (acting ministers during the war).
      Map.entry("SDN", Set.of(2021, 2022, 2023, 2024, 2025)),
      // Serbia: the Yugoslav ministers of 2000-2002 and the minister of 2025 (not known well enough).
      Map.entry("SRB", Set.of(2000, 2001, 2002, 2025)));

  /** Years without a foreign minister in the built-in files, each for a stated reason (as above). */
  static final Map<String, Set<Integer>> FOREIGN_GAPS = Map.ofEntries(
      // Palestine: Shaath was minister of planning and international cooperation until 2003; 2025 not known.
      Map.entry("PSE", Set.of(2000, 2001, 2002, 2025)),
      // Kenya 2000-2002, Yemen 2015-2017, Libya 2013-2015 and 2024-2025, Sudan after the 2021 coup: not known
      // well enough.
      Map.entry("KEN", Set.of(2000, 2001, 2002)),
      Map.entry("YEM", Set.of(2015, 2016, 2017)),
      Map.entry("LBY", Set.of(2013, 2014, 2015, 2024, 2025)),
      Map.entry("SDN", Set.of(2022, 2023, 2024, 2025)),
      // Kazakhstan 2024-2025: not known well enough.
      Map.entry("KAZ", Set.of(2024, 2025)));

  private static ActorDictionary dict;

  @BeforeAll
  static void load() throws Exception {
    dict = ActorDictionary.load(ActorConfig.DEFAULT);
  }

  private static Set<Integer> years(int from, int to) {
    Set<Integer> s = new java.util.HashSet<>();
    for (int y = from; y <= to; y++) s.add(y);
    return Set.copyOf(s);
  }

  private static String code(String name, String date) {
    return dict.lookup(name, LocalDate.parse(date)).map(Actor::code).orElse(null);
  }

  @Test
  void officialsAreCodedByTheOfficeHeldOnTheDate() {
    assertEquals("RUSGOV", code("Igor Sergeyev", "2000-06-01"), "defence minister");
    assertEquals("RUSELI", code("Igor Sergeyev", "2005-01-01"), "out of office");
    assertEquals("RUSDIP", code("Sergei Kislyak", "2010-01-01"), "ambassador in Washington");
    assertEquals("TURGOV", code("Vecdi Gönül", "2005-01-01"));
    assertEquals("TURELI", code("Vecdi Gonul", "2013-01-01"));
    assertEquals("ISRMIL", code("Shaul Mofaz", "2001-01-01"), "chief of the general staff");
    assertEquals("ISRGOV", code("Shaul Mofaz", "2004-01-01"), "then defence minister");
    assertEquals("EGYSPY", code("Omar Suleiman", "2005-01-01"), "intelligence chief");
    assertEquals("EGYGOV", code("Omar Suleiman", "2011-02-05"), "vice president in the last days of Mubarak");
    assertEquals("IRNGOV", code("Ali Shamkhani", "2003-01-01"));
    assertEquals("IRNELI", code("Ali Shamkhani", "2010-01-01"));
    assertEquals("NGAMIL", code("Tukur Buratai", "2018-01-01"));
    assertEquals("NGAELI", code("Tukur Buratai", "2022-06-01"));
    assertEquals("CHNGOV", code("Zhou Yongkang", "2005-01-01"));
    assertEquals("CHNELI", code("Zhou Yongkang", "2015-01-01"));
    assertEquals("PAKDIP", code("Munir Akram", "2005-01-01"), "first term at the UN");
    assertEquals("PAKELI", code("Munir Akram", "2010-01-01"));
    assertEquals("UKRGOV", code("Yuri Lutsenko", "2008-06-01"), "interior minister");
    assertEquals("UKRJUD", code("Yuriy Lutsenko", "2017-06-01"), "prosecutor general");
    assertEquals("SRBGOV", code("Vuk Jeremić", "2010-01-01"));
    assertEquals("IGOUNO", code("Vuk Jeremic", "2013-03-01"), "president of the General Assembly");
    assertEquals("SAUGOV", code("Sultan bin Abdulaziz", "2008-01-01"));
    assertEquals("SAUELI", code("Sultan bin Abdulaziz", "2012-01-01"));
  }

  @Test
  void everyYearHasADefenceMinister() {
    assertCovered("defence minister", OfficialsCoverageEastTest::isDefenceMinister, DEFENCE_GAPS);
  }

  @Test
  void everyYearHasAForeignMinister() {
    assertCovered("foreign minister", OfficialsCoverageEastTest::isForeignMinister, FOREIGN_GAPS);
  }

  /** "Minister of Defence", "Cabinet Secretary for Defence", "Minister of the People's Armed Forces" … not deputies. */
  static boolean isDefenceMinister(String office) {
    String t = office.toLowerCase(Locale.ROOT);
    boolean office_ = t.contains("minister") || t.contains("secretary");
    boolean defence = t.contains("defen") || t.contains("armed forces");
    return office_ && defence && !t.contains("deputy") && !t.contains("assistant") && !t.contains("council");
  }

  /** "Minister of Foreign Affairs", "Foreign Minister (…)", "Adviser … on Foreign Affairs" … not deputies. */
  static boolean isForeignMinister(String office) {
    String t = office.toLowerCase(Locale.ROOT);
    if (t.contains("minister of international relations")) return true;
    boolean office_ = t.contains("minister") || t.contains("secretary") || t.contains("adviser");
    return office_ && t.contains("foreign") && !t.contains("deputy") && !t.contains("vice") && !t.contains("assistant")
        && !t.contains("state for") && !t.contains("spokes") && !t.contains("policy adviser")
        && !t.contains("diplomatic adviser");
  }

  private static void assertCovered(String what, Predicate<String> office, Map<String, Set<Integer>> gaps) {
    List<String> missing = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    for (String country : COUNTRIES) {
      Set<Integer> known = gaps.getOrDefault(country, Set.of());
      for (int year = 2000; year <= 2025; year++) {
        boolean covered = covered(country, year, office);
        if (!covered && !known.contains(year)) missing.add(country + " " + year);
        if (covered && known.contains(year)) stale.add(country + " " + year);
      }
    }
    assertTrue(missing.isEmpty(), "years without a " + what + ": " + missing);
    assertTrue(stale.isEmpty(), "listed as gaps but covered, drop them from the list: " + stale);
  }

  private static boolean covered(String country, int year, Predicate<String> office) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    for (Entry e : dict.entries()) {
      if (e.type() != EntryType.PERSON) continue;
      for (DatedRole r : e.roles()) {
        if (!r.code().startsWith(country)) continue;
        if (r.from() != null && r.from().isAfter(last)) continue;
        if (r.to() != null && r.to().isBefore(first)) continue;
        for (String part : r.title().split(";")) if (office.test(part)) return true;
      }
    }
    return false;
  }
}
