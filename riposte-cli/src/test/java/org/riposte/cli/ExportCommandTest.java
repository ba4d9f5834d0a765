package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Evidence;
import org.riposte.api.Location;
import org.riposte.api.Outcome;
import org.riposte.api.Status;
import org.riposte.store.BatchEventStore;
import org.riposte.store.EventStores;

/**
 * {@code riposte export} in every format from a store filled with hand-built events, each file read back by a real
 * reader (DuckDB's CSV and Parquet readers, a tab split for GDELT). {@link PostgresExportIT} runs the same tests
 * against a PostgreSQL store.
 */
class ExportCommandTest {

  private static final String TEXT = "Moscow suspends its NATO mission\n\n"
      + "MOSCOW, Oct 18 (Example Wire) - Russia suspended its mission to NATO on Monday.\n\n"
      + "Poland said, \"We regret it\", and warned of consequences.";

  @TempDir Path dir;

  String db;
  Article article;
  Article other;
  Event lead;
  Event later;
  Event undated;

  /** The database the tests fill; PostgreSQL tests override it. */
  String database() throws Exception { return dir.resolve("export.duckdb").toString(); }

  @BeforeEach
  void fill() throws Exception {
    db = database();
    article = Article.of("https://example.test/a?x=1", "Example Wire", LocalDate.of(2021, 10, 19),
        "Moscow suspends its NATO mission", TEXT);
    other = Article.of(null, "Example Times", null, "Undated", "Officials in Warsaw met, the ministry said.");
    Actor rus = new Actor("RUSGOV", "Sergei Lavrov", "RUS", "GOV", ActorKind.PERSON);
    Actor nato = new Actor("IGOWSTNAT", "NATO", null, null, ActorKind.ORGANISATION);
    int start = TEXT.indexOf("Russia suspended");
    lead = new Event("e-lead", null, article.id(), EventDate.day(LocalDate.of(2021, 10, 18)), Status.ASSERTED, rus,
        nato, "161", "16", "SANCTION", -4.0, 4, new Location("Moscow", "RUS"),
        new Evidence("MOSCOW, Oct 18 (Example Wire) - Russia suspended its mission to NATO on Monday.", start,
            start + 60), "suspended", List.of());
    int quote = TEXT.indexOf("Poland said");
    later = new Event("e-later", null, article.id(), EventDate.month(2021, 10), Status.PLANNED,
        new Actor(null, "Polish officials", "POL", "GOV", ActorKind.GROUP), rus, "1384", "13", "THREATEN", -7.0, 3,
        new Location(null, "POL"), new Evidence("Poland said, \"We regret it\", and warned of consequences.", quote,
            quote + 57), "warned", List.of("e-lead", "x,y"));
    undated = new Event("e-undated", null, other.id(), EventDate.UNKNOWN, Status.HYPOTHETICAL,
        new Actor("POLGOV", "Officials", "POL", "GOV", ActorKind.GROUP), null, "040", "04", "CONSULT", 1.0, 1, null,
        new Evidence("Officials in Warsaw met, the ministry said.", 0, 42), "met", List.of());
    try (BatchEventStore store = EventStores.open(db)) {
      store.saveAll(List.of(Analysis.of(article).withEvents(List.of(lead, later)),
          Analysis.of(other).withEvents(List.of(undated))), List.of(Outcome.ok("a", article.id(), "2 events"),
          Outcome.ok("b", other.id(), "1 event")));
    }
  }

