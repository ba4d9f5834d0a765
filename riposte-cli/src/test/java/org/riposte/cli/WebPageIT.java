package org.riposte.cli;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Article;
import org.riposte.api.Story;
import org.riposte.store.BatchEventStore;
import org.riposte.store.EventStores;
import org.riposte.store.StoryStores;
import org.riposte.web.WebConfig;
import org.riposte.web.WebServer;

/**
 * The page in Debian's Chromium over a real server, on a database built by the CLI from the sample corpus, the seed
 * reports of ../shared/seeds (read at run time) and an invented article with {@code <script>} in its title, an event
 * sentence and a quote. It clicks overview → pair NATO–Russia → the story of Russia's suspension of its mission →
 * its sentence in the article, checking at each step what the page shows against the API and the store; then the
 * markup article, the network, quotes and the explorer (filters in the URL, back and forward, error and empty
 * states) and the phone width. Screenshots: target/screenshots/*.png.
 */
class WebPageIT {

  @TempDir
  static Path tmp;
  static BatchEventStore store;
  static WebServer server;
  static PageBrowser browser;
  static String base;
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void buildTheDatabaseAndStart() throws Exception {
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    SampleCorpus.extractTo(dir);
    try (var seeds = Files.list(SeedsIT.seeds())) {
      for (Path p : seeds.toList()) Files.copy(p, dir.resolve(p.getFileName()));
    }
    try (InputStream in = WebPageIT.class.getResourceAsStream("/org/riposte/cli/web-page/markup-in-article.txt")) {
      assertNotNull(in);
      Files.copy(in, dir.resolve("markup-in-article.txt"));
    }
    Path db = tmp.resolve("page.duckdb");
    CliRun ingest = CliRun.of("ingest", dir.toString(), "--db", db.toString(), "--threads", "2");
    assertEquals(0, ingest.exitCode(), ingest.err() + ingest.out());
    store = EventStores.open(db.toString());
    server = WebServer.create(WebConfig.defaults().withPort(0), store, null).start();
    base = server.url();
    browser = new PageBrowser();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (server != null) server.stop();
    if (store != null) store.close();
  }

  @AfterEach
  void nothingRanOrFailedInThePage() {
    List<String> problems = new ArrayList<>(browser.problems);
    browser.problems.clear();
    assertEquals(List.of(), problems, "script errors, console errors or dialogs in the page");
  }

  static JsonNode api(String pathAndQuery) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/" + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

  static Story story(String sourceParty, String root, String datePrefix) throws Exception {
    for (Story s : StoryStores.of(store).stories("IGOWSTNAT|RUS")) {
      if (sourceParty.equals(s.sourceParty()) && root.equals(s.root()) && s.date().isKnown()
          && s.date().value().startsWith(datePrefix)) return s;
    }
    throw new AssertionError("no " + sourceParty + " " + root + " story of " + datePrefix);
  }

  static String articleWith(String phrase) throws Exception {
    for (Article a : store.articles(0)) if (a.text().contains(phrase)) return a.id();
    throw new AssertionError("no article contains: " + phrase);
  }

  /** An event date as the page shows it: the value, its precision when not a day, or "date unknown". */
  static String dateShown(JsonNode date) {
    if (!date.get("value").isTextual()) return "date unknown";
    String p = date.get("precision").asText();
    return date.get("value").asText() + (p.equals("day") ? "" : " (" + p + ")");
  }

  /** The name the API gives a party (the network's nodes name every party of a pair). */
  static String partyName(String code) throws Exception {
    for (JsonNode n : api("network?min=1").get("nodes")) {
      if (n.get("id").asText().equals(code)) return n.get("name").asText();
    }
    throw new AssertionError("no party " + code);
  }

  static String num(long n) { return String.format(Locale.ROOT, "%,d", n); }

