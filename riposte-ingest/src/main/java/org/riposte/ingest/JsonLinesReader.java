package org.riposte.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.function.Consumer;
import org.riposte.api.Article;
import org.riposte.api.IngestException;
import org.riposte.api.SourceRecord;

/**
 * Reads a JSON Lines file: one JSON object a line, each its own article, with origin {@code path:lineNo} (1-based,
 * blank lines counted). Fields: {@code text} (required, non-blank), {@code url}, {@code outlet}, {@code title} and
 * {@code published} (an ISO date {@code 2021-10-20} or date-time {@code 2021-10-20T08:00:00Z}, of which the date as
 * written is kept, or another common form: see {@link #date(String, int)}; also seconds or milliseconds since
 * 1970), all strings except {@code published}; other fields are ignored. Blank lines are skipped. A bad line
 * (malformed JSON, no text, a bad field, invalid UTF-8, over the size limit) becomes a problem record naming the
 * line, and reading goes on with the next line. Thread safe.
 *
 * <p>Design decision: the size limit applies to each line, not to the file, since a JSON Lines file is a batch of
 * articles and may rightly be large; it is read as a stream, one line at a time.
 */
final class JsonLinesReader {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final long limit;
  private final MetadataResolver metadata;

  JsonLinesReader(IngestConfig config, MetadataResolver metadata) {
    this.limit = Math.min(config.maxBytes(), Integer.MAX_VALUE - 8);
    this.metadata = metadata;
  }

