package org.riposte.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Article;
import org.riposte.api.IngestException;
import org.riposte.api.SourceRecord;

class FileIngestStageTest {

  static final String REPORT = """
      Valdoria recalls envoy after border incident

      VESTRA, Oct 18 (Reuters) - Valdoria recalled its ambassador to Kestania on Monday after two border guards \
      were injured in a clash near the river crossing, the foreign ministry said.

      "We will not accept provocations," the ministry said in a statement.
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  @Test
  void plainTextFileGivesOneArticle() throws Exception {
    Path file = write("envoy.txt", REPORT);
    SourceRecord r = TestRecords.only(TestRecords.read(file));
    assertTrue(r.ok(), r::problem);
    assertEquals(file.toString(), r.origin());
    Article a = r.article();
    assertEquals(file.toUri().toString(), a.url());
    assertEquals("Valdoria recalls envoy after border incident", a.title());
    assertEquals(Article.normalise(REPORT), a.text());
    assertEquals(Article.idOf(a.text()), a.id());
    assertEquals("Reuters", a.outlet());
    assertNull(a.published(), "the dateline has no year: no date");
    assertEquals("en", a.language());
  }

  @Test
  void plainTextKindsAreReadAlike() throws Exception {
    for (String name : List.of("a.text", "b.md", "c", "d.TXT")) {
      SourceRecord r = TestRecords.only(TestRecords.read(write(name, REPORT)));
      assertTrue(r.ok(), name + ": " + r.problem());
    }
  }

  @Test
  void folderIsWalkedRecursivelyInStableOrderSkippingHiddenEntries() throws Exception {
    write("b.txt", "Second report on the summit.");
    write("a/z.txt", "First report, in a sub-folder.");
    write("a/b/c.txt", "Deeper report on the talks.");
    write("c.txt", "Last report of the day.");
    write(".hidden.txt", "A hidden draft that must not be read.");
    write(".cache/x.txt", "A file in a hidden folder.");
    write("a/.DS_Store", new byte[] {0, 0, 0, 1});
    List<String> origins = TestRecords.read(dir).stream().map(SourceRecord::origin).toList();
    assertEquals(List.of(
        dir.resolve("a/b/c.txt").toString(),
        dir.resolve("a/z.txt").toString(),
        dir.resolve("b.txt").toString(),
        dir.resolve("c.txt").toString()), origins);
  }

  @Test
  void inputsAreReadInTheOrderGiven() throws Exception {
    Path b = write("b.txt", "Ministers met in the capital.");
    Path a = write("a.txt", "The talks were postponed.");
    List<String> origins = TestRecords.read(b, a).stream().map(SourceRecord::origin).toList();
    assertEquals(List.of(b.toString(), a.toString()), origins);
  }

  @Test
  void hiddenFileNamedExplicitlyIsRead() throws Exception {
    Path hidden = write(".draft.txt", "The envoy returned home.");
    assertTrue(TestRecords.only(TestRecords.read(hidden)).ok());
  }

  @Test
  void missingInputThrowsNamingItBeforeReadingAnything() throws Exception {
    Path good = write("good.txt", "The council met.");
    Path missing = dir.resolve("nowhere/missing.txt");
    List<SourceRecord> seen = new ArrayList<>();
    IngestException e = assertThrows(IngestException.class,
        () -> new FileIngestStage().read(List.of(good, missing), seen::add));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertTrue(seen.isEmpty(), "nothing is read when an input is missing");
  }

  @Test
  void emptyFileIsAProblem() throws Exception {
    SourceRecord r = TestRecords.only(TestRecords.read(write("empty.txt", "")));
    assertFalse(r.ok());
    assertEquals("empty file", r.problem());
  }

  @Test
  void whiteSpaceOnlyFileIsAProblem() throws Exception {
    SourceRecord r = TestRecords.only(TestRecords.read(write("blank.txt", " \n\t\r\n ")));
    assertEquals("empty file: only white space", r.problem());
  }

  @Test
  void markupIsReadInItsFormatByNameOrByItsOpening() throws Exception {
    SourceRecord page = TestRecords.only(TestRecords.read(write("page.html", "<p>" + REPORT + "</p>")));
    assertTrue(page.ok(), "an HTML fragment named .html is a page: " + page.problem());
    assertTrue(page.article().text().contains("Valdoria recalled its ambassador"), page.article().text());
    assertFalse(page.article().text().contains("<p>"), page.article().text());
    SourceRecord feed = TestRecords.only(TestRecords.read(write("feed.txt", "\n<?xml version=\"1.0\"?>\n<rss>"
        + REPORT + "</rss>")));
    assertTrue(feed.problem().startsWith("RSS/Atom parse error"), feed.problem());
    SourceRecord doc = TestRecords.only(TestRecords.read(write("saved", "<!DOCTYPE html><html><body><p>"
        + REPORT + "</p></body></html>")));
    assertTrue(doc.ok(), "a document opening as HTML is a page: " + doc.problem());
    SourceRecord svg = TestRecords.only(TestRecords.read(write("chart.xml", "<?xml version=\"1.0\"?>\n<svg>"
        + REPORT + "</svg>")));
    assertTrue(svg.problem().startsWith("XML markup that is neither an HTML page nor an RSS/Atom feed"),
        svg.problem());
    SourceRecord text = TestRecords.only(TestRecords.read(write("note.txt", "<Reuters> " + REPORT)));
    assertTrue(text.ok(), "a bracket is no markup: " + text.problem());
  }

  @Test
  void binaryFileWithNulBytesIsAProblem() throws Exception {
    byte[] bytes = "PK\u0003\u0004 archive".getBytes(UTF_8);
    bytes[9] = 0;
    SourceRecord r = TestRecords.only(TestRecords.read(write("archive.txt", bytes)));
    assertEquals("binary file: NUL byte at byte offset 9", r.problem());
  }

  @Test
  void binaryFileWithManyControlCharactersIsAProblem() throws Exception {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
    SourceRecord r = TestRecords.only(TestRecords.read(write("blob.bin", bytes)));
    assertTrue(r.problem().startsWith("binary file: 33% of the first 200 bytes are control characters"),
        r.problem());
  }

  @Test
  void invalidUtf8IsAProblemNamingTheByteOffset() throws Exception {
    byte[] head = "The minister in Montr".getBytes(UTF_8);
    byte[] bytes = new byte[head.length + 10];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // Latin-1 "é"
    System.arraycopy("al spoke.\n".getBytes(UTF_8), 0, bytes, head.length + 1, 9);
    SourceRecord r = TestRecords.only(TestRecords.read(write("latin1.txt", bytes)));
    assertEquals("not UTF-8: invalid byte sequence at byte offset 21 (byte 0xE9)", r.problem());
  }

  @Test
  void truncatedUtf8SequenceAtTheEndIsAProblem() throws Exception {
    byte[] text = "Talks ended abruptly ".getBytes(UTF_8);
    byte[] bytes = Arrays.copyOf(text, text.length + 1);
    bytes[text.length] = (byte) 0xC3;
    SourceRecord r = TestRecords.only(TestRecords.read(write("cut.txt", bytes)));
    assertEquals("not UTF-8: invalid byte sequence at byte offset " + text.length + " (byte 0xC3)", r.problem());
  }

  @Test
  void oversizeFileIsAProblemNamingSizeAndLimit() throws Exception {
    Path file = write("long.txt", "x".repeat(100));
    SourceRecord r = TestRecords.only(TestRecords.read(IngestConfig.DEFAULT.withMaxBytes(64), file));
    assertEquals("file larger than the limit: 100 bytes, limit 64 bytes", r.problem());
  }

  @Test
  void fileExactlyAtTheLimitIsRead() throws Exception {
    Path file = write("edge.txt", "y".repeat(64));
    assertTrue(TestRecords.only(TestRecords.read(IngestConfig.DEFAULT.withMaxBytes(64), file)).ok());
  }

  @Test
  void unreadableFileIsAProblem() throws Exception {
    Path file = write("secret.txt", "Classified cable.");
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeFalse(true, "no POSIX permissions here");
    }
    assumeFalse(Files.isReadable(file), "running with privileges that ignore permissions");
    SourceRecord r = TestRecords.only(TestRecords.read(file));
    assertEquals("unreadable file: permission denied", r.problem());
  }

  @Test
  void aBadFileDoesNotStopTheRun() throws Exception {
    write("1.txt", "The first report.");
    write("2.txt", "");
    write("3.txt", "The third report.");
    List<SourceRecord> records = TestRecords.read(dir);
    assertEquals(List.of(true, false, true), records.stream().map(SourceRecord::ok).toList());
  }

  @Test
  void bomAndCrlfGiveTheSameIdAsLf() throws Exception {
    String lf = "Talks resume in Vestra\n\nDelegations from both sides met on Tuesday.\nNo statement followed.\n";
    byte[] crlf = lf.replace("\n", "\r\n").getBytes(UTF_8);
    byte[] bom = new byte[crlf.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(crlf, 0, bom, 3, crlf.length);
    List<SourceRecord> records = TestRecords.read(write("lf.txt", lf), write("crlf-bom.txt", bom));
    Article a = records.get(0).article();
    Article b = records.get(1).article();
    assertEquals(a.id(), b.id());
    assertEquals(a.text(), b.text());
    assertEquals("Talks resume in Vestra", b.title());
  }

  @Test
  void sameTextTwiceGivesTheSameId() throws Exception {
    List<SourceRecord> records = TestRecords.read(write("one.txt", REPORT), write("copy/two.txt", REPORT));
    assertEquals(records.get(0).article().id(), records.get(1).article().id());
  }

  @Test
  void overridesApplyToPlainTextWhenNothingElseIsKnown() throws Exception {
    IngestConfig config = new IngestConfig(LocalDate.of(2021, 10, 19), "The Example Times", 1024);
    Article a = TestRecords.only(TestRecords.read(config, write("plain.txt", "Talks were held.\n"))).article();
    assertEquals(LocalDate.of(2021, 10, 19), a.published());
    assertEquals("The Example Times", a.outlet());
  }

  @Test
  void overridesBeatWhatIsDetectedInTheText() throws Exception {
    String text = "Ministers met in Vestra on Monday.\n\nThe Northern Ledger, October 21, 2021\n";
    Path file = write("closing.txt", text);
    Article detected = TestRecords.only(TestRecords.read(file)).article();
    assertEquals(LocalDate.of(2021, 10, 21), detected.published());
    assertEquals("The Northern Ledger", detected.outlet());

    IngestConfig config = new IngestConfig(LocalDate.of(2021, 10, 22), "Wire Desk", 1024);
    Article overridden = TestRecords.only(TestRecords.read(config, file)).article();
    assertEquals(LocalDate.of(2021, 10, 22), overridden.published());
    assertEquals("Wire Desk", overridden.outlet());
    assertEquals(detected.id(), overridden.id());
  }

  @Test
  void noDateAnywhereStaysNull() throws Exception {
    Article a = TestRecords.only(TestRecords.read(write("undated.txt",
        "The summit ended without agreement.\nTalks may resume on October 25, 2021.\n"))).article();
    assertNull(a.published());
    assertNull(a.outlet());
  }

  @Test
  void jsonLinesFileIsDetectedByExtension() {
    assertTrue(FileIngestStage.isJsonLines(Path.of("feed.jsonl")));
    assertTrue(FileIngestStage.isJsonLines(Path.of("x/FEED.NDJSON")));
    assertFalse(FileIngestStage.isJsonLines(Path.of("feed.json")));
    assertFalse(FileIngestStage.isJsonLines(Path.of("jsonl")));
  }
}
