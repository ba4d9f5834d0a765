package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code riposte quotes} end to end: a seed report (read from ../shared at run time) ingested through the CLI, its
 * quotations listed, filtered by speaker and actor, in DESIGN.md's schema.
 */
class QuotesCommandIT {

  @TempDir
  static Path tmp;
  static String db;

  @BeforeAll
  static void ingest() {
    db = tmp.resolve("quotes.duckdb").toString();
    CliRun run = CliRun.of("ingest", SeedsIT.seeds().resolve("004_85cc2dbfdb940f6b.txt").toString(), "--published",
        "2021-10-20", "--db", db);
    assertEquals(0, run.exitCode(), run.err());
  }

  private static List<JsonNode> jsonl(String... filter) throws Exception {
    List<String> args = new ArrayList<>(List.of("quotes", "--db", db, "--format", "jsonl"));
    args.addAll(List.of(filter));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.out().lines().toList()) out.add(mapper.readTree(line));
    return out;
  }

  @Test
  void quotesFollowTheSchemaAndKeepUnnamedSpeakersNull() throws Exception {
    List<JsonNode> all = jsonl();
    assertTrue(all.size() >= 6, all.toString());
    for (JsonNode n : all) {
      List<String> keys = new ArrayList<>();
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) keys.add(it.next());
      assertEquals(List.of("id", "docId", "text", "speaker", "verb", "start", "end", "date"), keys);
      assertTrue(n.get("end").asInt() - n.get("start").asInt() == n.get("text").asText().length(), n.toString());
    }
    assertTrue(all.stream().anyMatch(n -> n.get("speaker").isNull()), "the closing question has no speaker");
  }

  @Test
  void filtersBySpeakerNameAndByActorCode() throws Exception {
    List<JsonNode> peskov = jsonl("--speaker", "peskov");
    assertEquals(3, peskov.size(), peskov.toString());
    for (JsonNode n : peskov) {
      assertEquals("Dmitry Peskov", n.get("speaker").get("name").asText());
      assertEquals("RUSGOV", n.get("speaker").get("code").asText());
    }
    List<JsonNode> nato = jsonl("--actor", "IGOWSTNAT");
    assertEquals(1, nato.size(), nato.toString());
    assertEquals(1, jsonl("--actor", "RUS", "--limit", "1").size());
  }

  @Test
  void tableAndErrors() {
    CliRun table = CliRun.of("quotes", "--db", db, "--speaker", "Lavrov");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("Sergey Lavrov") && table.out().contains("1 quote"), table.out());
    CliRun missing = CliRun.of("quotes", "--db", tmp.resolve("none.duckdb").toString());
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains("no database at"), missing.err());
    assertEquals(2, CliRun.of("quotes", "--db", db, "--limit", "-1").exitCode());
  }
}
