package org.riposte.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

  private static HtmlMetadata of(String head, String body) {
    return HtmlMetadata.of(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
        "https://news.example/world/story"));
  }

  @Test
  void jsonLdGraphGivesHeadlineAuthorsDateAndPublisher() {
    HtmlMetadata m = of("""
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Example Site"},
          {"@type":"NewsArticle","headline":"Talks resume","datePublished":"2021-10-20T23:30:00-04:00",
           "author":[{"@type":"Person","name":"Ana Brel"},"Tom Ide"],
           "publisher":{"@type":"Organization","name":"Example Post"}}]}</script>""", "");
    assertEquals("Talks resume", m.title());
    assertEquals("Ana Brel, Tom Ide", m.author());
    assertEquals(LocalDate.of(2021, 10, 20), m.published(), "the date as written, not converted to UTC");
    assertEquals("Example Post", m.outlet());
  }

  @Test
  void malformedJsonLdIsIgnoredAndMetaTagsAreRead() {
    HtmlMetadata m = of("""
        <script type="application/ld+json">{"@type": "NewsArticle", </script>
        <title>Envoy recalled | Example Times</title>
        <meta property="og:site_name" content="Example Times">
        <meta name="DC.date.issued" content="2021-10-18">
        <link rel="canonical" href="/world/envoy-recalled">""", "");
    assertEquals("Envoy recalled", m.title(), "the site name is cut from <title>");
    assertEquals(LocalDate.of(2021, 10, 18), m.published());
    assertEquals("Example Times", m.outlet());
    assertEquals("https://news.example/world/envoy-recalled", m.url(), "relative canonical links are resolved");
  }

  @Test
  void timeElementMarkedPubdateComesFirstAndNothingIsGuessed() {
    HtmlMetadata m = of("", "<time datetime=\"2021-10-01\">1 Oct</time><time pubdate datetime=\"2021-10-19\">x</time>");
    assertEquals(LocalDate.of(2021, 10, 19), m.published());
    HtmlMetadata none = of("<title>Envoy recalled - Other Site</title>", "<time datetime=\"soon\">soon</time>");
    assertNull(none.published());
    assertNull(none.outlet());
    assertNull(none.url());
    assertEquals("Envoy recalled - Other Site", none.title(), "no known outlet: the title stays whole");
  }

  @Test
  void hostIsTheOutletOfLastResort() {
    assertEquals("news.example", HtmlMetadata.hostOutlet("https://www.news.example/a"));
    assertNull(HtmlMetadata.hostOutlet("file:///tmp/page.html"));
    assertNull(HtmlMetadata.hostOutlet(null));
  }
}
