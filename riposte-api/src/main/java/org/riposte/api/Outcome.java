package org.riposte.api;

import java.util.Locale;

/**
 * What became of one input document in a batch run.
 *
 * @param origin where it came from: a file path, {@code file:line} for JSON Lines, or a URL
 * @param docId  the article id, or null when no article could be read
 * @param kind   ok, skipped or failed
 * @param reason why it was skipped or failed, or a short summary when ok (e.g. "3 events", "no events")
 */
public record Outcome(String origin, String docId, Kind kind, String reason) {

  /** The outcome groups a batch counts. */
  public enum Kind {
    OK, SKIPPED, FAILED;

    public String label() { return name().toLowerCase(Locale.ROOT); }
  }

  public static Outcome ok(String origin, String docId, String summary) {
    return new Outcome(origin, docId, Kind.OK, summary);
  }

  public static Outcome skipped(String origin, String docId, String reason) {
    return new Outcome(origin, docId, Kind.SKIPPED, reason);
  }

  public static Outcome failed(String origin, String docId, String reason) {
    return new Outcome(origin, docId, Kind.FAILED, reason);
  }

  /** One line for a terminal: {@code failed: data/x.txt: not UTF-8 at byte 12}. */
  public String describe() {
    return kind.label() + ": " + origin + (reason == null || reason.isEmpty() ? "" : ": " + reason);
  }
}
