package org.riposte.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format of an input, judged by its name, its transport's content type and its first bytes. Stateless and thread
 * safe.
 */
public enum WebFormat {
  /** Plain text, one article. */
  TEXT,
  /** JSON Lines, one article a line. */
  JSON_LINES,
  /** An HTML page, one article. */
  HTML,
  /** An RSS or Atom feed, one article an item. */
  FEED,
  /** A WARC file, one article an HTML response record. */
  WARC,
  /** XML that is neither an HTML page nor a feed (refused). */
  OTHER_XML;

  private static final Pattern HTML_NAME = Pattern.compile("(?i).*\\.(html?|xhtml|shtml|php|aspx?)$");
  private static final Pattern XML_NAME = Pattern.compile("(?i).*\\.(xml|rss|atom|rdf|svg)$");
  private static final Pattern WARC_NAME = Pattern.compile("(?i).*\\.warc(\\.gz)?$");
  private static final Pattern JSONL_NAME = Pattern.compile("(?i).*\\.(jsonl|ndjson)$");
  /** The first element of a markup document, after the prolog, comments and doctype. */
  private static final Pattern FIRST_ELEMENT = Pattern.compile(
      "^(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!doctype[^>]*>)*<([A-Za-z][\\w:.-]*)", Pattern.CASE_INSENSITIVE
          | Pattern.DOTALL);

  /**
   * The format of an input.
   *
   * @param name        its file name or URL path (may be null)
   * @param contentType the HTTP content type it was served with (null for files)
   * @param head        its first bytes (up to a few KiB; gzip-compressed WARC data is recognised by its name)
   */
  public static WebFormat of(String name, String contentType, byte[] head, int length) {
    String n = name == null ? "" : name;
    if (JSONL_NAME.matcher(n).matches()) return JSON_LINES;
    if (WARC_NAME.matcher(n).matches() || startsWith(head, length, "WARC/")) return WARC;
    String media = ContentTypes.mediaType(contentType);
    if (media.equals("text/html") || media.equals("application/xhtml+xml")) return HTML;
    if (media.equals("application/rss+xml") || media.equals("application/atom+xml")) return FEED;
    String text = new String(head, 0, length, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
    Matcher m = FIRST_ELEMENT.matcher(text);
    if (m.find()) {
      String root = m.group(1).toLowerCase(Locale.ROOT);
      if (root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf")) return FEED;
      if (root.equals("html") || root.equals("head") || root.equals("body")) return HTML;
      boolean xmlish = text.stripLeading().startsWith("<?xml") || XML_NAME.matcher(n).matches()
          || media.endsWith("xml");
      if (xmlish) return OTHER_XML;
      if (HTML_NAME.matcher(n).matches() || text.stripLeading().toLowerCase(Locale.ROOT).startsWith("<!doctype html")) {
        return HTML;
      }
    }
    if (HTML_NAME.matcher(n).matches()) return HTML;
    if (XML_NAME.matcher(n).matches() || media.endsWith("xml")) return OTHER_XML;
    return TEXT;
  }

  private static boolean startsWith(byte[] head, int length, String prefix) {
    if (length < prefix.length()) return false;
    for (int i = 0; i < prefix.length(); i++) if (head[i] != prefix.charAt(i)) return false;
    return true;
  }
}
