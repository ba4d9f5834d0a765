package org.riposte.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Objects;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.riposte.api.Article;
import org.riposte.api.SourceRecord;

/**
 * Reads one HTML page as one article: jsoup parses it (the charset from the byte-order mark, the given content type
 * or the page's {@code <meta charset>}, else UTF-8), {@link HtmlMetadata} reads title, date, outlet and canonical URL
 * from its metadata, and Readability4J (a port of Mozilla's Readability, the reader view of Firefox) keeps its main
 * content, dropping navigation, advertisements, comments and footers. Elements that are boilerplate by their tag or
 * role ({@link Boilerplate}) are removed first, so that a short article (where Readability falls back to the whole
 * page) does not take them in. The article's text is that content, one
 * paragraph a block ({@code <p>}, headings, list items, quotations), separated by blank lines.
 *
 * <p>Precedence: the page's metadata, then the {@link PageHints} of its container, then the user's overrides and what
 * the text states ({@link MetadataResolver}), then {@link PageHints#crawled()} for the date and the URL's host for the
 * outlet. The url is the canonical link, else the URL the page was read from.
 *
 * <p>A page with no main content (an index page, a page of links, a script-only shell) is a problem record. Thread
 * safe; usable without the rest of the ingest stage (by Spark jobs, for instance).
 */
public final class HtmlReader {

  private final MetadataResolver metadata;

  /** A reader applying the overrides of {@code config}. */
  public HtmlReader(IngestConfig config) {
    this.metadata = new MetadataResolver(Objects.requireNonNull(config, "config"));
  }

  /**
   * The article of a page given as bytes.
   *
   * @param bytes   the page, in its own encoding
   * @param charset the charset named by the transport (HTTP Content-Type), or null to detect it
   * @param url     the page's URL (a web URL or a file URI), for relative links and as the article's url; may be null
   * @param origin  the origin of the record returned
   * @param hints   what the page's container knows about it
   * @return the article, or a problem naming {@code origin}; never throws
   */
  public SourceRecord read(byte[] bytes, Charset charset, String url, String origin, PageHints hints) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset == null ? null : charset.name(),
          url == null ? "" : url);
    } catch (IOException | RuntimeException e) {
      return SourceRecord.problem(origin, "unreadable HTML: " + e.getMessage());
    }
    return read(doc, url, origin, hints);
  }

  /** The article of a page given as text; see {@link #read(byte[], Charset, String, String, PageHints)}. */
  public SourceRecord read(String html, String url, String origin, PageHints hints) {
    return read(Jsoup.parse(html, url == null ? "" : url), url, origin, hints);
  }

  private SourceRecord read(Document doc, String url, String origin, PageHints hints) {
    HtmlMetadata meta = HtmlMetadata.of(doc);
    Boilerplate.strip(doc);
    Element content;
    String readabilityTitle;
    try {
      Readability4J readability = new Readability4JExtended(url == null ? "" : url, doc);
      net.dankito.readability4j.Article a = readability.parse();
      content = a.getArticleContent();
      readabilityTitle = a.getTitle();
    } catch (RuntimeException e) {
      return SourceRecord.problem(origin, "HTML main-content extraction failed: " + e);
    }
    String text = content == null ? "" : Article.normalise(blockText(content));
    if (text.isEmpty()) {
      return SourceRecord.problem(origin, "no article text found in the HTML page (no main content)");
    }
    String title = first(meta.title(), hints.title(), blank(readabilityTitle));
    LocalDate published = metadata.published(first(meta.published(), hints.published()), text);
    if (published == null) published = hints.crawled();
    String articleUrl = first(meta.url(), url);
    String outlet = metadata.outlet(first(meta.outlet(), hints.outlet()), text);
    if (outlet == null) outlet = HtmlMetadata.hostOutlet(articleUrl);
    return SourceRecord.of(origin, Article.of(articleUrl, outlet, published, title, text));
  }

  /**
   * The text of {@code root} with a blank line between blocks and a line break for {@code <br>}; white space inside a
   * block folded to single spaces.
   */
  static String blockText(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.text();
          if (endsWithBreak(out)) s = s.stripLeading();
          out.append(s);
        } else if (node instanceof Element e) {
          if (e.normalName().equals("br")) out.append('\n');
          else if (e.isBlock() && !endsWithBreak(out)) out.append("\n\n");
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock() && !endsWithBreak(out)) out.append("\n\n");
      }
    }, root);
    return out.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" *\\n *", "\n")
        .replaceAll("\\n{3,}", "\n\n");
  }

  private static boolean endsWithBreak(StringBuilder b) {
    return b.length() == 0 || b.charAt(b.length() - 1) == '\n';
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) if (v != null) return v;
    return null;
  }
}
