package org.riposte.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.riposte.api.Article;
import org.riposte.api.SourceRecord;

/** The web's formats read from files written or generated here: HTML, RSS, Atom, WARC, a non-English page. */
class WebFormatsIT {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  private static void assertBodyOnly(String text) {
    for (String p : WebFixtures.BODY) assertTrue(text.contains(p), "paragraph missing: " + p + "\nin: " + text);
    for (String boilerplate : List.of("Subscribe now", "Reader42", "disgrace", "Copyright", "Most read",
        "Markets rally", "Business", "Opinion")) {
      assertFalse(text.contains(boilerplate), "boilerplate kept: " + boilerplate + "\nin: " + text);
    }
  }

  @Test
  void htmlPageKeepsOnlyTheArticleBodyAndItsMetadata() throws Exception {
    Path page = write("page.html", WebFixtures.page(
        "<meta property=\"article:published_time\" content=\"2021-10-18T22:15:00-04:00\">", true));
    SourceRecord r = TestRecords.only(TestRecords.read(page));
    assertTrue(r.ok(), r.problem());
    Article a = r.article();
    assertBodyOnly(a.text());
    assertTrue(a.text().contains("\n\n"), "paragraphs are kept apart: " + a.text());
    assertEquals(LocalDate.of(2021, 10, 18), a.published(), "the metadata date, as written, not the <time> one");
    assertEquals("Valdoria recalls envoy after border clash", a.title());
    assertEquals("The Example Times", a.outlet());
    assertEquals("https://news.example/world/valdoria-recalls-envoy", a.url());
    assertEquals("en", a.language());
    assertEquals("Maria Lind", HtmlMetadata.of(Jsoup.parse(Files.readString(page))).author());
  }

  @Test
  void htmlDatesComeFromJsonLdThenTimeElements() throws Exception {
    String ld = "<script type=\"application/ld+json\">[{\"@type\":\"WebSite\",\"name\":\"x\"},"
        + "{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2021-10-17\"}]</script>";
    Article fromLd = TestRecords.only(TestRecords.read(write("ld.html", WebFixtures.page(ld, true)))).article();
    // the fixture's own JSON-LD block names no date; the second block's article node does
    assertEquals(LocalDate.of(2021, 10, 17), fromLd.published());
    Article fromTime = TestRecords.only(TestRecords.read(write("time.html", WebFixtures.page("", true)))).article();
    assertEquals(LocalDate.of(2021, 10, 19), fromTime.published());
    Article none = TestRecords.only(TestRecords.read(write("none.html", WebFixtures.page("", false)))).article();
    assertNull(none.published(), "no date in metadata or text: none guessed");
    Article overridden = TestRecords.only(TestRecords.read(IngestConfig.DEFAULT.withPublished(
        LocalDate.of(2021, 10, 1)), dir.resolve("none.html"))).article();
    assertEquals(LocalDate.of(2021, 10, 1), overridden.published());
  }

  @Test
  void rssItemsBecomeArticlesWithTheirDatesAsWritten() throws Exception {
    Path feed = write("feed.xml", WebFixtures.rss("https://news.example/a", "https://news.example/b"));
    List<SourceRecord> records = TestRecords.read(feed);
    assertEquals(2, records.size(), records.toString());
    Article first = records.get(0).article();
    assertEquals(feed + "#item-1", records.get(0).origin());
    assertEquals("https://news.example/a", first.url());
    assertEquals("Valdoria recalls envoy after border clash", first.title());
    assertEquals(LocalDate.of(2021, 10, 18), first.published(), "the feed's date as written, not in UTC");
    assertEquals("The Example Times", first.outlet());
    assertTrue(first.text().startsWith("The government of Valdoria recalled its ambassador"), first.text());
    assertFalse(first.text().contains("teaser"), "content:encoded is preferred to the description");
    assertFalse(first.text().contains("<p>"), first.text());
    Article second = records.get(1).article();
    assertEquals(LocalDate.of(2021, 10, 19), second.published());
    assertTrue(second.text().startsWith("Kestania asked the regional security organisation"), second.text());
    assertFalse(second.text().contains("<"), second.text());
  }

  @Test
  void atomEntriesBecomeArticles() throws Exception {
    Path feed = write("wire.atom", WebFixtures.atom());
    SourceRecord r = TestRecords.only(TestRecords.read(feed));
    assertTrue(r.ok(), r.problem());
    assertEquals(feed + "#item-1", r.origin());
    assertEquals("https://wire.example/2021/10/20/talks", r.article().url());
    assertEquals(LocalDate.of(2021, 10, 20), r.article().published(), "published, not updated");
    assertEquals("Example Wire", r.article().outlet());
    assertTrue(r.article().text().startsWith("Valdoria and Kestania agreed on Wednesday"), r.article().text());
  }