  @Test
  void overviewToPairToStoryToTheSentenceInTheArticle() throws Exception {
    Story suspension = story("RUS", "16", "2021-11-01");
    Story expulsion = story("IGOWSTNAT", "16", "2021-10");
    Page page = browser.open(1280, 900);

    // 1. overview: the busiest pairs as the API ranks them, NATO-Russia with its verdict and counts
    page.navigate(base + "#/");
    JsonNode health = api("health");
    assertThat(page.locator("#db-stats")).containsText(num(health.get("events").asLong()) + " events");
    JsonNode dyads = api("dyads?limit=12");
    JsonNode natoPair = null;
    for (JsonNode d : dyads) if (d.get("pair").asText().equals("IGOWSTNAT|RUS")) natoPair = d;
    assertNotNull(natoPair, dyads.toString());
    assertThat(page.locator(".pair-card")).hasCount(dyads.size());
    Locator card = page.locator(".pair-card[data-pair='IGOWSTNAT|RUS']");
    assertThat(card.locator(".verdict")).hasText(natoPair.get("verdict").get("label").asText());
    assertThat(card.locator(".fig").first()).hasText(natoPair.get("stories").asInt() + " stories");
    assertThat(card.locator(".fig-conflict strong")).hasText(String.valueOf(natoPair.get("conflict").asInt()));
    assertThat(card.locator("svg.spark path.spark-line")).hasCount(1);
    assertTrue(page.locator(".story-item").count() > 0, "newest stories listed");
    page.waitForTimeout(500);
    PageBrowser.shoot(page, "1-overview");

    // any pair can be opened by its codes
    page.locator("#pick-a").fill("rus");
    page.locator("#pick-b").fill("igowstnat");
    page.locator("form.pair-picker button").click();
    page.waitForURL(Pattern.compile(".*#/pair/RUS/IGOWSTNAT$"));
    assertThat(page.locator("h1.pair-title .party-code")).hasText(new String[] {"RUS", "IGOWSTNAT"});
    page.goBack();

    // 2. the pair view: verdict and figures, three charts, the chain with the explicit answer, the ledger, stories
    card.click();
    page.waitForURL(Pattern.compile(".*#/pair/IGOWSTNAT/RUS$"));
    JsonNode report = api("dyads/IGOWSTNAT/RUS?by=month");
    String nato = partyName("IGOWSTNAT");
    String russia = partyName("RUS");
    assertThat(page.locator("h1.pair-title .party-name")).hasText(new String[] {nato, russia});
    assertThat(page.locator("h1.pair-title .party-code")).hasText(new String[] {"IGOWSTNAT", "RUS"});
    assertThat(page.locator(".verdict-card .verdict")).hasText(report.get("verdict").get("label").asText());
    assertThat(page.locator(".verdict-figures")).hasText(report.get("verdict").get("figures").asText()
        .replaceAll("\\bIGOWSTNAT\\b", Matcher.quoteReplacement(nato))
        .replaceAll("\\bRUS\\b", Matcher.quoteReplacement(russia)));
    assertThat(page.locator(".charts canvas")).hasCount(3);
    assertThat(page.locator(".pair-stories tbody tr")).hasCount(report.get("stories").size());
    Locator chain = page.locator(".chain").filter(new Locator.FilterOptions()
        .setHas(page.locator("a[href='#/stories/" + expulsion.id() + "']")));
    assertThat(chain.locator(".chain-explicit")).not().hasCount(0);
    assertThat(chain.locator("a[href='#/stories/" + suspension.id() + "']")).hasCount(1);
    assertThat(page.locator(".timeline .tl-item")).hasCount(report.get("channels").size());
    assertThat(page.locator(".tl-item").filter(new Locator.FilterOptions().setHasText(russia + " mission to " + nato))
        .filter(new Locator.FilterOptions().setHasText("suspended"))).hasCount(1);
    page.waitForTimeout(1200);  // chart animations
    PageBrowser.shoot(page, "2-pair");

    // 3. the story of the suspension: every mention, grouped by article, with its sentence and coded fields
    page.locator(".pair-stories a[href='#/stories/" + suspension.id() + "']").click();
    page.waitForURL(Pattern.compile(".*#/stories/" + suspension.id() + "$"));
    JsonNode detail = api("stories/" + suspension.id());
    JsonNode mentions = detail.get("mentions");
    assertThat(page.locator("h1.story-h1")).hasText(russia + " → " + nato + ": " + suspension.label());
    assertThat(page.locator(".mention")).hasCount(mentions.size());
    Set<String> docs = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    for (JsonNode m : mentions) {
      docs.add(m.get("docId").asText());
      outlets.add(m.get("outlet").asText());
    }
    assertThat(page.locator(".mention-article")).hasCount(docs.size());
    assertThat(page.locator(".outlet-dates tbody tr")).hasCount(outlets.size());
    String seed1 = articleWith("closing its mission at NATO headquarters");
    String seed2 = articleWith("will suspend its permanent mission");
    assertThat(page.locator(".mention-article[data-doc='" + seed1 + "']")).hasCount(1);
    assertThat(page.locator(".mention-article[data-doc='" + seed2 + "']")).hasCount(1);
    assertThat(page.locator(".react-col").first().locator("a[href='#/stories/" + expulsion.id() + "']")).hasCount(1);
    JsonNode chosen = null;
    for (JsonNode m : mentions) {
      if (m.get("docId").asText().equals(seed2) && m.get("evidence").get("sentence").asText().contains("suspend")
          && (chosen == null || m.get("date").get("value").isTextual())) chosen = m;
    }
    assertNotNull(chosen, "a mention of the suspension in the second seed");
    Locator row = page.locator(".mention[data-event='" + chosen.get("id").asText() + "']");
    assertThat(row.locator(".mention-date")).hasText(dateShown(chosen.get("date")));
    assertThat(row.locator("xpath=ancestor::div[contains(@class,'mention-sentence')]/blockquote"))
        .hasText(chosen.get("evidence").get("sentence").asText());
    PageBrowser.shoot(page, "3-story");

    // 4. its sentence in the article: highlighted by its offsets, and scrolled into view
    row.locator(".evidence-link").click();
    page.waitForURL(Pattern.compile(".*#/articles/" + seed2 + "\\?event=" + chosen.get("id").asText() + "$"));
    JsonNode article = api("articles/" + seed2);
    String text = article.get("article").get("text").asText();
    int start = chosen.get("evidence").get("start").asInt();
    int end = chosen.get("evidence").get("end").asInt();
    Locator current = page.locator(".article-text mark.current");
    assertThat(current.first()).isVisible();
    String highlighted = String.join("", current.allTextContents());
    assertEquals(text.substring(start, end), highlighted);
    assertTrue(highlighted.contains("suspend"), highlighted);
    assertThat(page.locator(".article-text")).hasText(text);
    Object inView = page.evaluate("() => { const r = document.querySelector('mark.current').getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight; }");
    assertEquals(Boolean.TRUE, inView, "the highlighted sentence is scrolled into view");
    assertThat(page.locator(".side-current")).hasCount(1);
    page.screenshot(new Page.ScreenshotOptions().setPath(PageBrowser.SHOTS.resolve("4-article.png")));

    // back and forward walk the same views
    page.goBack();
    assertThat(page.locator("h1.story-h1")).hasText(partyName("RUS") + " → " + partyName("IGOWSTNAT") + ": "
        + suspension.label());
    page.goForward();
    assertThat(page.locator(".article-text mark.current").first()).isVisible();
    page.context().close();
  }

