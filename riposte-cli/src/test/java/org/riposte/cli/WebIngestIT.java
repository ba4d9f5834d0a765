package org.riposte.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.riposte.api.EventStore;
import org.riposte.store.EventStores;

/** {@code riposte ingest page.html feed.xml crawl.warc.gz} then {@code riposte events}, end to end. */
class WebIngestIT {

  @TempDir Path tmp;

  private static String page(String title, String body, String dateMeta) {
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | Example Herald</title>
        <meta property="og:site_name" content="Example Herald">%s</head>
        <body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a>
        </li></ul></nav>
        <div class="advertisement">Buy the Example Herald weekend edition and get the crossword for free.</div>
        <article><h1>%s</h1>%s</article>
        <section class="comments"><div class="comment">Ridiculous decision, the minister should resign today.</div>
        </section>
        <footer><p>Copyright Example Herald. All rights reserved.</p></footer></body></html>
        """.formatted(title, dateMeta, title, body);
  }

  @Test
  void pagesFeedsAndWarcFilesAreCodedAndForeignArticlesSkipped() throws Exception {
    Path html = Files.writeString(tmp.resolve("page.html"), page("Ruritania expels Freedonian diplomats",
        "<p>The government of Ruritania expelled two Freedonian diplomats on Tuesday, the foreign ministry said in"
            + " a statement.</p><p>Freedonia's foreign minister condemned the decision and said his government would"
            + " respond in kind.</p>",
        "<meta property=\"article:published_time\" content=\"2020-03-03T10:00:00+01:00\">"), UTF_8);
    Path feed = Files.writeString(tmp.resolve("feed.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example/</link>
        <description>News</description>
        <item><title>Freedonia recalls ambassador</title><link>https://wire.example/recall</link>
        <pubDate>Wed, 04 Mar 2020 09:00:00 GMT</pubDate>
        <description>&lt;p&gt;Freedonia recalled its ambassador from Ruritania on Wednesday, the Freedonian
        foreign ministry said.&lt;/p&gt;</description></item>
        </channel></rss>
        """, UTF_8);
    Path warc = tmp.resolve("crawl.warc.gz");
    Instant crawled = Instant.parse("2020-03-05T06:00:00Z");
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      w.write(new WarcRequest.Builder("https://herald.example/talks").date(crawled)
          .body(new HttpRequest.Builder("GET", "/talks").build()).build());
      w.write(response("https://herald.example/talks", crawled, page("Ruritania and Freedonia agree to talks",
          "<p>Ruritania and Freedonia agreed on Thursday to hold talks on the expulsions, mediators said.</p>"
              + "<p>The talks will take place in a neutral capital next month, the mediators added.</p>", "")));
      w.write(new WarcMetadata.Builder().targetURI("https://herald.example/talks").date(crawled)
          .body(MediaType.parse("application/warc-fields"), "fetchTimeMs: 80\r\n".getBytes(UTF_8)).build());
      w.write(response("https://herald.example/fr", crawled, page("La Ruritanie expulse deux diplomates",
          "<p>Le gouvernement de la Ruritanie a expulsé mardi deux diplomates de la Freedonie, a annoncé le"
              + " ministère des affaires étrangères dans un communiqué.</p><p>Le ministre des affaires étrangères"
              + " de la Freedonie a condamné cette décision et a promis une réponse.</p>", "")));
    }
    Path db = tmp.resolve("x.duckdb");
    CliRun run = CliRun.of("ingest", html.toString(), feed.toString(), warc.toString(), "--db", db.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("4 documents: 3 ok"), run.out());
    assertTrue(run.out().contains("1 skipped, 0 failed"), run.out());
    assertTrue(run.err().contains("skipped: " + warc + "@"), run.err());
    assertTrue(run.err().contains(": language fr"), run.err());

    CliRun events = CliRun.of("events", "--db", db.toString(), "--format", "jsonl");
    assertEquals(0, events.exitCode(), events.err());
    assertTrue(events.out().contains("expelled two Freedonian diplomats"), events.out());
    assertTrue(events.out().contains("recalled its ambassador"), events.out());
    assertFalse(events.out().contains("resign"), "comments are not coded: " + events.out());
    assertFalse(events.out().contains("crossword"), "advertisements are not coded: " + events.out());

    try (EventStore store = EventStores.open(db.toString())) {
      Map<String, Article> byUrl = store.articles(0).stream()
          .collect(Collectors.toMap(Article::url, a -> a));
      assertEquals(LocalDate.of(2020, 3, 3), byUrl.get(html.toUri().toString()).published());
      assertEquals("Example Herald", byUrl.get(html.toUri().toString()).outlet());
      assertEquals(LocalDate.of(2020, 3, 4), byUrl.get("https://wire.example/recall").published());
      assertEquals(LocalDate.of(2020, 3, 5), byUrl.get("https://herald.example/talks").published(),
          "the WARC-Date when the page states no date");
      for (Article a : byUrl.values()) assertEquals("en", a.language());
      assertEquals(List.of(), store.articles(0).stream().filter(a -> a.text().contains("crossword")
          || a.text().contains("Sport") || a.text().contains("Copyright")).toList());
      assertEquals("Ruritania and Freedonia agree to talks", byUrl.get("https://herald.example/talks").title(),
          "the site name is cut from the <title>");
    }
  }

  private static WarcResponse response(String url, Instant date, String html) throws java.io.IOException {
    return new WarcResponse.Builder(url).date(date)
        .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html; charset=utf-8")
            .body(MediaType.HTML, html.getBytes(UTF_8)).build())
        .build();
  }
}
