package org.riposte.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.riposte.api.Article;
import org.riposte.api.SourceRecord;

/**
 * Reads any input Riposte takes — a file, an http(s) URL, or bytes with a name — in the format it is in
 * ({@link WebFormat}: plain text, JSON Lines, HTML page, RSS/Atom feed, WARC), and hands over its records with the
 * language checked: an article whose text is not English is replaced by a {@link SourceRecord#skipped skipped}
 * record {@code language xx} (ISO 639-1, see {@link LanguageIdentifier}); an English one (or one whose language
 * cannot be told) keeps language {@code en}.
 *
 * <p>This is the reader API for code outside the CLI (a Spark job, a server): {@link #read(String, String, byte[],
 * String, Consumer)} for a document in memory, {@link #readWarc} for a WARC stream. Every method hands its records to
 * the sink on the calling thread, in order, and never throws: an input that gives no article is a problem record
 * naming it and the reason. Thread safe.
 */
public final class DocumentReader {

  private static final int HEAD_BYTES = 4096;

  private final IngestConfig config;
  private final HttpFetcher fetcher;
  private final PlainTextReader plainText;
  private final JsonLinesReader jsonLines;
  private final HtmlReader html;
  private final FeedReader feeds;
  private final WarcArchiveReader warc;
  private final LanguageIdentifier languages = new LanguageIdentifier();

  /**
   * @param config  overrides and the size limit for local inputs
   * @param fetcher fetches URL inputs and, when its configuration says so, feed items; null when nothing may be
   *                fetched (URL inputs are then problems)
   */
  public DocumentReader(IngestConfig config, HttpFetcher fetcher) {
    this.config = Objects.requireNonNull(config, "config");
    this.fetcher = fetcher;
    MetadataResolver metadata = new MetadataResolver(config);
    this.plainText = new PlainTextReader(config, metadata);
    this.jsonLines = new JsonLinesReader(config, metadata);
    this.html = new HtmlReader(config);
    this.feeds = new FeedReader(config, fetcher);
    this.warc = new WarcArchiveReader(config);
  }

  /** Reads one local file in its format. */
  public void readFile(Path file, Consumer<SourceRecord> sink) {
    Consumer<SourceRecord> out = checked(sink);
    String origin = file.toString();
    String name = String.valueOf(file.getFileName());
    WebFormat format;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(HEAD_BYTES);
      format = WebFormat.of(name, null, head, head.length);
    } catch (IOException e) {
      out.accept(SourceRecord.problem(origin, "unreadable file: " + IoErrors.describe(e)));
      return;
    }
    switch (format) {
      case JSON_LINES -> jsonLines.read(file, out);
      case TEXT -> out.accept(plainText.read(file));
      case WARC -> {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
          warc.read(in, origin, out);
        } catch (IOException e) {
          out.accept(SourceRecord.problem(origin, "unreadable file: " + IoErrors.describe(e)));
        }
      }
      default -> {
        Optional<byte[]> bytes = wholeFile(file, origin, out);
        bytes.ifPresent(b -> markup(format, origin, file.toUri().toString(), b, null, out));
      }
    }
  }

  /** Fetches an http(s) URL and reads it in its format (an HTML page, a feed, a WARC file, text). */
  public void readUrl(String url, Consumer<SourceRecord> sink) {
    Consumer<SourceRecord> out = checked(sink);
    if (fetcher == null) {
      out.accept(SourceRecord.problem(url, "URL inputs need a fetcher (none configured)"));
      return;
    }
    HttpFetcher.Response r;
    try {
      r = fetcher.fetch(url);
    } catch (FetchException e) {
      out.accept(SourceRecord.problem(url, e.reason(url)));
      return;
    }
    read(url, r.uri().toString(), r.body(), r.contentType(), out);
  }

  /**
   * Reads JSON Lines held in memory (the body of an HTTP request, say): one record per non-blank line, with origins
   * {@code origin:line}, exactly as a {@code .jsonl} file is read.
   */
  public void readJsonLines(byte[] bytes, String origin, Consumer<SourceRecord> sink) {
    jsonLines.read(new ByteArrayInputStream(bytes), origin, checked(sink));
  }

  /**
   * Reads a document held in memory (a JSON Lines file, a WARC file, an HTML page, a feed or plain text).
   *
   * @param origin      the origin of the records (a path or a URL)
   * @param url         the document's URL or file URI (for an HTML page's links and url); may be null
   * @param bytes       the document
   * @param contentType the HTTP content type it came with, or null
   */
  public void read(String origin, String url, byte[] bytes, String contentType, Consumer<SourceRecord> sink) {
    Consumer<SourceRecord> out = checked(sink);
    String name = nameOf(origin, url);
    WebFormat format = WebFormat.of(name, contentType, bytes, Math.min(bytes.length, HEAD_BYTES));
    switch (format) {
      case WARC -> warc.read(new ByteArrayInputStream(bytes), origin, out);
      case JSON_LINES -> jsonLines.read(new ByteArrayInputStream(bytes), origin, out);
      case TEXT -> out.accept(plainText.read(bytes, name, url, origin));
      default -> markup(format, origin, url, bytes, contentType, out);
    }
  }

  private static String nameOf(String origin, String url) {
    if (url == null) return origin;
    try {
      String path = new URI(url).getPath();
      return path == null ? origin : path;
    } catch (URISyntaxException e) {
      return url;
    }
  }

  /** Reads a WARC stream (gzip detected), one record per response record; does not close {@code in}. */
  public void readWarc(InputStream in, String origin, Consumer<SourceRecord> sink) {
    warc.read(in, origin, checked(sink));
  }

  private void markup(WebFormat format, String origin, String url, byte[] bytes, String contentType,
                      Consumer<SourceRecord> out) {
    switch (format) {
      case HTML -> out.accept(html.read(bytes, ContentTypes.charset(contentType), url, origin, PageHints.NONE));
      case FEED -> feeds.read(bytes, origin, out);
      default -> out.accept(SourceRecord.problem(origin, ContentChecks.OTHER_XML));
    }
  }

  private Optional<byte[]> wholeFile(Path file, String origin, Consumer<SourceRecord> out) {
    try {
      long size = Files.size(file);
      if (size == 0) {
        out.accept(SourceRecord.problem(origin, "empty file"));
        return Optional.empty();
      }
      if (size > config.maxBytes()) {
        out.accept(SourceRecord.problem(origin, ContentChecks.tooLarge("file", size, config.maxBytes())));
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      out.accept(SourceRecord.problem(origin, "unreadable file: " + IoErrors.describe(e)));
      return Optional.empty();
    }
  }

  /** {@code sink} behind the language check. */
  private Consumer<SourceRecord> checked(Consumer<SourceRecord> sink) {
    return r -> sink.accept(r.ok() ? language(r) : r);
  }

  private SourceRecord language(SourceRecord r) {
    Article a = r.article();
    Optional<String> lang = languages.identify(a.text());
    if (lang.isPresent() && !lang.get().equals("en")) return SourceRecord.skipped(r.origin(), "language " + lang.get());
    return a.language().equals("en") ? r : SourceRecord.of(r.origin(),
        new Article(a.id(), a.url(), a.outlet(), a.published(), a.title(), "en", a.text()));
  }
}