  private Path export(String format, String... more) {
    Path out = dir.resolve("out/events." + format);
    List<String> args = new ArrayList<>(List.of("export", "--db", db, "--format", format, "--output", out.toString()));
    args.addAll(Arrays.asList(more));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains(" → " + out), run.out());
    return out;
  }

  @Test
  void jsonlAndCsvAreWhatTheEventsCommandPrints() throws Exception {
    for (String format : List.of("jsonl", "csv")) {
      Path out = export(format);
      CliRun listed = CliRun.of("events", "--db", db, "--format", format);
      assertEquals(0, listed.exitCode(), listed.err());
      assertEquals(listed.out(), Files.readString(out, StandardCharsets.UTF_8), format);
    }
    assertEquals(3, Files.readAllLines(export("jsonl")).size());
  }

  @Test
  void csvReadsBackWithACsvParser() throws Exception {
    Path out = export("csv");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         ResultSet r = c.createStatement().executeQuery("SELECT id, evidence, reactsTo, goldstein FROM read_csv('"
             + out + "', header = true, all_varchar = true, quote = '\"', escape = '\"') ORDER BY id")) {
      assertEquals(24, columnCount(c, "read_csv('" + out + "', header = true)"));
      r.next();
      assertEquals("e-later", r.getString(1));
      assertEquals(later.evidence().sentence(), r.getString(2), "quotes and commas survive");
      assertEquals("e-lead x,y", r.getString(3));
      assertEquals("-7.0", r.getString(4));
      assertTrue(r.next());
      assertTrue(r.next());
      assertFalse(r.next());
    }
  }

  @Test
  void parquetReadsBackWithTypedColumns() throws Exception {
    Path out = export("parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         ResultSet r = c.createStatement().executeQuery("SELECT id, date, datePrecision, goldstein, quadClass, "
             + "reactsTo, evidenceStart, targetCode, locationCountry FROM read_parquet('" + out + "') ORDER BY id")) {
      assertEquals(24, columnCount(c, "read_parquet('" + out + "')"));
      r.next();
      assertEquals("e-later", r.getString(1));
      assertEquals("2021-10", r.getString(2));
      assertEquals("month", r.getString(3));
      Array reacts = r.getArray(6);
      assertEquals(List.of("e-lead", "x,y"), Arrays.asList((Object[]) reacts.getArray()));
      assertEquals("POL", r.getString(9));
      r.next();
      assertEquals("e-lead", r.getString(1));
      assertEquals("2021-10-18", r.getString(2));
      assertEquals(-4.0, r.getDouble(4));
      assertEquals(4, r.getInt(5));
      assertEquals(0, ((Object[]) r.getArray(6).getArray()).length);
      assertEquals(lead.evidence().start(), r.getInt(7));
      assertEquals("IGOWSTNAT", r.getString(8));
      r.next();
      assertEquals("e-undated", r.getString(1));
      r.getString(8);
      assertTrue(r.wasNull(), "no target: null, not an empty string");
      assertFalse(r.next());
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         ResultSet r = c.createStatement().executeQuery("SELECT column_type FROM (DESCRIBE SELECT goldstein, "
             + "quadClass, reactsTo FROM read_parquet('" + out + "'))")) {
      List<String> types = new ArrayList<>();
      while (r.next()) types.add(r.getString(1));
      assertEquals(List.of("DOUBLE", "INTEGER", "VARCHAR[]"), types);
    }
  }

  @Test
  void gdeltHasSixtyOneColumnsInTheCodebookOrder() throws Exception {
    Path out = export("gdelt");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(3, lines.size(), "no header line");
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertEquals(61, f.length, line);
      rows.add(f);
    }
    rows.sort((a, b) -> a[GdeltRow.COLUMNS.indexOf("EventCode")].compareTo(b[GdeltRow.COLUMNS.indexOf("EventCode")]));
    String[] consult = rows.get(0);   // 040, undated, in the undated article
    String[] threaten = rows.get(1);  // 1384, October 2021, later in the text, in Poland
    String[] sanction = rows.get(2);  // 161, 2021-10-18, lead paragraph, Moscow

    assertEquals(Long.toString(GdeltRow.globalEventId("e-lead")), sanction[0]);
    assertTrue(Long.parseLong(sanction[0]) > 0);
    assertEquals("20211018", sanction[1]);
    assertEquals("202110", sanction[2]);
    assertEquals("2021", sanction[3]);
    assertEquals("2021.8712", sanction[4], "GDELT: year + (month * 30 + day) / 365");
    assertEquals("RUSGOV", sanction[5]);
    assertEquals("SERGEI LAVROV", sanction[6]);
    assertEquals("RUS", sanction[7]);
    assertEquals("GOV", sanction[12]);
    assertEquals("IGOWSTNAT", sanction[15]);
    assertEquals("IGO", sanction[22]);
    assertEquals("1", sanction[25], "IsRootEvent: in the first paragraph after the title");
    assertEquals("161", sanction[26]);
    assertEquals("161", sanction[27]);
    assertEquals("16", sanction[28]);
    assertEquals("4", sanction[29]);
    assertEquals("-4.0", sanction[30]);
    assertEquals("1", sanction[31]);
    assertEquals("", sanction[34], "AvgTone");
    assertEquals("0", sanction[35], "Actor1Geo_Type");
    assertEquals("4", sanction[51], "ActionGeo_Type: world city");
    assertEquals("Moscow, Russia", sanction[52]);
    assertEquals("RS", sanction[53], "FIPS, not ISO");
    assertEquals("20211019000000", sanction[59]);
    assertEquals("https://example.test/a?x=1", sanction[60]);

    assertEquals("0", threaten[25], "not in the first paragraph");
    assertEquals("20211001", threaten[1], "a month: its first day");
    assertEquals("", threaten[5], "an uncoded actor keeps its name");
    assertEquals("POLISH OFFICIALS", threaten[6]);
    assertEquals("POL", threaten[7]);
    assertEquals("138", threaten[27]);
    assertEquals("1", threaten[51], "a country");
    assertEquals("Poland", threaten[52]);
    assertEquals("PL", threaten[53]);
    assertEquals("PL", threaten[54]);

    assertEquals("", consult[1], "unknown date, undated article");
    assertEquals("", consult[15], "no target");
    assertEquals("0", consult[51]);
    assertEquals("", consult[59]);
    assertEquals("", consult[60]);

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      assertEquals(61, columnCount(c, "read_csv('" + out + "', delim = '\\t', header = false, all_varchar = true)"));
    }
  }

  @Test
  void filtersAreThoseOfTheEventsCommand() throws Exception {
    List<String> lines = Files.readAllLines(export("jsonl", "--actor", "POL", "--root", "13"));
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).startsWith("{\"id\":\"e-later\""), lines.get(0));
    assertEquals(2, Files.readAllLines(export("gdelt", "--since", "2021-10-01")).size());
  }

  @Test
  void usageErrorsAndMissingDatabasesAreReported() throws Exception {
    CliRun bad = CliRun.of("export", "--db", db, "--format", "xml", "--output", dir.resolve("x").toString());
    assertEquals(2, bad.exitCode());
    CliRun folder = CliRun.of("export", "--db", db, "--format", "csv", "--output", dir.toString());
    assertEquals(2, folder.exitCode());
    assertTrue(folder.err().contains("is a folder"), folder.err());
    CliRun status = CliRun.of("export", "--db", db, "--format", "csv", "--output", dir.resolve("y").toString(),
        "--status", "rumoured");
    assertEquals(2, status.exitCode());
    assertTrue(status.err().contains("unknown --status 'rumoured'"), status.err());
    CliRun none = CliRun.of("export", "--db", dir.resolve("missing.duckdb").toString(), "--format", "csv",
        "--output", dir.resolve("z.csv").toString());
    assertEquals(1, none.exitCode());
    assertTrue(none.err().contains("no database at"), none.err());
    assertFalse(Files.exists(dir.resolve("z.csv")));
  }

  private static int columnCount(Connection c, String from) throws Exception {
    try (ResultSet r = c.createStatement().executeQuery("SELECT * FROM " + from + " LIMIT 1")) {
      ResultSetMetaData m = r.getMetaData();
      return m.getColumnCount();
    }
  }
}