  /** Hands {@code sink} one record for each non-blank line of {@code file}, in order. Never throws. */
  void read(Path file, Consumer<SourceRecord> sink) {
    String path = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      read(in, path, sink);
    } catch (IOException e) {
      sink.accept(SourceRecord.problem(path, "unreadable file: " + IoErrors.describe(e)));
    }
  }

  /**
   * Hands {@code sink} one record for each non-blank line of the JSON Lines data in {@code stream}, with origins
   * {@code path:lineNo}. Never throws; does not close {@code stream}.
   */
  void read(InputStream stream, String path, Consumer<SourceRecord> sink) {
    try {
      InputStream in = new BufferedInputStream(stream, ContentChecks.SNIFF_BYTES * 8);
      in.mark(ContentChecks.SNIFF_BYTES);
      byte[] head = in.readNBytes(ContentChecks.SNIFF_BYTES);
      in.reset();
      if (head.length == 0) {
        sink.accept(SourceRecord.problem(path, "empty file"));
        return;
      }
      Optional<String> binary = ContentChecks.binary(head, head.length, 0);
      if (binary.isPresent()) {
        sink.accept(SourceRecord.problem(path, "binary file: " + binary.get()));
        return;
      }
      ByteLines lines = new ByteLines(in, limit);
      boolean any = false;
      for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
        SourceRecord r = record(path, line);
        if (r != null) {
          any = true;
          sink.accept(r);
        }
      }
      if (!any) sink.accept(SourceRecord.problem(path, "empty file: only blank lines"));
    } catch (IOException e) {
      sink.accept(SourceRecord.problem(path, "unreadable file: " + IoErrors.describe(e)));
    }
  }

  /** The record for one line, or null for a blank line. */
  private SourceRecord record(String path, ByteLines.Line line) {
    int n = line.number();
    String origin = path + ":" + n;
    if (line.oversize()) {
      return SourceRecord.problem(origin, ContentChecks.tooLarge("line " + n, line.length(), limit));
    }
    byte[] b = line.bytes();
    int skip = n == 1 && b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        ? 3 : 0;
    Optional<String> binary = ContentChecks.binary(b, b.length, line.offset());
    if (binary.isPresent()) return SourceRecord.problem(origin, "binary data on line " + n + ": " + binary.get());
    String json;
    try {
      json = ContentChecks.utf8(b, skip, b.length - skip, line.offset() + skip);
    } catch (IngestException e) {
      return SourceRecord.problem(origin, "not UTF-8 on line " + n + ": " + e.getMessage());
    }
    if (json.isBlank()) return null;
    try {
      return SourceRecord.of(origin, article(json, n));
    } catch (IngestException e) {
      return SourceRecord.problem(origin, e.getMessage());
    }
  }

  private Article article(String json, int n) throws IngestException {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IngestException("malformed JSON on line " + n + ": " + oneLine(e.getOriginalMessage()), e);
    }
    if (node == null || !node.isObject()) {
      throw new IngestException("not a JSON object on line " + n);
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw new IngestException("no text on line " + n + ": field \"text\" is missing");
    }
    if (!text.isTextual()) throw notAString("text", text, n);
    String normalised = Article.normalise(text.textValue());
    if (normalised.isEmpty()) throw new IngestException("no text on line " + n + ": field \"text\" is empty");
    LocalDate date = published(node, n);
    return Article.of(field(node, "url", n), metadata.outlet(field(node, "outlet", n), normalised),
        metadata.published(date, normalised), field(node, "title", n), normalised);
  }

  /** The stripped string value of {@code name}; null when absent, JSON null or blank. */
  private static String field(JsonNode node, String name, int n) throws IngestException {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw notAString(name, v, n);
    String s = v.textValue().strip();
    return s.isEmpty() ? null : s;
  }

  private static IngestException notAString(String name, JsonNode value, int n) {
    return new IngestException("bad field on line " + n + ": \"" + name + "\" is "
        + value.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a string");
  }

  /**
   * The publication date of a record: a string {@link #date(String, int) date}, or a number of seconds (or, from
   * 13 digits, milliseconds) since 1970 as the UTC date; null when absent.
   */
  private static LocalDate published(JsonNode node, int n) throws IngestException {
    JsonNode v = node.get("published");
    if (v != null && v.isIntegralNumber()) {
      long t = v.asLong();
      Instant at = Math.abs(t) >= 100_000_000_000L ? Instant.ofEpochMilli(t) : Instant.ofEpochSecond(t);
      LocalDate d = at.atZone(ZoneOffset.UTC).toLocalDate();
      if (d.getYear() < 1900 || d.getYear() > 2199) {
        throw new IngestException("bad field on line " + n + ": \"published\" " + t + " is no date between 1900"
            + " and 2199 in seconds or milliseconds since 1970");
      }
      return d;
    }
    String published = field(node, "published", n);
    return published == null ? null : date(published, n);
  }

  /** Numeric dates: year first ({@code 2021/10/20}) or year last ({@code 20/10/2021}, {@code 10.20.2021}). */
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<y1>\\d{4})[/.](?<m1>\\d{1,2})[/.](?<d1>\\d{1,2})|(?<a>\\d{1,2})[/.](?<b>\\d{1,2})[/.](?<y2>\\d{4})");

  /**
   * The date a {@code published} string writes, as written (no time-zone conversion): ISO 8601 dates and date-times
   * ({@code 2021-10-20}, {@code 2021-10-20T08:00:00Z}, {@code 2021-10-20 08:00}), RSS and e-mail dates
   * ({@code Wed, 20 Oct 2021 10:00:00 GMT} or {@code +0000}), dates with a month name ({@code October 20, 2021},
   * {@code 20 Oct 2021}), and numeric dates whose order is certain ({@code 2021/10/20}, {@code 20/10/2021}; not
   * {@code 10/11/2021}, which could be either).
   *
   * @throws IngestException naming the line and the value when it is none of these or names no real day
   */
  static LocalDate date(String value, int n) throws IngestException {
    for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_DATE, DateTimeFormatter.ISO_DATE_TIME,
        DateTimeFormatter.RFC_1123_DATE_TIME}) {
      try {
        return LocalDate.from(f.parse(value));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    Optional<LocalDate> written = DateExpressions.parse(value);
    if (written.isPresent()) return written.get();
    Matcher m = NUMERIC.matcher(value);
    if (m.matches()) {
      int year;
      int month;
      int day;
      if (m.group("y1") != null) {
        year = Integer.parseInt(m.group("y1"));
        month = Integer.parseInt(m.group("m1"));
        day = Integer.parseInt(m.group("d1"));
      } else {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        year = Integer.parseInt(m.group("y2"));
        if (a <= 12 && b <= 12 && a != b) {
          throw new IngestException("bad field on line " + n + ": \"published\" \"" + value + "\" could be day"
              + " first or month first; write it as an ISO date (" + year + "-MM-DD)");
        }
        month = a > 12 ? b : a;
        day = a > 12 ? a : b;
      }
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        // not a real day: reported below
      }
    }
    throw new IngestException("bad field on line " + n + ": \"published\" is no date Riposte reads: \"" + value
        + "\" (write an ISO date such as 2021-10-20)");
  }

  /**
   * The date {@code value} writes, read as {@link #date(String, int)} reads a {@code published} field, or empty when
   * it is no date Riposte reads (for metadata of other formats: HTML meta tags, JSON-LD, feed items).
   */
  static Optional<LocalDate> dateOf(String value) {
    if (value == null || value.isBlank()) return Optional.empty();
    try {
      return Optional.of(date(value.strip(), 0));
    } catch (IngestException e) {
      return Optional.empty();
    }
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable" : message.strip().replaceAll("\\s+", " ");
  }
}
