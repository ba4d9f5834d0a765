package org.riposte.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.riposte.api.Actor;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.Location;

/**
 * One event as a row of the GDELT 2.0 event table: the 61 columns of the GDELT 2.0 Event codebook, in its order
 * ({@link #COLUMNS}). What Riposte fills, and what it leaves empty because it does not know it:
 * <ul>
 *   <li>{@code GLOBALEVENTID}: a positive 60-bit number from the SHA-256 of the event id (deterministic).</li>
 *   <li>{@code SQLDATE}, {@code MonthYear}, {@code Year}, {@code FractionDate}: the event's date — its first day when
 *       the precision is a week, month or year; the article's publication date when the event's date is unknown
 *       (GDELT dates events by their article); empty when neither is known.</li>
 *   <li>Actors: {@code Code}, {@code Name} (upper case, as GDELT writes names), {@code CountryCode} (the CAMEO/ISO
 *       alpha-3 country), {@code Type1Code} (the role: {@code GOV}, {@code MIL}, …, or {@code IGO}/{@code NGO}/…
 *       of an organisation code). Known-group, ethnic, religion and further type codes stay empty.</li>
 *   <li>{@code IsRootEvent}: 1 when the event's sentence starts in the article's first paragraph (after its title
 *       line), else 0.</li>
 *   <li>{@code EventCode}, {@code EventBaseCode} (the first three digits), {@code EventRootCode}, {@code QuadClass},
 *       {@code GoldsteinScale}.</li>
 *   <li>{@code NumMentions}, {@code NumSources}, {@code NumArticles}: 1 — each row is one event in one article.
 *       {@code AvgTone}: empty (Riposte does not score tone).</li>
 *   <li>Geography: Riposte places the action, not the actors, so {@code Actor1Geo_*} and {@code Actor2Geo_*} have
 *       type 0 and are empty. {@code ActionGeo_*} from the event's location: type 1 (country) with the FIPS 10-4
 *       country code (converted from ISO alpha-3) in {@code CountryCode} and {@code ADM1Code} when only a country is
 *       known; type 4 (world city) or 3 (US city) for a named place, named "place, country". No gazetteer: ADM2,
 *       latitude, longitude and feature id stay empty. Without a location, type 0.</li>
 *   <li>{@code DATEADDED}: the article's publication date (else the event's day) at 00:00:00, as
 *       {@code YYYYMMDDHHMMSS}; {@code SOURCEURL}: the article's URL (empty when it has none).</li>
 * </ul>
 * Tabs and line breaks inside values become spaces, as a TSV row needs.
 */
final class GdeltRow {

  /** The column names of the GDELT 2.0 event table, in order. */
  static final List<String> COLUMNS = columns();

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");

  private GdeltRow() {}

  /**
   * The 61 values of an event; {@code article} (its article, for dates, URL and the first paragraph) may be null.
   */
  static List<String> of(Event e, Article article) {
    List<String> v = new ArrayList<>(COLUMNS.size());
    v.add(Long.toString(globalEventId(e.id())));
    LocalDate day = e.date().isKnown() ? e.date().firstDay() : article == null ? null : article.published();
    if (day == null) {
      v.addAll(Collections.nCopies(4, ""));
    } else {
      v.add(day.format(DAY));
      v.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
      v.add(Integer.toString(day.getYear()));
      v.add(String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0));
    }
    actor(v, e.source());
    actor(v, e.target());
    v.add(article != null && e.evidence() != null && e.evidence().start() < firstParagraphEnd(article) ? "1" : "0");
    String cameo = e.cameo() == null ? "" : e.cameo();
    v.add(cameo);
    v.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
    v.add(e.root() != null ? e.root() : cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
    v.add(Integer.toString(e.quadClass()));
    v.add(Double.toString(e.goldstein()));
    v.add("1");
    v.add("1");
    v.add("1");
    v.add("");
    noGeo(v);
    noGeo(v);
    actionGeo(v, e.location());
    LocalDate added = article != null && article.published() != null ? article.published() : day;
    v.add(added == null ? "" : added.format(DAY) + "000000");
    v.add(article == null || article.url() == null ? "" : article.url());
    for (int i = 0; i < v.size(); i++) v.set(i, v.get(i).replaceAll("[\\t\\r\\n]+", " "));
    if (v.size() != COLUMNS.size()) throw new IllegalStateException(v.size() + " GDELT values, not " + COLUMNS.size());
    return v;
  }

  /** A positive number below 2^60 from the SHA-256 of {@code id}. */
  static long globalEventId(String id) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      long n = 0;
      for (int i = 0; i < 8; i++) n = (n << 8) | (h[i] & 0xff);
      return n >>> 4;
    } catch (NoSuchAlgorithmException x) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", x);
    }
  }

  /** The offset where the article's first paragraph ends: its first blank line after a title line. */
  static int firstParagraphEnd(Article a) {
    String text = a.text();
    int from = 0;
    while (from < text.length() && Character.isWhitespace(text.charAt(from))) from++;
    int lineEnd = text.indexOf('\n', from);
    if (a.title() != null && lineEnd > 0 && text.substring(from, lineEnd).strip().equals(a.title().strip())) {
      from = lineEnd + 1;
      while (from < text.length() && Character.isWhitespace(text.charAt(from))) from++;
    }
    Matcher m = BLANK_LINE.matcher(text);
    return m.find(from) ? m.start() : text.length();
  }

  /** The ten actor columns: code, name, country, known group, ethnic, religion 1 and 2, type 1, 2 and 3. */
  private static void actor(List<String> v, Actor a) {
    if (a == null) {
      v.addAll(Collections.nCopies(10, ""));
      return;
    }
    String code = a.code() == null ? "" : a.code();
    v.add(code);
    v.add(a.name() == null ? "" : a.name().toUpperCase(Locale.ROOT));
    v.add(a.country() != null && a.country().length() == 3 ? a.country() : "");
    v.addAll(Collections.nCopies(4, ""));
    String type = a.role();
    if (type == null && code.length() >= 3 && List.of("IGO", "NGO", "IMG", "MNC").contains(code.substring(0, 3))) {
      type = code.substring(0, 3);
    }
    v.add(type == null ? "" : type);
    v.add("");
    v.add("");
  }

  /** Eight geography columns of an unplaced actor: type 0, the rest empty. */
  private static void noGeo(List<String> v) {
    v.add("0");
    v.addAll(Collections.nCopies(7, ""));
  }

  /** Type, full name, country code, ADM1, ADM2, latitude, longitude, feature id of the event's location. */
  private static void actionGeo(List<String> v, Location l) {
    if (l == null || (l.name() == null && FipsCodes.fips(l.country()) == null)) {
      noGeo(v);
      return;
    }
    String fips = FipsCodes.fips(l.country());
    String country = FipsCodes.name(l.country());
    if (l.name() == null) {
      v.add("1");
      v.add(country);
      v.add(fips);
      v.add(fips);
    } else {
      v.add("USA".equals(l.country()) ? "3" : "4");
      v.add(country == null ? l.name() : l.name() + ", " + country);
      v.add(fips == null ? "" : fips);
      v.add("");
    }
    v.addAll(Collections.nCopies(4, ""));
  }

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String a : List.of("Actor1", "Actor2")) {
      for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
        c.add(a + f);
      }
    }
    c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
        c.add(g + f);
      }
    }
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return List.copyOf(c);
  }
}
