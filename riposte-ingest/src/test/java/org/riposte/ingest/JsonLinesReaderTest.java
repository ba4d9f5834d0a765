package org.riposte.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Article;
import org.riposte.api.SourceRecord;

class JsonLinesReaderTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  @Test
  void eachLineIsARecordAndBadLinesDoNotStopTheRun() throws Exception {
    Path file = write("feed.jsonl", String.join("\n",
        "{\"url\":\"https://news.example/a\",\"outlet\":\"The Example Times\",\"published\":\"2021-10-20\","
            + "\"title\":\"Envoy recalled\",\"text\":\"Valdoria recalled its envoy on Wednesday.\"}",
        "",
        "{\"text\": \"Kestania protested. \"",
        "{\"title\":\"No body\"}",
        "   ",
        "{\"text\":\"Talks resumed.\",\"published\":\"2021-10-21T08:00:00Z\"}",
        "{\"text\":\"\"}",
        "[1, 2]",
        "{\"text\":\"A note.\"} {\"text\":\"another\"}",
        ""));
    List<SourceRecord> records = TestRecords.read(file);
    assertEquals(List.of(1, 3, 4, 6, 7, 8, 9),
        records.stream().map(r -> Integer.parseInt(r.origin().substring(r.origin().lastIndexOf(':') + 1))).toList());
    records.forEach(r -> assertTrue(r.origin().startsWith(file + ":"), r.origin()));

    Article first = records.get(0).article();
    assertEquals("https://news.example/a", first.url());
    assertEquals("The Example Times", first.outlet());
    assertEquals(LocalDate.of(2021, 10, 20), first.published());
    assertEquals("Envoy recalled", first.title());
    assertEquals("Valdoria recalled its envoy on Wednesday.", first.text());

    assertTrue(records.get(1).problem().startsWith("malformed JSON on line 3: "), records.get(1).problem());
    assertEquals("no text on line 4: field \"text\" is missing", records.get(2).problem());

    Article fourth = records.get(3).article();
    assertEquals(LocalDate.of(2021, 10, 21), fourth.published());
    assertNull(fourth.url());
    assertNull(fourth.outlet());

    assertEquals("no text on line 7: field \"text\" is empty", records.get(4).problem());
    assertEquals("not a JSON object on line 8", records.get(5).problem());
    assertTrue(records.get(6).problem().startsWith("malformed JSON on line 9: "), records.get(6).problem());
  }

  @Test
  void malformedJsonMessageIsOneLineFromTheParser() throws Exception {
    Path file = write("bad.ndjson", "{\"text\": \"Ministers met.\",}\n");
    String problem = TestRecords.only(TestRecords.read(file)).problem();
    assertTrue(problem.startsWith("malformed JSON on line 1: Unexpected character"), problem);
    assertFalse(problem.contains("\n"));
    assertEquals(file + ":1", TestRecords.only(TestRecords.read(file)).origin());
  }

  @Test
  void fieldOfTheWrongTypeIsAProblem() throws Exception {
    Path file = write("types.jsonl", "{\"text\":\"Talks.\",\"outlet\":42}\n{\"text\":[\"Talks.\"]}\n");
    List<SourceRecord> records = TestRecords.read(file);
    assertEquals("bad field on line 1: \"outlet\" is number, not a string", records.get(0).problem());
    assertEquals("bad field on line 2: \"text\" is array, not a string", records.get(1).problem());
  }

  @Test
  void badPublishedIsAProblem() throws Exception {
    Path file = write("dates.jsonl", "{\"text\":\"Talks.\",\"published\":\"last Tuesday\"}\n");
    assertEquals("bad field on line 1: \"published\" is no date Riposte reads: \"last Tuesday\" (write an ISO date"
        + " such as 2021-10-20)", TestRecords.only(TestRecords.read(file)).problem());
  }

  @Test
  void publishedInTheFormsFeedsAndScrapersWrite() throws Exception {
    LocalDate oct20 = LocalDate.of(2021, 10, 20);
    for (String v : List.of("2021-10-20 10:00:00", "Wed, 20 Oct 2021 10:00:00 GMT", "Wed, 20 Oct 2021 10:00:00 +0000",
        "October 20, 2021", "20 October 2021", "Oct. 20, 2021", "2021/10/20", "20/10/2021", "10/20/2021",
        "20.10.2021")) {
      assertEquals(oct20, JsonLinesReader.date(v, 1), v);
    }
    Path file = write("epoch.jsonl", String.join("\n",
        "{\"text\":\"Talks.\",\"published\":1634724000}",
        "{\"text\":\"Talks again.\",\"published\":1634724000000}",
        "{\"text\":\"Talks once more.\",\"published\":\"11/10/2021\"}",
        "{\"text\":\"Talks at last.\",\"published\":\"31/09/2021\"}", ""));
    List<SourceRecord> records = TestRecords.read(file);
    assertEquals(oct20, records.get(0).article().published(), "seconds since 1970");
    assertEquals(oct20, records.get(1).article().published(), "milliseconds since 1970");
    assertTrue(records.get(2).problem().contains("could be day first or month first"), records.get(2).problem());
    assertTrue(records.get(3).problem().contains("no date Riposte reads"), records.get(3).problem());
  }

  @Test
  void publishedDateTimeKeepsTheDateAsWritten() throws Exception {
    assertEquals(LocalDate.of(2021, 10, 20), JsonLinesReader.date("2021-10-20T23:30:00-05:00", 1));
    assertEquals(LocalDate.of(2021, 10, 20), JsonLinesReader.date("2021-10-20T08:00", 1));
    assertEquals(LocalDate.of(2021, 10, 20), JsonLinesReader.date("2021-10-20", 1));
  }

  @Test
  void datePrecedenceIsMetadataThenOverrideThenText() throws Exception {
    String closing = "Ministers met on Monday.\\n\\nThe Northern Ledger, October 18, 2021";
    Path file = write("precedence.jsonl", String.join("\n",
        "{\"text\":\"" + closing + "\",\"published\":\"2021-10-20\",\"outlet\":\"Wire Desk\"}",
        "{\"text\":\"" + closing + "\"}",
        ""));
    List<SourceRecord> detected = TestRecords.read(file);
    assertEquals(LocalDate.of(2021, 10, 20), detected.get(0).article().published());
    assertEquals("Wire Desk", detected.get(0).article().outlet());
    assertEquals(LocalDate.of(2021, 10, 18), detected.get(1).article().published());
    assertEquals("The Northern Ledger", detected.get(1).article().outlet());

    IngestConfig config = new IngestConfig(LocalDate.of(2021, 10, 19), "Override Press", 4096);
    List<SourceRecord> overridden = TestRecords.read(config, file);
    assertEquals(LocalDate.of(2021, 10, 20), overridden.get(0).article().published());
    assertEquals("Wire Desk", overridden.get(0).article().outlet());
    assertEquals(LocalDate.of(2021, 10, 19), overridden.get(1).article().published());
    assertEquals("Override Press", overridden.get(1).article().outlet());
  }

  @Test
  void emptyAndBlankFilesAreProblems() throws Exception {
    assertEquals("empty file", TestRecords.only(TestRecords.read(write("empty.jsonl", ""))).problem());
    assertEquals("empty file: only blank lines",
        TestRecords.only(TestRecords.read(write("blank.jsonl", "\n  \n\r\n"))).problem());
  }

  @Test
  void oversizeLineIsAProblemAndTheNextLineIsRead() throws Exception {
    String big = "{\"text\":\"" + "z".repeat(200) + "\"}";
    Path file = write("big.jsonl", big + "\n{\"text\":\"Short.\"}\n");
    List<SourceRecord> records = TestRecords.read(IngestConfig.DEFAULT.withMaxBytes(64), file);
    assertEquals("line 1 larger than the limit: " + big.length() + " bytes, limit 64 bytes",
        records.get(0).problem());
    assertEquals(file + ":2", records.get(1).origin());
    assertEquals("Short.", records.get(1).article().text());
  }

  @Test
  void invalidUtf8OnALineNamesTheFileByteOffset() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] first = "{\"text\":\"Fine.\"}\n".getBytes(UTF_8);
    out.writeBytes(first);
    out.writeBytes("{\"text\":\"Caf".getBytes(UTF_8));
    out.write(0xE9);
    out.writeBytes("\"}\n{\"text\":\"Also fine.\"}\n".getBytes(UTF_8));
    Path file = Files.write(dir.resolve("mixed.jsonl"), out.toByteArray());
    List<SourceRecord> records = TestRecords.read(file);
    assertEquals(3, records.size());
    assertTrue(records.get(0).ok());
    assertEquals("not UTF-8 on line 2: invalid byte sequence at byte offset " + (first.length + 12) + " (byte 0xE9)",
        records.get(1).problem());
    assertTrue(records.get(2).ok());
  }

  @Test
  void bomAndCrlfAreAccepted() throws Exception {
    byte[] body = "{\"text\":\"Talks resumed.\"}\r\n{\"text\":\"Talks resumed.\"}\r\n".getBytes(UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    List<SourceRecord> records = TestRecords.read(Files.write(dir.resolve("bom.jsonl"), bytes));
    assertEquals(2, records.size());
    assertEquals(records.get(0).article().id(), records.get(1).article().id());
  }

  @Test
  void binaryJsonLinesFileIsOneProblem() throws Exception {
    byte[] gzip = {0x1F, (byte) 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03};
    Path file = Files.write(dir.resolve("feed.jsonl"), gzip);
    assertEquals("binary file: NUL byte at byte offset 3", TestRecords.only(TestRecords.read(file)).problem());
  }
}
