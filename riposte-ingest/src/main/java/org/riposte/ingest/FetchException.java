package org.riposte.ingest;

import org.riposte.api.IngestException;

/**
 * A URL could not be fetched: refused by robots.txt, answered with an error status, too large, timed out or
 * unreachable after the retries. The message names the URL and the reason.
 */
public final class FetchException extends IngestException {

  private final int status;

  /** @param status the HTTP status that ended the fetch, or 0 when none was received */
  public FetchException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The message without the URL it starts with ({@code HTTP 404 Not Found} for {@code https://…: HTTP 404 Not Found}). */
  public String reason(String url) {
    String m = getMessage();
    return url != null && m.startsWith(url + ": ") ? m.substring(url.length() + 2) : m;
  }

  /** The HTTP status that ended the fetch, or 0 when there was none (robots.txt, timeout, size, network). */
  public int status() { return status; }
}
