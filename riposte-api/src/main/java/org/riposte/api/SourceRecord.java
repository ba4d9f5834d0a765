package org.riposte.api;

/**
 * One item read from an input: an article, or the reason none could be read.
 *
 * @param origin  file path, {@code path:line} for JSON Lines
 * @param article the article, or null when {@code problem} is set
 * @param problem why the input gave no article (empty file, binary, not UTF-8, too large, malformed JSON…), or null
 */
public record SourceRecord(String origin, Article article, String problem) {

  public static SourceRecord of(String origin, Article article) { return new SourceRecord(origin, article, null); }

  public static SourceRecord problem(String origin, String problem) { return new SourceRecord(origin, null, problem); }

  public boolean ok() { return article != null; }
}
