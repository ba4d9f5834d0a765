package org.riposte.ingest;

/** Test fixtures: invented news pages and feeds in the shapes the web serves them. */
final class WebFixtures {

  private WebFixtures() {}

  /** The body of the invented report, paragraph by paragraph. */
  static final String[] BODY = {
      "The government of Valdoria recalled its ambassador to Kestania on Monday after two border guards were"
          + " injured in a clash near the river crossing, the foreign ministry said in a statement.",
      "Foreign Minister Anna Brel said Valdoria would not accept provocations and called on Kestania to withdraw"
          + " its troops from the disputed bank of the river before talks could resume.",
      "Kestania's defence ministry denied that its soldiers had crossed the border and accused Valdorian units of"
          + " firing first. It said it had asked the regional security organisation to send observers.",
      "Diplomats in the capital said the recall was the most serious step in relations between the two neighbours"
          + " since a trade dispute three years ago."};

  /** A news page with navigation, an advertisement, a comment section and a footer around the article body. */
  static String page(String dateMeta, boolean timeElement) {
    StringBuilder body = new StringBuilder();
    for (String p : BODY) body.append("      <p>").append(p).append("</p>\n");
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Valdoria recalls envoy | The Example Times</title>
          <meta property="og:title" content="Valdoria recalls envoy after border clash">
          <meta property="og:site_name" content="The Example Times">
          %s
          <meta name="author" content="Maria Lind">
          <link rel="canonical" href="https://news.example/world/valdoria-recalls-envoy">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@type":"NewsArticle","headline":"Valdoria recalls envoy after border clash",
           "author":{"@type":"Person","name":"Maria Lind"},"publisher":{"@type":"Organization","name":"Example Times Group"}}
          </script>
        </head>
        <body>
          <header>
            <nav class="site-nav"><ul>
              <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
              <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
            </ul></nav>
          </header>
          <div class="ad-banner advertisement" id="ad-top">Subscribe now and save 50 percent on your first year of the
            best journalism. Limited offer for new readers only, terms apply.</div>
          <main>
            <article class="article-body">
              <h1>Valdoria recalls envoy after border clash</h1>
        %s
        %s
            </article>
          </main>
          <aside class="sidebar related"><h3>Most read</h3><ul>
            <li><a href="/a">Markets rally on strong earnings reports</a></li>
            <li><a href="/b">Ten recipes for the autumn season</a></li></ul></aside>
          <section id="comments" class="comments">
            <div class="comment">Reader42: This is what happens when nobody talks to anybody anymore, sad.</div>
            <div class="comment">Anon: Totally agree with the previous comment, the whole thing is a disgrace.</div>
          </section>
          <footer class="site-footer"><p>Copyright 2021 Example Times Group. All rights reserved. Cookie policy,
            privacy notice and terms of use apply to every visitor of this website.</p></footer>
        </body>
        </html>
        """.formatted(dateMeta,
        timeElement ? "      <time datetime=\"2021-10-19T09:00:00Z\">19 October 2021</time>" : "", body);
  }

  /** A German news page. */
  static String germanPage() {
    return """
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Valdoria ruft Botschafter zurück</title>
        <meta property="article:published_time" content="2021-10-18T10:00:00+02:00"></head>
        <body><article>
        <h1>Valdoria ruft Botschafter zurück</h1>
        <p>Die Regierung von Valdoria hat am Montag ihren Botschafter aus Kestania zurückgerufen, nachdem zwei
        Grenzbeamte bei einem Zusammenstoß in der Nähe des Flussübergangs verletzt worden waren, teilte das
        Außenministerium mit.</p>
        <p>Außenministerin Anna Brel sagte, Valdoria werde keine Provokationen hinnehmen, und forderte Kestania auf,
        seine Truppen vom umstrittenen Flussufer abzuziehen, bevor die Gespräche wieder aufgenommen werden könnten.</p>
        <p>Das Verteidigungsministerium von Kestania bestritt, dass seine Soldaten die Grenze überschritten hätten,
        und warf den Einheiten Valdorias vor, zuerst geschossen zu haben.</p>
        </article></body></html>
        """;
  }

  /** An RSS 2.0 feed of two items, one with content:encoded, one with a description only. */
  static String rss(String firstLink, String secondLink) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>The Example Times</title>
            <link>https://news.example/</link>
            <description>World news</description>
            <item>
              <title>Valdoria recalls envoy after border clash</title>
              <link>%s</link>
              <pubDate>Mon, 18 Oct 2021 23:30:00 -0400</pubDate>
              <description>Short teaser only.</description>
              <content:encoded><![CDATA[<p>The government of Valdoria recalled its ambassador to Kestania on Monday
                after two border guards were injured in a clash near the river crossing.</p>
                <p>Kestania's defence ministry denied that its soldiers had crossed the border.</p>]]></content:encoded>
            </item>
            <item>
              <title>Kestania asks for observers</title>
              <link>%s</link>
              <pubDate>Tue, 19 Oct 2021 08:00:00 GMT</pubDate>
              <description>&lt;p&gt;Kestania asked the regional security organisation on Tuesday to send observers
                to the disputed border, its foreign ministry said.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """.formatted(firstLink, secondLink);
  }

  /** An Atom feed of one entry. */
  static String atom() {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Example Wire</title>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2021-10-20T18:30:02Z</updated>
          <entry>
            <title>Talks between Valdoria and Kestania to resume</title>
            <link href="https://wire.example/2021/10/20/talks"/>
            <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
            <updated>2021-10-21T09:00:00Z</updated>
            <published>2021-10-20T07:15:00+02:00</published>
            <summary type="html">&lt;p&gt;Valdoria and Kestania agreed on Wednesday to resume talks on their
              border next week, mediators said.&lt;/p&gt;</summary>
          </entry>
        </feed>
        """;
  }
}