  @Test
  void markupInAnArticleATitleAndAQuoteIsShownAsTextAndNeverRuns() throws Exception {
    String id = articleWith("<script>alert(3)</script>");
    Page page = browser.open(1280, 900);
    page.navigate(base + "#/articles/" + id);
    assertThat(page.locator("h1.article-h1")).hasText("Vienna summons envoy over leaked memo <script>alert(1)</script>");
    assertThat(page.locator(".article-text")).containsText("border police <script>alert(2)</script> unreliable");
    assertThat(page.locator(".article-text")).containsText("We will not accept <script>alert(3)</script> as an answer");
    assertThat(page.locator("main script")).hasCount(0);
    PageBrowser.shoot(page, "5-markup-article");

    page.navigate(base + "#/quotes?q=" + enc("not accept"));
    assertThat(page.locator(".quote blockquote").first()).containsText("<script>alert(3)</script>");
    page.navigate(base + "#/events?q=" + enc("border police"));
    assertThat(page.locator(".evidence-text").first()).containsText("<script>alert(2)</script>");
    assertThat(page.locator("main script")).hasCount(0);
    page.waitForTimeout(300);  // give a smuggled script every chance to run: the after-each check finds no dialog
    page.context().close();
  }

  @Test
  void theNetworkQuotesAndTheExplorerRenderWithFiltersInTheUrl() throws Exception {
    Page page = browser.open(1280, 900);
    page.navigate(base + "#/network");
    JsonNode network = api("network?min=1");
    assertThat(page.locator(".chart-network canvas")).not().hasCount(0);
    assertThat(page.locator("table.data tbody tr")).hasCount(network.get("edges").size());
    assertThat(page.locator("table.data a[href='#/pair/IGOWSTNAT/RUS']"))
        .hasText(partyName("IGOWSTNAT") + " ⇄ " + partyName("RUS"));
    page.waitForTimeout(2000);  // the force layout settles
    PageBrowser.shoot(page, "6-network");

    page.navigate(base + "#/quotes");
    JsonNode quotes = api("quotes?page=1&size=50");
    assertTrue(quotes.get("total").asInt() > 0, "quotes in the corpus");
    assertThat(page.locator(".quote")).hasCount(quotes.get("items").size());
    assertThat(page.locator(".pager-count").first())
        .hasText("1–" + quotes.get("items").size() + " of " + num(quotes.get("total").asLong()));
    PageBrowser.shoot(page, "7-quotes");

    page.navigate(base + "#/events?actor=RUS&root=16");
    JsonNode events = api("events?actor=RUS&root=16&page=1&size=50&sort=-date");
    long total = events.get("total").asLong();
    assertTrue(total > 0, "RUS events of root 16");
    assertThat(page.locator(".pager-count").first()).hasText("1–" + Math.min(total, 50) + " of " + num(total));
    assertThat(page.locator("table.data tbody tr")).hasCount((int) Math.min(total, 50));
    assertThat(page.locator("#f-actor")).hasValue("RUS");
    assertThat(page.locator("#f-root")).hasValue("16");
    PageBrowser.shoot(page, "8-events");
    // a filter typed into the form goes into the URL; back and forward restore the views
    page.locator("#f-status").selectOption("planned");
    page.locator("form.filters button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*#/events\\?actor=RUS&root=16&status=planned$"));
    long planned = api("events?actor=RUS&root=16&status=planned").get("total").asLong();
    assertThat(page.locator(".pager-count").first()).containsText(" of " + num(planned));
    page.locator("th a.sort", new Page.LocatorOptions().setHasText("Goldstein")).click();
    page.waitForURL(Pattern.compile(".*sort=-goldstein.*"));
    page.goBack();
    page.waitForURL(Pattern.compile(".*#/events\\?actor=RUS&root=16&status=planned$"));
    page.goBack();
    page.waitForURL(Pattern.compile(".*#/events\\?actor=RUS&root=16$"));
    assertThat(page.locator("#f-status")).hasValue("");
    assertThat(page.locator(".pager-count").first()).hasText("1–" + Math.min(total, 50) + " of " + num(total));
    page.goForward();
    assertThat(page.locator("#f-status")).hasValue("planned");

