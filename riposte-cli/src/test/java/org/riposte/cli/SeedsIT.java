package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Actor;
import org.riposte.api.DatePrecision;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.EventQuery;
import org.riposte.api.EventStore;
import org.riposte.store.EventStores;

/**
 * The CLI on the two seed reports of ../shared/seeds (read at run time): the events a reader of those reports must
 * find, each with source and target party, root code and date.
 */
class SeedsIT {

  @TempDir
  static Path tmp;
  static Path db;
  static List<Event> events;
  static CliRun first;
  static CliRun second;

  static Path seeds() {
    String shared = System.getProperty("riposte.shared", "../shared");
    Path p = Path.of(shared, "seeds");
    assertTrue(Files.isDirectory(p), "seeds not found at " + p.toAbsolutePath());
    return p;
  }

  @BeforeAll
  static void ingestSeeds() throws Exception {
    db = tmp.resolve("seeds.duckdb");
    first = CliRun.of("ingest", seeds().resolve("000_2691972916377a45.txt").toString(), "--db", db.toString());
    second = CliRun.of("ingest", seeds().resolve("004_85cc2dbfdb940f6b.txt").toString(), "--published",
        "2021-10-20", "--db", db.toString());
    try (EventStore store = EventStores.open(db.toString())) {
      events = store.events(EventQuery.all());
    }
  }

  @Test
  void bothSeedsAreIngestedWithTheirDates() throws Exception {
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(first.out().contains("1 document: 1 ok"), first.out());
    try (EventStore store = EventStores.open(db.toString())) {
      List<LocalDate> dates = store.articles(0).stream().map(a -> a.published()).sorted().toList();
      assertEquals(List.of(LocalDate.of(2021, 10, 20), LocalDate.of(2021, 10, 21)), dates);
    }
  }

  @Test
  void natoExpelsRussianDiplomats() {
    expect("NATO expels members of Russia's mission", "IGOWSTNAT", Set.of("RUS"), Set.of("16", "17"),
        d -> within(d, "2021-10-01", "2021-10-31"), e -> true);
  }

  @Test
  void russiaSuspendsItsMissionToNato() {
    expect("Russia suspends its mission to NATO", "RUS", Set.of("IGOWSTNAT"), Set.of("16"),
        d -> d.precision() != DatePrecision.YEAR && d.precision() != DatePrecision.MONTH
            && within(d, "2021-10-18", "2021-11-01"),
        e -> mentions(e, "suspen", "clos"));
  }

  @Test
  void russiaRevokesTheLiaisonMissionsAccreditation() {
    expect("Russia revokes NATO's liaison mission / orders NATO staff out", "RUS", Set.of("IGOWSTNAT"),
        Set.of("16", "17"), d -> within(d, "2021-10-18", "2021-11-01"),
        e -> e.evidence().sentence().contains("accreditation") || e.evidence().sentence().contains("leave Moscow")
            ? !e.trigger().toLowerCase(Locale.ROOT).startsWith("clos")
            && !e.trigger().toLowerCase(Locale.ROOT).startsWith("suspen") : false);
  }

  @Test
  void usDefenceSecretaryVisitsUkraine() {
    expect("Austin visits Kyiv", "USA", Set.of("UKR"), Set.of("04"), d -> within(d, "2021-10-18", "2021-10-24"),
        e -> true);
  }

  @Test
  void russiasDeputyForeignMinisterWarns() {
    expect("Rudenko warns of consequences", "RUS", Set.of("UKR", "IGOWSTNAT"), Set.of("13"),
        d -> d.precision() == DatePrecision.DAY && d.value().equals("2021-10-21"), e -> true);
  }

  @Test
  void russiaAnnexedCrimea() {
    expect("Russia annexed Crimea", "RUS", Set.of("UKR"), Set.of("14", "15", "16", "17", "18", "19", "20"),
        d -> within(d, "2014-01-01", "2014-12-31"), e -> true);
  }

  @Test
  void russiaMassedTroopsNearUkraine() {
    expect("Russia massed troops near Ukraine", "RUS", Set.of("UKR"), Set.of("15"),
        d -> within(d, "2021-01-01", "2021-12-31"), e -> true);
  }

  @Test
  void natoCutRussiasMissionIn2018() {
    expect("NATO cut Russia's mission from 30 to 20", "IGOWSTNAT", Set.of("RUS"), Set.of("16"),
        d -> within(d, "2018-01-01", "2018-12-31"), e -> true);
  }

