package org.riposte.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How http(s) inputs and feed items are fetched.
 *
 * @param userAgent      the User-Agent sent with every request and matched against robots.txt groups; not blank
 * @param connectTimeout how long a connection may take to open; positive
 * @param readTimeout    how long the server may stay silent while a response is read; positive
 * @param maxBytes       the largest response body read; a larger one (announced or actual) is refused; positive
 * @param retries        how many times a request is repeated after a 5xx answer, a timeout or a broken connection
 *                       (never after a 4xx answer); 0 to 10
 * @param backoff        the wait before the first retry, doubled before each further one; not negative
 * @param hostDelay      the least time between the end of one request to a host and the start of the next
 *                       (robots.txt's Crawl-delay, when longer, wins up to {@link #MAX_CRAWL_DELAY}); not negative
 * @param follow         whether the items of a feed are followed to their pages, whose main content is then coded
 *                       instead of the item's description
 */
public record FetchConfig(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBytes, int retries,
                          Duration backoff, Duration hostDelay, boolean follow) {

  /** The User-Agent sent by default. */
  public static final String DEFAULT_USER_AGENT = "Riposte/0.1 (news event coder; +https://github.com/riposte)";

  /** The longest Crawl-delay of a robots.txt that is honoured; a longer one is cut to this. */
  public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

  /** Defaults: 10 s to connect, 30 s read timeout, 10 MiB, 2 retries from 1 s, 1 s between requests to a host. */
  public static final FetchConfig DEFAULT = new FetchConfig(DEFAULT_USER_AGENT, Duration.ofSeconds(10),
      Duration.ofSeconds(30), IngestConfig.DEFAULT_MAX_BYTES, 2, Duration.ofSeconds(1), Duration.ofSeconds(1), false);

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException naming the first option out of range
   */
  public FetchConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    userAgent = userAgent.strip();
    if (userAgent.isEmpty() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      throw new IllegalArgumentException("user agent must be non-blank text on one line");
    }
    positive("connect timeout", connectTimeout);
    positive("read timeout", readTimeout);
    if (maxBytes <= 0) throw new IllegalArgumentException("fetch size limit must be positive, was " + maxBytes);
    if (retries < 0 || retries > 10) throw new IllegalArgumentException("retries must be 0 to 10, was " + retries);
    notNegative("back-off", backoff);
    notNegative("host delay", hostDelay);
  }

  private static void positive(String what, Duration d) {
    Objects.requireNonNull(d, what);
    if (d.isZero() || d.isNegative()) throw new IllegalArgumentException(what + " must be positive, was " + d);
  }

  private static void notNegative(String what, Duration d) {
    Objects.requireNonNull(d, what);
    if (d.isNegative()) throw new IllegalArgumentException(what + " must not be negative, was " + d);
  }

  /** A copy that follows feed items (or not). */
  public FetchConfig withFollow(boolean on) {
    return new FetchConfig(userAgent, connectTimeout, readTimeout, maxBytes, retries, backoff, hostDelay, on);
  }
}