    // an API error shows in the banner with the server's message; an empty result says so
    page.navigate(base + "#/events?since=2021-13-01");
    String message = api("events?since=2021-13-01").get("error").asText();
    assertThat(page.locator(".banner .banner-message")).hasText(message);
    PageBrowser.shoot(page, "9-error");
    page.navigate(base + "#/stories?pair=" + enc("AAA|BBB"));
    assertThat(page.locator(".empty-title")).hasText("No stories for this pair yet.");
    page.context().close();
  }

  @Test
  void thePairViewFitsAPhone() throws Exception {
    Page page = browser.open(390, 844);
    page.navigate(base + "#/pair/RUS/IGOWSTNAT");
    assertThat(page.locator(".verdict-card .verdict")).isVisible();
    assertThat(page.locator(".charts canvas")).hasCount(3);
    assertThat(page.locator(".pair-stories tbody tr").first()).isVisible();
    page.waitForTimeout(1200);
    Object width = page.evaluate("() => document.documentElement.scrollWidth");
    assertTrue(((Number) width).intValue() <= 390, "no sideways scrolling at 390 px: " + width);
    PageBrowser.shoot(page, "10-pair-390px");
    page.navigate(base + "#/");
    assertThat(page.locator(".pair-card").first()).isVisible();
    assertTrue(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue() <= 390);
    PageBrowser.shoot(page, "11-overview-390px");
    page.context().close();
  }
}