  @Test
  void eventsAsJsonLinesFollowTheDesignSchema() throws Exception {
    CliRun run = CliRun.of("events", "--db", db.toString(), "--format", "jsonl");
    assertEquals(0, run.exitCode(), run.err());
    ObjectMapper m = new ObjectMapper();
    List<String> lines = run.out().lines().toList();
    assertEquals(events.size(), lines.size());
    List<String> expected = List.of("id", "storyId", "docId", "date", "datePrecision", "status", "source", "target",
        "cameo", "root", "plover", "goldstein", "quadClass", "location", "evidence", "trigger", "reactsTo");
    for (String line : lines) {
      JsonNode n = m.readTree(line);
      List<String> keys = new ArrayList<>();
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) keys.add(it.next());
      assertEquals(expected, keys);
      assertTrue(n.get("source").has("code") && n.get("source").has("name") && n.get("source").has("country"));
      assertTrue(Set.of("asserted", "planned", "negated", "hypothetical", "claimed").contains(n.get("status").asText()));
      assertTrue(Set.of("day", "week", "month", "year", "unknown").contains(n.get("datePrecision").asText()));
      assertTrue(n.get("cameo").asText().startsWith(n.get("root").asText()));
      int start = n.get("evidence").get("start").asInt();
      int end = n.get("evidence").get("end").asInt();
      assertEquals(n.get("evidence").get("sentence").asText().length(), end - start);
      assertTrue(n.get("quadClass").asInt() >= 1 && n.get("quadClass").asInt() <= 4);
    }
    CliRun filtered = CliRun.of("events", "--db", db.toString(), "--root", "16", "--actor", "RUS", "--format", "csv");
    assertEquals(0, filtered.exitCode(), filtered.err());
    assertTrue(filtered.out().lines().count() >= 3, filtered.out());
    filtered.out().lines().skip(1).forEach(l -> assertTrue(l.contains(",16,"), l));
    CliRun planned = CliRun.of("events", "--db", db.toString(), "--status", "planned,negated", "--format", "jsonl");
    assertEquals(0, planned.exitCode(), planned.err());
    assertTrue(planned.out().lines().count() >= 2, planned.out());
    planned.out().lines().forEach(l -> assertTrue(l.contains("\"status\":\"planned\"")
        || l.contains("\"status\":\"negated\""), l));
    CliRun wrong = CliRun.of("events", "--db", db.toString(), "--status", "rumoured");
    assertEquals(2, wrong.exitCode());
    assertTrue(wrong.err().contains("unknown --status 'rumoured'"), wrong.err());
  }

  @Test
  void ingestingTheSameSeedAgainStoresNothingNew() {
    CliRun again = CliRun.of("ingest", seeds().resolve("000_2691972916377a45.txt").toString(), "--db", db.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("0 ok") && again.out().contains("1 skipped"), again.out());
    assertTrue(again.err().contains("already stored"), again.err());
  }

  private static boolean within(EventDate d, String from, String to) {
    if (!d.isKnown()) return false;
    return !d.firstDay().isBefore(LocalDate.parse(from)) && !d.lastDay().isAfter(LocalDate.parse(to));
  }

  private static boolean mentions(Event e, String... prefixes) {
    String t = e.trigger() == null ? "" : e.trigger().toLowerCase(Locale.ROOT);
    for (String p : prefixes) if (t.startsWith(p)) return true;
    return false;
  }

  private static String party(Actor a) {
    return a == null || a.code() == null ? null : a.party();
  }

  private static void expect(String what, String source, Set<String> targets, Set<String> roots,
                             Predicate<EventDate> date, Predicate<Event> extra) {
    assertNotNull(events);
    for (Event e : events) {
      String target = party(e.target());
      if (source.equals(party(e.source())) && target != null && targets.contains(target) && roots.contains(e.root())
          && date.test(e.date()) && extra.test(e)) {
        return;
      }
    }
    StringBuilder sb = new StringBuilder("missing: " + what + " (" + source + " → " + targets + ", root " + roots
        + "). Events found:\n");
    for (Event e : events) {
      sb.append(String.format("  %s %-8s %s %-10s → %-10s %s '%s' | %s%n", e.date().value(), e.date().precision().label(),
          e.cameo(), party(e.source()), party(e.target()), e.status().label(), e.trigger(),
          Text.clip(e.evidence().sentence(), 90)));
    }
    fail(sb.toString());
  }
}
