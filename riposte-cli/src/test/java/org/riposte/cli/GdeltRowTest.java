package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Article;

class GdeltRowTest {

  @Test
  void columnsFollowTheGdelt2Codebook() {
    List<String> c = GdeltRow.COLUMNS;
    assertEquals(61, c.size());
    assertEquals(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"),
        c.subList(0, 6));
    assertEquals("Actor2Code", c.get(15));
    assertEquals(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"), c.subList(25, 35));
    assertEquals(List.of("Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
        "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID"), c.subList(35, 43));
    assertEquals("ActionGeo_Type", c.get(51));
    assertEquals(List.of("DATEADDED", "SOURCEURL"), c.subList(59, 61));
  }

  @Test
  void isoCountriesBecomeFipsCodes() {
    assertEquals("RS", FipsCodes.fips("RUS"));
    assertEquals("GM", FipsCodes.fips("DEU"));
    assertEquals("UK", FipsCodes.fips("GBR"));
    assertEquals("UP", FipsCodes.fips("UKR"));
    assertEquals("EZ", FipsCodes.fips("CZE"));
    assertEquals("KV", FipsCodes.fips("KSV"));
    assertEquals("Germany", FipsCodes.name("DEU"));
    assertNull(FipsCodes.fips("WST"), "CAMEO regions have no FIPS code");
    assertNull(FipsCodes.fips(null));
    assertTrue(FipsCodes.size() >= 240, "every UN member and the usual territories: " + FipsCodes.size());
  }

  @Test
  void globalEventIdsArePositiveDeterministicAndDistinct() {
    long a = GdeltRow.globalEventId("256cfc741e46b88ad31617531d111cd7");
    assertEquals(a, GdeltRow.globalEventId("256cfc741e46b88ad31617531d111cd7"));
    assertTrue(a > 0 && a < (1L << 60));
    assertTrue(a != GdeltRow.globalEventId("256cfc741e46b88ad31617531d111cd8"));
  }

  @Test
  void theFirstParagraphEndsAtTheFirstBlankLineAfterTheTitle() {
    Article titled = Article.of(null, null, null, "A headline", "A headline\n\nFirst paragraph.\n\nSecond.");
    assertEquals("A headline\n\nFirst paragraph.".length(), GdeltRow.firstParagraphEnd(titled));
    Article plain = Article.of(null, null, null, null, "One paragraph only.");
    assertEquals("One paragraph only.".length(), GdeltRow.firstParagraphEnd(plain));
  }
}
