package org.riposte.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riposte.api.SourceRecord;

/** The fetcher against a real HTTP server on the loopback interface. */
class HttpFetcherIT {

  private HttpServer server;
  private ExecutorService pool;
  private String base;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<Long> pageTimes = Collections.synchronizedList(new ArrayList<>());
  private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());

  private static final FetchConfig FAST = new FetchConfig("RiposteTest/1.0 (tests)", Duration.ofSeconds(2),
      Duration.ofMillis(1000), 20_000, 1, Duration.ofMillis(50), Duration.ZERO, false);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool = Executors.newFixedThreadPool(4);
    server.setExecutor(pool);
    String page = WebFixtures.page("<meta property=\"article:published_time\" content=\"2021-10-18\">", false);
    route("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    route("/page.html", ex -> {
      pageTimes.add(System.nanoTime());
      userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
      send(ex, 200, "text/html; charset=utf-8", page);
    });
    route("/missing", ex -> send(ex, 404, "text/plain", "not here"));
    route("/big", ex -> send(ex, 200, "text/html", "<p>" + "x".repeat(50_000) + "</p>"));
    route("/slow", ex -> {
      sleep(2500);
      send(ex, 200, "text/html", page);
    });
    route("/flaky", ex -> {
      if (hits.get("/flaky").get() == 1) send(ex, 503, "text/plain", "busy");
      else send(ex, 200, "text/html; charset=utf-8", page);
    });
    route("/down", ex -> send(ex, 503, "text/plain", "busy"));
    route("/moved", ex -> {
      ex.getResponseHeaders().add("Location", "/page.html");
      send(ex, 301, "text/plain", "moved");
    });
    route("/private/secret.html", ex -> send(ex, 200, "text/html", page));
    route("/feed.xml", ex -> send(ex, 200, "application/rss+xml",
        WebFixtures.rss(base + "/page.html", base + "/private/secret.html")));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    pool.shutdownNow();
  }

  private interface Handler {
    void handle(HttpExchange ex) throws IOException;
  }

  private void route(String path, Handler h) {
    hits.put(path, new AtomicInteger());
    server.createContext(path, ex -> {
      if (!ex.getRequestURI().getPath().equals(path)) {
        send(ex, 404, "text/plain", "no");
        return;
      }
      hits.get(path).incrementAndGet();
      try {
        h.handle(ex);
      } catch (IOException e) {
        // the client went away (timeout test)
      }
    });
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void fetchesAPageWithTheUserAgent() throws Exception {
    HttpFetcher.Response r = new HttpFetcher(FAST).fetch(base + "/page.html");
    assertEquals(base + "/page.html", r.uri().toString());
    assertTrue(r.contentType().startsWith("text/html"));
    assertTrue(new String(r.body(), UTF_8).contains(WebFixtures.BODY[0]));
    assertEquals(List.of("RiposteTest/1.0 (tests)"), userAgents);
    assertEquals(1, hits.get("/robots.txt").get(), "robots.txt read once per host");
    new HttpFetcher(FAST).fetch(base + "/page.html");
    assertEquals(2, hits.get("/robots.txt").get(), "a new fetcher reads it again");
  }

  @Test
  void notFoundIsFinalAndNotRetried() {
    FetchException e = assertThrows(FetchException.class, () -> new HttpFetcher(FAST).fetch(base + "/missing"));
    assertEquals(404, e.status());
    assertEquals(base + "/missing: HTTP 404 Not Found", e.getMessage());
    assertEquals(1, hits.get("/missing").get(), "no retry after a 4xx answer");
  }

  @Test
  void oversizeBodyIsRefused() {
    FetchException e = assertThrows(FetchException.class, () -> new HttpFetcher(FAST).fetch(base + "/big"));
    assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    assertEquals(1, hits.get("/big").get(), "a size refusal is not retried");
  }

  @Test
  void timeoutIsRetriedThenReported() {
    FetchException e = assertThrows(FetchException.class, () -> new HttpFetcher(FAST).fetch(base + "/slow"));
    assertTrue(e.getMessage().startsWith(base + "/slow: timed out"), e.getMessage());
    assertTrue(e.getMessage().endsWith("(after 1 retry)"), e.getMessage());
    sleep(2600); // let the server's handlers finish counting
    assertEquals(2, hits.get("/slow").get());
  }

  @Test
  void serviceUnavailableIsRetriedWithBackOff() throws Exception {
    HttpFetcher.Response r = new HttpFetcher(FAST).fetch(base + "/flaky");
    assertTrue(new String(r.body(), UTF_8).contains(WebFixtures.BODY[0]));
    assertEquals(2, hits.get("/flaky").get());
    FetchException e = assertThrows(FetchException.class, () -> new HttpFetcher(FAST).fetch(base + "/down"));
    assertEquals(503, e.status());
    assertEquals(2, hits.get("/down").get(), "one try and one retry");
  }

  @Test
  void robotsTxtDisallowIsObeyedWithoutARequest() {
    FetchException e = assertThrows(FetchException.class,
        () -> new HttpFetcher(FAST).fetch(base + "/private/secret.html"));
    assertEquals(base + "/private/secret.html: disallowed by robots.txt", e.getMessage());
    assertEquals(0, hits.get("/private/secret.html").get());
  }

  @Test
  void redirectsAreFollowedAndRequestsToAHostSpaced() throws Exception {
    FetchConfig polite = new FetchConfig(FAST.userAgent(), FAST.connectTimeout(), FAST.readTimeout(),
        FAST.maxBytes(), 1, Duration.ZERO, Duration.ofMillis(300), false);
    HttpFetcher fetcher = new HttpFetcher(polite);
    HttpFetcher.Response r = fetcher.fetch(base + "/moved");
    assertEquals(base + "/page.html", r.uri().toString());
    fetcher.fetch(base + "/page.html");
    assertEquals(2, pageTimes.size());
    long gapMillis = (pageTimes.get(1) - pageTimes.get(0)) / 1_000_000;
    assertTrue(gapMillis >= 290, "requests to one host at least the host delay apart, were " + gapMillis + " ms");
  }

  @Test
  void unknownHostIsNamed() {
    FetchException e = assertThrows(FetchException.class,
        () -> new HttpFetcher(FAST).fetch("http://no-such-host.invalid/news.html"));
    assertEquals("http://no-such-host.invalid/news.html: unknown host no-such-host.invalid", e.getMessage());
  }

  @Test
  void configurationIsValidated() {
    assertThrows(IllegalArgumentException.class, () -> new FetchConfig(" ", Duration.ofSeconds(1),
        Duration.ofSeconds(1), 10, 0, Duration.ZERO, Duration.ZERO, false));
    assertThrows(IllegalArgumentException.class, () -> new FetchConfig("a", Duration.ZERO,
        Duration.ofSeconds(1), 10, 0, Duration.ZERO, Duration.ZERO, false));
    assertThrows(IllegalArgumentException.class, () -> new FetchConfig("a", Duration.ofSeconds(1),
        Duration.ofSeconds(1), 0, 0, Duration.ZERO, Duration.ZERO, false));
    assertThrows(IllegalArgumentException.class, () -> new FetchConfig("a", Duration.ofSeconds(1),
        Duration.ofSeconds(1), 10, 11, Duration.ZERO, Duration.ZERO, false));
    assertThrows(IllegalArgumentException.class, () -> new FetchConfig("a", Duration.ofSeconds(1),
        Duration.ofSeconds(1), 10, 0, Duration.ofMillis(-1), Duration.ZERO, false));
  }

  @Test
  void urlInputsAreFetchedAndReadInTheirFormat() throws Exception {
    List<SourceRecord> out = new ArrayList<>();
    new FileIngestStage(IngestConfig.DEFAULT, FAST).readInputs(List.of(base + "/page.html", base + "/missing"),
        out::add);
    assertEquals(2, out.size(), out.toString());
    assertTrue(out.get(0).ok(), out.get(0).problem());
    assertEquals(base + "/page.html", out.get(0).origin());
    assertEquals(LocalDate.of(2021, 10, 18), out.get(0).article().published());
    assertEquals("HTTP 404 Not Found", out.get(1).problem(), "the origin names the URL, the reason does not repeat it");
    assertEquals(base + "/missing", out.get(1).origin());
  }

  @Test
  void feedItemsAreFollowedToTheirPagesWhenAskedTo() throws Exception {
    List<SourceRecord> plain = new ArrayList<>();
    new FileIngestStage(IngestConfig.DEFAULT, FAST).readInputs(List.of(base + "/feed.xml"), plain::add);
    assertEquals(2, plain.size());
    assertEquals(base + "/feed.xml#item-1", plain.get(0).origin());
    assertEquals(0, hits.get("/page.html").get(), "items are not followed unless asked");

    List<SourceRecord> followed = new ArrayList<>();
    new FileIngestStage(IngestConfig.DEFAULT, FAST.withFollow(true)).readInputs(List.of(base + "/feed.xml"),
        followed::add);
    assertEquals(2, followed.size(), followed.toString());
    SourceRecord page = followed.get(0);
    assertEquals(base + "/page.html", page.origin());
    for (String p : WebFixtures.BODY) assertTrue(page.article().text().contains(p), page.article().text());
    assertEquals(LocalDate.of(2021, 10, 18), page.article().published());
    SourceRecord refused = followed.get(1);
    assertFalse(refused.ok());
    assertEquals(base + "/private/secret.html", refused.origin());
    assertEquals("feed item not fetched: disallowed by robots.txt", refused.problem());
  }

  @Test
  void unreachableRobotsTxtKeepsTheHostUnvisited() throws Exception {
    HttpServer sick = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger pages = new AtomicInteger();
    sick.createContext("/", ex -> {
      if (!ex.getRequestURI().getPath().equals("/robots.txt")) pages.incrementAndGet();
      send(ex, 500, "text/plain", "error");
    });
    sick.start();
    try {
      String url = "http://127.0.0.1:" + sick.getAddress().getPort() + "/news.html";
      FetchException e = assertThrows(FetchException.class, () -> new HttpFetcher(FAST).fetch(url));
      assertTrue(e.getMessage().startsWith(url + ": robots.txt of http://127.0.0.1:"), e.getMessage());
      assertTrue(e.getMessage().endsWith("could not be read, so the host is not visited (HTTP 500 Internal Server"
          + " Error (after 1 retry))"), e.getMessage());
      assertEquals(0, pages.get());
    } finally {
      sick.stop(0);
    }
  }
}
