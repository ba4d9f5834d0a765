package org.riposte.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.riposte.api.Article;
import org.riposte.api.SourceRecord;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with the Rome library: each item becomes one article, with origin
 * {@code origin#item-n} (1-based, in feed order). The item's title, link (the article's url), date and text (its
 * {@code content:encoded} or Atom content, else its description or summary, stripped of markup) are used; the feed's
 * title is the outlet when the item has none. The date is read as the feed writes it, with no time-zone conversion
 * ({@code Mon, 18 Oct 2021 23:30:00 -0400} is 18 October).
 *
 * <p>With a fetcher whose configuration {@link FetchConfig#follow() follows} items, each item's link is fetched and
 * the page's main content is coded instead ({@link HtmlReader}, the item giving title, date and outlet where the page
 * is silent); the record's origin is then the link. An item whose page cannot be fetched is a problem naming the
 * link and the reason. An item without text (and not followed) is a problem. A document that is no feed is one
 * problem ("RSS/Atom parse error: …"). Thread safe.
 */
public final class FeedReader {

  /** Item date elements, in the order they are trusted: publication first, last change last. */
  private static final List<String> DATE_TAGS = List.of("pubdate", "published", "dc:date", "issued",
      "dcterms:issued", "dcterms:created", "updated", "modified", "dcterms:modified");

  private final MetadataResolver metadata;
  private final HtmlReader html;
  private final HttpFetcher fetcher;

  /**
   * @param config  the overrides
   * @param fetcher used to follow items when its configuration says so; null never to fetch
   */
  public FeedReader(IngestConfig config, HttpFetcher fetcher) {
    this.metadata = new MetadataResolver(Objects.requireNonNull(config, "config"));
    this.html = new HtmlReader(config);
    this.fetcher = fetcher;
  }

  /** Hands {@code sink} one record for each item of the feed in {@code bytes}, or one problem. Never throws. */
  public void read(byte[] bytes, String origin, Consumer<SourceRecord> sink) {
    SyndFeed feed;
    try (XmlReader in = new XmlReader(new ByteArrayInputStream(bytes))) {
      feed = new SyndFeedInput().build(in);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      sink.accept(SourceRecord.problem(origin, "RSS/Atom parse error: " + oneLine(e.getMessage())));
      return;
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      sink.accept(SourceRecord.problem(origin, "empty feed: no items"));
      return;
    }
    List<String> rawDates = rawDates(bytes);
    String feedTitle = blank(feed.getTitle());
    boolean follow = fetcher != null && fetcher.config().follow();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      String itemOrigin = origin + "#item-" + (i + 1);
      LocalDate date = rawDates.size() == entries.size() ? JsonLinesReader.dateOf(rawDates.get(i)).orElse(null)
          : null;
      if (date == null) date = utcDate(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
      String link = blank(e.getLink());
      String title = blank(e.getTitle());
      if (follow && link != null && HttpFetcher.isUrl(link)) {
        sink.accept(followed(link, new PageHints(title, date, feedTitle, null)));
      } else {
        sink.accept(item(e, itemOrigin, link, title, date, feedTitle));
      }
    }
  }

  private SourceRecord followed(String link, PageHints hints) {
    try {
      HttpFetcher.Response r = fetcher.fetch(link);
      return html.read(r.body(), ContentTypes.charset(r.contentType()), r.uri().toString(), link, hints);
    } catch (FetchException ex) {
      return SourceRecord.problem(link, "feed item not fetched: " + ex.reason(link));
    }
  }

  private SourceRecord item(SyndEntry e, String origin, String link, String title, LocalDate date, String outlet) {
    String markup = null;
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        markup = c.getValue();
        break;
      }
    }
    if (markup == null && e.getDescription() != null) markup = e.getDescription().getValue();
    String text = markup == null ? "" : Article.normalise(HtmlReader.blockText(Jsoup.parseBodyFragment(markup).body()));
    if (text.isEmpty()) {
      return SourceRecord.problem(origin, "feed item without text (no description or content; follow the links"
          + " with --follow to code the pages)");
    }
    return SourceRecord.of(origin, Article.of(link, metadata.outlet(outlet, text), metadata.published(date, text),
        title, text));
  }

  /** The date strings of the items, in order, as the feed writes them (empty strings where an item has none). */
  private static List<String> rawDates(byte[] bytes) {
    List<String> out = new ArrayList<>();
    try {
      Document x = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
      for (Element item : x.select("item, entry")) {
        String found = "";
        int rank = DATE_TAGS.size();
        for (Element child : item.children()) {
          int r = DATE_TAGS.indexOf(child.tagName().toLowerCase(Locale.ROOT));
          if (r >= 0 && r < rank) {
            rank = r;
            found = child.text();
          }
        }
        out.add(found);
      }
    } catch (IOException e) {
      return List.of();
    }
    return out;
  }

  private static LocalDate utcDate(Date d) {
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
  }

  private static String oneLine(String s) {
    return s == null ? "unreadable" : s.strip().replaceAll("\\s+", " ");
  }
}
