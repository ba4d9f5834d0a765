package org.riposte.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WebFormatTest {

  private static WebFormat of(String name, String type, String head) {
    byte[] b = head.getBytes(UTF_8);
    return WebFormat.of(name, type, b, b.length);
  }

  @Test
  void namesDecideForJsonLinesAndWarc() {
    assertEquals(WebFormat.JSON_LINES, of("a.JSONL", null, "<html>"));
    assertEquals(WebFormat.JSON_LINES, of("a.ndjson", null, "{}"));
    assertEquals(WebFormat.WARC, of("CC-NEWS-20211018.warc.gz", null, "\u001f\u008b"));
    assertEquals(WebFormat.WARC, of("x.warc", null, "WARC/1.1\r\n"));
    assertEquals(WebFormat.WARC, of("unnamed", null, "WARC/1.0\r\n"));
  }

  @Test
  void theRootElementTellsFeedsPagesAndOtherXml() {
    assertEquals(WebFormat.FEED, of("news", null, "<?xml version=\"1.0\"?>\n<!-- feed -->\n<rss version=\"2.0\">"));
    assertEquals(WebFormat.FEED, of("x.xml", null, "\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assertEquals(WebFormat.FEED, of("x.rdf", null, "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"…\">"));
    assertEquals(WebFormat.HTML, of("saved", null, "  <!DOCTYPE html>\n<html lang=\"en\">"));
    assertEquals(WebFormat.HTML, of("x.xml", null, "<?xml version=\"1.0\"?><html xmlns=\"…\">"));
    assertEquals(WebFormat.HTML, of("frag.htm", null, "<div><p>Talks resumed.</p></div>"));
    assertEquals(WebFormat.OTHER_XML, of("chart.svg", null, "<svg width=\"10\">"));
    assertEquals(WebFormat.OTHER_XML, of("data", null, "<?xml version=\"1.0\"?><catalog>"));
  }

  @Test
  void contentTypeDecidesForFetchedDocuments() {
    assertEquals(WebFormat.HTML, of("/world/story", "text/html; charset=UTF-8", "Talks resumed."));
    assertEquals(WebFormat.FEED, of("/rss", "application/rss+xml", "<?xml version=\"1.0\"?>"));
    assertEquals(WebFormat.FEED, of("/feed", "text/xml", "<rss version=\"2.0\">"));
    assertEquals(WebFormat.OTHER_XML, of("/sitemap", "application/xml", "<urlset>"));
  }

  @Test
  void everythingElseIsText() {
    assertEquals(WebFormat.TEXT, of("story.txt", null, "Valdoria recalls envoy\n\nVESTRA (Reuters) -"));
    assertEquals(WebFormat.TEXT, of("note.txt", null, "<Reuters> Valdoria recalled its envoy."));
    assertEquals(WebFormat.TEXT, of("empty.txt", null, ""));
  }
}
