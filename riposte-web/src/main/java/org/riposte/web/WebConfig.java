package org.riposte.web;

import java.util.Objects;

/**
 * How {@link WebServer} serves.
 *
 * @param host         the address to listen on ({@code 127.0.0.1} by default: loopback only)
 * @param port         the port, 0 to 65535 (0: any free port, for tests)
 * @param token        the bearer token that {@code POST /api/v1/articles} requires; null disables ingest over HTTP
 * @param maxBodyBytes the largest request body accepted (larger: 413)
 * @param connections  reading connections to the database (concurrent queries)
 */
public record WebConfig(String host, int port, String token, long maxBodyBytes, int connections) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;
  public static final int DEFAULT_CONNECTIONS = 4;
  /** A token shorter than this is refused: it would be guessable. */
  public static final int MIN_TOKEN_LENGTH = 16;

  public WebConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) throw new IllegalArgumentException("the host must not be blank");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("the port must be 0 to 65535, was " + port);
    if (token != null) {
      token = token.strip();
      if (token.length() < MIN_TOKEN_LENGTH || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
        throw new IllegalArgumentException("the token must be at least " + MIN_TOKEN_LENGTH
            + " printable ASCII characters without spaces");
      }
    }
    if (maxBodyBytes < 1024) throw new IllegalArgumentException("the body limit must be at least 1024 bytes");
    if (connections < 1 || connections > 64) {
      throw new IllegalArgumentException("connections must be 1 to 64, was " + connections);
    }
  }

  /** Loopback, port 8080, no token, 5 MB bodies, 4 reading connections. */
  public static WebConfig defaults() {
    return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_BODY, DEFAULT_CONNECTIONS);
  }

  public WebConfig withPort(int p) { return new WebConfig(host, p, token, maxBodyBytes, connections); }

  public WebConfig withHost(String h) { return new WebConfig(h, port, token, maxBodyBytes, connections); }

  public WebConfig withToken(String t) { return new WebConfig(host, port, t, maxBodyBytes, connections); }

  public WebConfig withMaxBodyBytes(long n) { return new WebConfig(host, port, token, n, connections); }

  /** Whether ingest over HTTP is enabled. */
  public boolean ingestEnabled() { return token != null; }

  @Override
  public String toString() {
    return "WebConfig[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "***")
        + ", maxBodyBytes=" + maxBodyBytes + ", connections=" + connections + "]";
  }
}
