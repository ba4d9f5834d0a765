package org.riposte.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

  @Test
  void markupBoilerplateGoesAndTheArticleStays() {
    Document doc = Jsoup.parse("""
        <body class="has-comments"><header>Site</header><nav>Menu</nav>
        <div id="ad-top">Buy now</div><div class="share_tools">Share</div>
        <main class="content"><article class="story"><header><h1>Envoy recalled</h1></header>
        <p>Valdoria recalled its envoy.</p><footer>Filed by Ana Brel</footer></article>
        <section class="comments">Rubbish</section><div role="complementary">Most read</div></main>
        <aside>Related</aside><footer>Copyright</footer><div class="adapter">Kept: no ad word</div></body>""");
    Boilerplate.strip(doc);
    assertEquals("Envoy recalled Valdoria recalled its envoy. Filed by Ana Brel Kept: no ad word", doc.body().text());
  }
}
