package org.riposte.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself in its metadata, read before its main content is extracted.
 *
 * <p>Sources, first found wins:
 * <ul>
 *   <li>title: JSON-LD {@code headline}, {@code og:title}, {@code twitter:title}, {@code <title>} (without a trailing
 *       {@code | outlet});</li>
 *   <li>author: JSON-LD {@code author} (name, or names joined by ", "), {@code <meta name=author>},
 *       {@code article:author};</li>
 *   <li>published: {@code article:published_time}, JSON-LD {@code datePublished}, {@code itemprop=datePublished},
 *       {@code <meta name=date|pubdate|publishdate|dc.date|dc.date.issued>}, then the first
 *       {@code <time datetime>} (one marked {@code pubdate} first); the date as written, no time-zone conversion;</li>
 *   <li>outlet: {@code og:site_name}, JSON-LD {@code publisher.name}, {@code application-name};</li>
 *   <li>url: {@code <link rel=canonical>}, {@code og:url} (absolute http(s) URLs only).</li>
 * </ul>
 * JSON-LD blocks may hold an object, an array or an {@code @graph}; the first node of an article type
 * ({@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle}, {@code BlogPosting}, …) is read, else the
 * first node with a {@code headline}. Malformed JSON-LD is ignored. Any field may be null.
 *
 * @param title     the headline
 * @param author    the byline
 * @param published the publication date
 * @param outlet    the publishing site's name
 * @param url       the canonical URL
 */
public record HtmlMetadata(String title, String author, LocalDate published, String outlet, String url) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Reads the metadata of {@code doc} (not modified). */
  public static HtmlMetadata of(Document doc) {
    JsonNode ld = jsonLd(doc);
    String outlet = first(meta(doc, "og:site_name"), ld == null ? null : text(ld.get("publisher"), "name"),
        meta(doc, "application-name"));
    String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
        withoutSiteName(clean(doc.title()), outlet));
    String author = first(author(ld), meta(doc, "author"), meta(doc, "article:author"));
    LocalDate published = date(meta(doc, "article:published_time"))
        .or(() -> date(text(ld, "datePublished")))
        .or(() -> date(itemprop(doc, "datePublished")))
        .or(() -> date(meta(doc, "date")))
        .or(() -> date(meta(doc, "pubdate")))
        .or(() -> date(meta(doc, "publishdate")))
        .or(() -> date(meta(doc, "dc.date")))
        .or(() -> date(meta(doc, "dc.date.issued")))
        .or(() -> timeElement(doc))
        .orElse(null);
    Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    String url = first(absolute(canonical == null ? null : canonical.absUrl("href")), absolute(meta(doc, "og:url")));
    return new HtmlMetadata(title, author, published, outlet, url);
  }

  /** The host of {@code url} without a leading {@code www.}, as an outlet of last resort; null when none. */
  public static String hostOutlet(String url) {
    if (url == null) return null;
    try {
      String host = new URI(url).getHost();
      if (host == null || !HttpFetcher.isUrl(url)) return null;
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (Exception e) {
      return null;
    }
  }

  /** A {@code <title>} without its trailing site name ({@code Talks resume | Example Times}), when it has one. */
  static String withoutSiteName(String title, String outlet) {
    if (title == null || outlet == null) return title;
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
      int at = title.lastIndexOf(sep);
      if (at > 0 && title.substring(at + sep.length()).strip().equalsIgnoreCase(outlet)) {
        return title.substring(0, at).strip();
      }
    }
    return title;
  }

  private static Optional<LocalDate> date(String value) {
    return JsonLinesReader.dateOf(value);
  }

  private static Optional<LocalDate> timeElement(Document doc) {
    Element marked = doc.selectFirst("time[pubdate][datetime]");
    if (marked != null) {
      Optional<LocalDate> d = date(marked.attr("datetime"));
      if (d.isPresent()) return d;
    }
    for (Element t : doc.select("time[datetime]")) {
      Optional<LocalDate> d = date(t.attr("datetime"));
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }

  /** The content of the first {@code <meta>} whose property or name is {@code key} (any case), or null. */
  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))) {
        String v = clean(m.attr("content"));
        if (v != null) return v;
      }
    }
    return null;
  }

  private static String itemprop(Document doc, String prop) {
    Element e = doc.selectFirst("[itemprop=" + prop + "]");
    if (e == null) return null;
    return first(clean(e.attr("content")), clean(e.attr("datetime")), clean(e.text()));
  }

  private static final List<String> ARTICLE_TYPES = List.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "report");

  /** The article node of the page's JSON-LD, or null. */
  private static JsonNode jsonLd(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(MAPPER.readTree(script.data()), nodes);
      } catch (Exception e) {
        // malformed JSON-LD is common on the web and says nothing the rest of the page does not
      }
    }
    for (JsonNode n : nodes) {
      for (JsonNode type : n.path("@type").isArray() ? n.path("@type") : List.of(n.path("@type"))) {
        if (ARTICLE_TYPES.contains(type.asText("").toLowerCase(Locale.ROOT))) return n;
      }
    }
    for (JsonNode n : nodes) {
      if (n.hasNonNull("headline")) return n;
    }
    return null;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node == null) return;
    if (node.isArray()) {
      for (JsonNode n : node) collect(n, out);
    } else if (node.isObject()) {
      out.add(node);
      if (node.has("@graph")) collect(node.get("@graph"), out);
    }
  }

  private static String text(JsonNode node, String field) {
    if (node == null) return null;
    JsonNode v = node.get(field);
    return v != null && v.isValueNode() ? clean(v.asText()) : null;
  }

  private static String author(JsonNode ld) {
    if (ld == null || !ld.has("author")) return null;
    JsonNode a = ld.get("author");
    List<String> names = new ArrayList<>();
    for (JsonNode n : a.isArray() ? a : List.of(a)) {
      String name = n.isValueNode() ? clean(n.asText()) : text(n, "name");
      if (name != null) names.add(name);
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String absolute(String url) {
    return url != null && HttpFetcher.isUrl(url) ? url.strip() : null;
  }

  private static String clean(String s) {
    if (s == null) return null;
    String t = s.strip().replaceAll("\\s+", " ");
    return t.isEmpty() ? null : t;
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) if (v != null) return v;
    return null;
  }
}
