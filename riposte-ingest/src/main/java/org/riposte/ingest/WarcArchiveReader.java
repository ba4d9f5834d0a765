package org.riposte.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.riposte.api.SourceRecord;

/**
 * Reads a WARC file as Common Crawl News distributes it (WARC 1.0/1.1, uncompressed or one gzip member a record) with
 * the jwarc library. Only {@code response} records are read; {@code request}, {@code metadata}, {@code warcinfo},
 * {@code revisit} and other records are passed over without a record of their own. Each response gives one record
 * with origin {@code origin@offset} (the record's byte offset in the file, compressed offset for .warc.gz):
 * <ul>
 *   <li>an HTTP 200 HTML response ({@code text/html}, {@code application/xhtml+xml}): its decoded payload read by
 *       {@link HtmlReader}, the WARC-Target-URI as url (unless the page names a canonical one) and the WARC-Date as
 *       the date of last resort ({@link PageHints#crawled()});</li>
 *   <li>another status or media type: skipped with the reason ({@code HTTP 301}, {@code not HTML: image/png});</li>
 *   <li>a payload over the size limit or a record whose HTTP message cannot be parsed: a problem naming the offset,
 *       and reading goes on with the next record.</li>
 * </ul>
 * A record whose WARC headers cannot be parsed ends the file's reading (the records after it cannot be found
 * reliably): a problem names the offset of the record before it (jwarc tells no offset for a record it could not
 * read) and the reason; a last record cut short is reported once. Thread safe: each call reads with its own parser.
 */
public final class WarcArchiveReader {

  private final HtmlReader html;
  private final long limit;

  /** A reader applying the overrides and the size limit (per payload) of {@code config}. */
  public WarcArchiveReader(IngestConfig config) {
    Objects.requireNonNull(config, "config");
    this.html = new HtmlReader(config);
    this.limit = Math.min(config.maxBytes(), Integer.MAX_VALUE - 8);
  }

  /**
   * Hands {@code sink} one record for each response record of the WARC data in {@code in} (gzip detected), in order.
   * Never throws; does not close {@code in}.
   *
   * @param origin the file (or URL) the data comes from, prefix of every record's origin
   */
  public void read(InputStream in, String origin, Consumer<SourceRecord> sink) {
    int responses = 0;
    long offset = -1;
    boolean lastBad = false;
    try (WarcReader reader = new WarcReader(new NonClosing(in))) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // a record cut short is reported once: by its payload's problem, when it had one
          if (!lastBad) {
            String where = offset < 0 ? "at byte offset 0" : "after the record at byte offset " + offset;
            sink.accept(SourceRecord.problem(origin + "@" + Math.max(offset, 0), "bad WARC record " + where + ": "
                + message(e) + "; the rest of the file is not read"));
          }
          return;
        }
        if (next.isEmpty()) break;
        offset = reader.position();
        if (!(next.get() instanceof WarcResponse response)) continue;
        responses++;
        SourceRecord r = response(response, origin + "@" + offset, offset);
        lastBad = !r.ok() && !r.skip();
        sink.accept(r);
      }
    } catch (IOException e) {
      sink.accept(SourceRecord.problem(origin, "unreadable WARC file: " + message(e)));
      return;
    }
    if (responses == 0) sink.accept(SourceRecord.problem(origin, "no response records in the WARC file"));
  }

  private SourceRecord response(WarcResponse response, String origin, long offset) {
    try {
      HttpResponse http = response.http();
      if (http.status() != 200) return SourceRecord.skipped(origin, "HTTP " + http.status());
      String type = http.headers().first("Content-Type").orElse(null);
      String media = ContentTypes.mediaType(type);
      if (!media.equals("text/html") && !media.equals("application/xhtml+xml")) {
        return SourceRecord.skipped(origin, "not HTML: " + (media.isEmpty() ? "no content type" : media));
      }
      byte[] body;
      try (InputStream payload = http.bodyDecoded().stream()) {
        body = payload.readNBytes((int) limit + 1);
      }
      if (body.length > limit) {
        return SourceRecord.problem(origin, "WARC record at byte offset " + offset + ": payload larger than the limit"
            + " of " + limit + " bytes");
      }
      if (body.length == 0) return SourceRecord.problem(origin, "empty payload in WARC record at byte offset " + offset);
      Instant date = response.date();
      LocalDate crawled = date == null ? null : date.atZone(ZoneOffset.UTC).toLocalDate();
      return html.read(body, ContentTypes.charset(type), response.target(), origin,
          new PageHints(null, null, null, crawled));
    } catch (IOException | RuntimeException e) {
      return SourceRecord.problem(origin, "bad WARC record at byte offset " + offset + ": " + message(e));
    }
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().replaceAll("\\s+", " ");
  }

  /** Keeps jwarc from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) { super(in); }

    @Override
    public void close() {}
  }
}
