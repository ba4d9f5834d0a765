package org.riposte.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Fetches http(s) URLs politely: robots.txt is read once per host and obeyed (crawler-commons' parser, matching the
 * first word of the {@link FetchConfig#userAgent() user agent}), requests to one host are spaced by
 * {@link FetchConfig#hostDelay()} (or the host's Crawl-delay when longer) from the end of the previous answer to the
 * start of the next, redirects are followed up to
 * {@value #MAX_REDIRECTS} times (each hop checked against robots.txt), bodies are read up to
 * {@link FetchConfig#maxBytes()}, and a 5xx answer, a timeout or a broken connection is retried with exponential
 * back-off; a 4xx answer is final.
 *
 * <p>Robots.txt: a 4xx answer (none published) allows everything; a 5xx answer or an unreachable robots.txt
 * disallows the host for this run, as RFC 9309 asks.
 *
 * <p>Thread safe: robots rules and politeness times are shared by all threads; requests to different hosts run in
 * parallel, requests to one host wait their turn.
 */
public final class HttpFetcher {

  /** The most redirects followed for one URL. */
  public static final int MAX_REDIRECTS = 5;

  /** A fetched response: the final URL (after redirects), its content type (may be null) and its body. */
  public record Response(URI uri, String contentType, byte[] body) {}

  private final FetchConfig config;
  private final String robotName;
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  /** A fetcher with {@code config}. */
  public HttpFetcher(FetchConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    String first = config.userAgent().split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
    this.robotName = first.isEmpty() ? "riposte" : first;
  }

  /** The configuration this fetcher works with. */
  public FetchConfig config() { return config; }

  /** Whether {@code s} is an http or https URL (which {@link #fetch} accepts). */
  public static boolean isUrl(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  /**
   * Fetches {@code url}.
   *
   * @throws FetchException naming the URL and the reason: not an http(s) URL, disallowed by robots.txt, a 4xx
   *                        answer, a 5xx answer or timeout after the retries, a body over the size limit, too many
   *                        redirects
   */
  public Response fetch(String url) throws FetchException {
    URI uri = parse(url);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      BaseRobotRules rules = rules(uri);
      if (!rules.isAllowed(uri.toString())) {
        throw new FetchException(uri + ": disallowed by robots.txt", 0, null);
      }
      long crawlDelay = rules.getCrawlDelay() > 0
          ? Math.min(rules.getCrawlDelay(), FetchConfig.MAX_CRAWL_DELAY.toMillis()) : 0;
      Attempt a = withRetries(uri, crawlDelay);
      if (a.location != null) {
        uri = resolve(uri, a.location);
        continue;
      }
      return new Response(uri, a.contentType, a.body);
    }
    throw new FetchException(url + ": more than " + MAX_REDIRECTS + " redirects", 0, null);
  }

  private static URI parse(String url) throws FetchException {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new FetchException(url + ": not an http(s) URL", 0, null);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new FetchException(url + ": malformed URL: " + e.getReason(), 0, e);
    }
  }

  private static URI resolve(URI base, String location) throws FetchException {
    try {
      return parse(base.resolve(new URI(location.strip())).toString());
    } catch (URISyntaxException e) {
      throw new FetchException(base + ": malformed redirect location: " + location, 0, e);
    }
  }

  private BaseRobotRules rules(URI uri) throws FetchException {
    String key = hostKey(uri);
    BaseRobotRules known = robots.get(key);
    if (known != null) return known;
    URI robotsUri = URI.create(key + "/robots.txt");
    BaseRobotRules rules;
    try {
      Attempt a = null;
      URI at = robotsUri;
      for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
        a = withRetries(at, 0);
        if (a.location == null) break;
        at = resolve(at, a.location);
      }
      rules = a.location != null ? robotsParser.failedFetch(404)
          : robotsParser.parseContent(robotsUri.toString(), a.body, a.contentType, List.of(robotName));
    } catch (FetchException e) {
      if (e.status() >= 400 && e.status() < 500) {
        rules = robotsParser.failedFetch(e.status());
      } else if (e.getCause() instanceof UnknownHostException) {
        throw new FetchException(uri + ": unknown host " + uri.getHost(), 0, e);
      } else {
        throw new FetchException(uri + ": robots.txt of " + key + " could not be read, so the host is not visited ("
            + e.reason(robotsUri.toString()) + ")", 0, e);
      }
    }
    robots.put(key, rules);
    return rules;
  }

  private static String hostKey(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean standard = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
  }

  /** One answer: a redirect location or a body. */
  private record Attempt(String location, String contentType, byte[] body) {}

  /** Whether a failure may go away when the request is repeated. */
  private static final class Retryable extends Exception {
    final int status;

    Retryable(String message, int status, Throwable cause) {
      super(message, cause);
      this.status = status;
    }
  }

  private Attempt withRetries(URI uri, long crawlDelayMillis) throws FetchException {
    long wait = config.backoff().toMillis();
    for (int attempt = 0; ; attempt++) {
      try {
        politeWait(uri, crawlDelayMillis);
        try {
          return once(uri);
        } finally {
          answered(uri, crawlDelayMillis);
        }
      } catch (Retryable e) {
        if (attempt >= config.retries()) {
          String tries = attempt == 0 ? "" : " (after " + attempt + (attempt == 1 ? " retry)" : " retries)");
          throw new FetchException(uri + ": " + e.getMessage() + tries, e.status, e.getCause());
        }
        sleep(wait);
        wait = Math.max(wait * 2, 1);
      }
    }
  }

  private Attempt once(URI uri) throws FetchException, Retryable {
    HttpURLConnection c;
    try {
      c = (HttpURLConnection) uri.toURL().openConnection();
    } catch (IOException | IllegalArgumentException e) {
      throw new FetchException(uri + ": cannot open a connection: " + e.getMessage(), 0, e);
    }
    try {
      c.setInstanceFollowRedirects(false);
      c.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis()));
      c.setReadTimeout((int) Math.min(Integer.MAX_VALUE, config.readTimeout().toMillis()));
      c.setRequestProperty("User-Agent", config.userAgent());
      c.setRequestProperty("Accept-Encoding", "gzip");
      c.setRequestProperty("Accept",
          "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
      int status = c.getResponseCode();
      if (status >= 300 && status < 400 && c.getHeaderField("Location") != null) {
        return new Attempt(c.getHeaderField("Location"), null, null);
      }
      if (status >= 500) throw new Retryable("HTTP " + status + reason(c), status, null);
      if (status >= 400 || status < 200 || status >= 300) {
        throw new FetchException(uri + ": HTTP " + status + reason(c), status, null);
      }
      long announced = c.getContentLengthLong();
      boolean gzip = "gzip".equalsIgnoreCase(c.getContentEncoding());
      if (!gzip && announced > config.maxBytes()) {
        throw new FetchException(uri + ": " + ContentChecks.tooLarge("response", announced, config.maxBytes()),
            status, null);
      }
      byte[] body;
      try (InputStream raw = c.getInputStream(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
      }
      if (body.length > config.maxBytes()) {
        throw new FetchException(uri + ": response larger than the limit of " + config.maxBytes() + " bytes",
            status, null);
      }
      return new Attempt(null, c.getContentType(), body);
    } catch (SocketTimeoutException e) {
      throw new Retryable("timed out (" + e.getMessage() + ")", 0, e);
    } catch (UnknownHostException e) {
      throw new FetchException(uri + ": unknown host " + e.getMessage(), 0, e);
    } catch (IOException e) {
      throw new Retryable("connection failed: " + IoErrors.describe(e), 0, e);
    } finally {
      c.disconnect();
    }
  }

  private static String reason(HttpURLConnection c) {
    try {
      String m = c.getResponseMessage();
      return m == null || m.isBlank() ? "" : " " + m.strip();
    } catch (IOException e) {
      return "";
    }
  }

  /** The next time a request may go to one host. */
  private static final class Host {
    long nextNanos;
  }

  private void politeWait(URI uri, long crawlDelayMillis) throws FetchException {
    Host h = host(uri);
    long delay = delayNanos(crawlDelayMillis);
    long waitNanos;
    synchronized (h) {
      long now = System.nanoTime();
      long start = Math.max(now, h.nextNanos == 0 ? now : h.nextNanos);
      h.nextNanos = start + delay;
      waitNanos = start - now;
    }
    if (waitNanos > 0) sleep(waitNanos / 1_000_000L + 1);
  }

  /**
   * Pushes the host's next start to at least the delay after this answer: the delay separates the end of one request
   * from the start of the next, so a slow answer never lets the next request arrive sooner than the delay after it.
   */
  private void answered(URI uri, long crawlDelayMillis) {
    Host h = host(uri);
    long delay = delayNanos(crawlDelayMillis);
    synchronized (h) {
      h.nextNanos = Math.max(h.nextNanos, System.nanoTime() + delay);
    }
  }

  private Host host(URI uri) { return hosts.computeIfAbsent(hostKey(uri), k -> new Host()); }

  /** The delay between two requests to a host: ours, or its Crawl-delay when longer. */
  private long delayNanos(long crawlDelayMillis) {
    return Math.max(config.hostDelay().toMillis(), crawlDelayMillis) * 1_000_000L;
  }

  private static void sleep(long millis) throws FetchException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while waiting to fetch", 0, e);
    }
  }
}
