package org.riposte.api;

/**
 * One item read from an input: an article, or the reason none could be read.
 *
 * @param origin  file path, {@code path:line} for JSON Lines, {@code path#item-n} for a feed item,
 *                {@code path@offset} for a WARC record, or a URL
 * @param article the article, or null when {@code problem} is set
 * @param problem why the input gave no article (empty file, binary, not UTF-8, too large, malformed JSON…), or null
 * @param skip    true when the input was readable but is deliberately not coded ({@code problem} then says why, e.g.
 *                {@code language de}): the batch counts it as skipped rather than failed
 */
public record SourceRecord(String origin, Article article, String problem, boolean skip) {

  /** An article or a problem that counts as failed (not a deliberate skip). */
  public SourceRecord(String origin, Article article, String problem) { this(origin, article, problem, false); }

  public static SourceRecord of(String origin, Article article) { return new SourceRecord(origin, article, null); }

  public static SourceRecord problem(String origin, String problem) { return new SourceRecord(origin, null, problem); }

  /** A readable input that is deliberately not coded, with the reason (e.g. {@code language de}). */
  public static SourceRecord skipped(String origin, String reason) {
    return new SourceRecord(origin, null, reason, true);
  }

  public boolean ok() { return article != null; }
}