  @Test
  void brokenFeedAndOtherXmlAreProblems() throws Exception {
    SourceRecord broken = TestRecords.only(TestRecords.read(write("bad.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</item></rss>")));
    assertTrue(broken.problem().startsWith("RSS/Atom parse error: "), broken.problem());
    SourceRecord other = TestRecords.only(TestRecords.read(write("data.xml",
        "<?xml version=\"1.0\"?><catalog><book>Valdoria</book></catalog>")));
    assertTrue(other.problem().startsWith("XML markup that is neither an HTML page nor an RSS/Atom feed"),
        other.problem());
  }

  @Test
  void nonEnglishPageIsSkippedWithItsLanguage() throws Exception {
    Path page = write("seite.html", WebFixtures.germanPage());
    SourceRecord r = TestRecords.only(TestRecords.read(page));
    assertFalse(r.ok());
    assertTrue(r.skip(), "a foreign-language article is skipped, not failed");
    assertEquals("language de", r.problem());
    assertEquals(page.toString(), r.origin());
  }

  @Test
  void warcResponsesAreReadAndOtherRecordsPassedOver() throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    Instant crawled = Instant.parse("2021-10-20T05:00:00Z");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      String url = "https://news.example/world/valdoria-recalls-envoy";
      w.write(new WarcRequest.Builder(url).date(crawled)
          .body(new HttpRequest.Builder("GET", "/world/valdoria-recalls-envoy").addHeader("Host", "news.example")
              .build()).build());
      w.write(response(url, crawled, 200, "text/html; charset=utf-8",
          WebFixtures.page("", false).replace("<link rel=\"canonical\" href=\"https://news.example/world/"
              + "valdoria-recalls-envoy\">", ""))); // no date anywhere: the WARC-Date is the fallback
      w.write(new WarcMetadata.Builder().targetURI(url).date(crawled)
          .body(MediaType.parse("application/warc-fields"), "fetchTimeMs: 120\r\n".getBytes(UTF_8)).build());
      w.write(response("https://news.example/missing", crawled, 404, "text/html", "<html>gone</html>"));
      w.write(response("https://news.example/logo.png", crawled, 200, "image/png", "PNG"));
      w.write(new WarcResponse.Builder("https://news.example/broken").date(crawled)
          .body(MediaType.HTTP_RESPONSE, "this is no HTTP message\r\n\r\n".getBytes(UTF_8)).build());
      w.write(response("https://news.example/de", crawled, 200, "text/html", WebFixtures.germanPage()));
    }
    List<SourceRecord> records = TestRecords.read(warc);
    assertEquals(5, records.size(), "one record per response, request and metadata passed over: " + records);
    records.forEach(r -> assertTrue(r.origin().matches(java.util.regex.Pattern.quote(warc.toString()) + "@\\d+"),
        r.origin()));
    Article page = records.get(0).article();
    assertBodyOnly(page.text());
    assertEquals("https://news.example/world/valdoria-recalls-envoy", page.url());
    assertEquals(LocalDate.of(2021, 10, 20), page.published(), "the WARC-Date when the page states no date");
    assertEquals("HTTP 404", records.get(1).problem());
    assertTrue(records.get(1).skip());
    assertEquals("not HTML: image/png", records.get(2).problem());
    String offset = records.get(3).origin().substring(records.get(3).origin().lastIndexOf('@') + 1);
    assertTrue(records.get(3).problem().startsWith("bad WARC record at byte offset " + offset + ": "),
        records.get(3).problem());
    assertFalse(records.get(3).skip());
    assertEquals("language de", records.get(4).problem(), "the run went on after the bad record");
  }

  private static WarcResponse response(String url, Instant date, int status, String type, String body)
      throws IOException {
    return new WarcResponse.Builder(url).date(date)
        .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").addHeader("Content-Type", type)
            .body(MediaType.parse(type), body.getBytes(UTF_8)).build())
        .build();
  }

  @Test
  void truncatedWarcIsAProblemNamingTheOffset() throws Exception {
    Path warc = dir.resolve("cut.warc");
    byte[] record = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/x\r\n"
        + "WARC-Date: 2021-10-20T05:00:00Z\r\nWARC-Record-ID: <urn:uuid:0b8b2d1e-5a1c-4bde-9c55-6e0f5a6b0c01>\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n")
        .getBytes(UTF_8);
    Files.write(warc, "WARC/1.0\r\nthis header line is broken\r\n\r\n".getBytes(UTF_8));
    SourceRecord bad = TestRecords.only(TestRecords.read(warc));
    assertTrue(bad.problem().startsWith("bad WARC record at byte offset 0: "), bad.problem());
    assertEquals(warc + "@0", bad.origin());
    Files.write(warc, record);
    SourceRecord cut = TestRecords.only(TestRecords.read(warc));
    assertEquals(warc + "@0", cut.origin());
    assertTrue(cut.problem().startsWith("bad WARC record at byte offset 0: "), "reported once: " + cut.problem());
  }
}
