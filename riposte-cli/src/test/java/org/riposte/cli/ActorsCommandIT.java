package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code riposte actors} and {@code --actors FILE} end to end: an actor no dictionary knows is listed by
 * {@code --unknown}; a user dictionary that names it codes it; a malformed one is refused with its file and line.
 */
class ActorsCommandIT {

  private static final String REPORT = "The Zembla Liberation Front attacked Polish troops near Kabul on Monday.\n\n"
      + "Polish officials condemned the Zembla Liberation Front on Tuesday.\n";

  @TempDir
  Path tmp;

  @Test
  void unknownActorsAreListedUntilAUserDictionaryCodesThem() throws Exception {
    Path text = Files.writeString(tmp.resolve("report.txt"), REPORT);
    Path plain = tmp.resolve("plain.duckdb");
    CliRun ingest = CliRun.of("ingest", text.toString(), "--published", "2021-10-20", "--db", plain.toString());
    assertEquals(0, ingest.exitCode(), ingest.err() + ingest.out());
    assertTrue(ingest.out().contains("could not be coded; list them with: riposte actors --unknown"), ingest.out());

    CliRun unknown = CliRun.of("actors", "--unknown", "--db", plain.toString(), "--format", "csv");
    assertEquals(0, unknown.exitCode(), unknown.err());
    assertTrue(unknown.out().startsWith("code,name,country,role,total,asSource,asTarget,asSpeaker,articles,names"),
        unknown.out());
    assertTrue(unknown.out().lines().anyMatch(l -> l.startsWith(",") && l.contains("Zembla Liberation Front")),
        unknown.out());

    CliRun coded = CliRun.of("actors", "--db", plain.toString(), "--format", "jsonl");
    assertEquals(0, coded.exitCode(), coded.err());
    assertTrue(coded.out().contains("\"code\":\"POLMIL\""), coded.out());

    Path mine = Files.writeString(tmp.resolve("mine.tsv"), "# my armed groups\nORG\tAFGREB\tZembla Liberation Front\n");
    Path withMine = tmp.resolve("mine.duckdb");
    CliRun again = CliRun.of("ingest", text.toString(), "--published", "2021-10-20", "--db", withMine.toString(),
        "--actors", mine.toString());
    assertEquals(0, again.exitCode(), again.err() + again.out());
    CliRun table = CliRun.of("actors", "--db", withMine.toString());
    assertTrue(table.out().lines().anyMatch(l -> l.startsWith("AFGREB ")), table.out());
    CliRun none = CliRun.of("actors", "--unknown", "--db", withMine.toString(), "--format", "csv");
    assertFalse(none.out().contains("Zembla"), none.out());
  }

  @Test
  void aUserDictionaryGivesPeopleTheirRoleAtEachEventsDate() throws Exception {
    Path mine = Files.writeString(tmp.resolve("people.tsv"), "PERSON\tPOL\tJan Kowalczyk|Kowalczyk\t"
        + "POLMIL 2010..2018-12 Chief of the General Staff; POLGOV 2019-01.. President\n");
    Path text = Files.writeString(tmp.resolve("dated.txt"), "In March 2015, Jan Kowalczyk accused Russia of sending "
        + "troops into Ukraine.\n\nOn Tuesday, Kowalczyk met Lithuanian officials in Warsaw.\n");
    Path db = tmp.resolve("dated.duckdb");
    CliRun ingest = CliRun.of("ingest", text.toString(), "--published", "2021-10-20", "--db", db.toString(),
        "--actors", mine.toString());
    assertEquals(0, ingest.exitCode(), ingest.err() + ingest.out());
    CliRun events = CliRun.of("events", "--db", db.toString(), "--format", "csv");
    assertTrue(events.out().lines().anyMatch(l -> l.contains(",2015-03,month,") && l.contains(",POLMIL,Jan Kowalczyk,")
        && l.contains(",112,")), events.out());
    assertTrue(events.out().lines().anyMatch(l -> l.contains(",2021-10-19,day,") && l.contains(",POLGOV,")
        && l.contains(",040,")), events.out());
  }

  @Test
  void aMalformedDictionaryIsRefusedWithItsFileAndLine() throws Exception {
    Path text = Files.writeString(tmp.resolve("report.txt"), REPORT);
    Path bad = Files.writeString(tmp.resolve("bad.tsv"), "PERSON\tRUS\tIvan Petrov\nROLE\tRUSGOV\t2021-02-30\t-\tMinister\n");
    Path db = tmp.resolve("bad.duckdb");
    CliRun run = CliRun.of("ingest", text.toString(), "--db", db.toString(), "--actors", bad.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains(bad + ":2: bad date '2021-02-30'"), run.err());
    assertFalse(Files.exists(db), "nothing written before the dictionaries load");
    CliRun missing = CliRun.of("ingest", text.toString(), "--db", db.toString(), "--actors",
        tmp.resolve("nope.tsv").toString());
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains("nope.tsv: actor dictionary file does not exist"), missing.err());
  }

  @Test
  void aMissingDatabaseIsAnError() {
    CliRun run = CliRun.of("actors", "--db", tmp.resolve("none.duckdb").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("no database at"), run.err());
  }
}
