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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.riposte.api.Article;
import org.riposte.api.IngestException;
import org.riposte.api.SourceRecord;

/**
 * Reads a JSON Lines file: one JSON object a line, each its own article, with origin {@code path:lineNo} (1-based,
 * blank lines counted). Fields: {@code text} (required, non-blank), {@code url}, {@code outlet}, {@code title} and
 * {@code published} (an ISO date {@code 2021-10-20} or date-time {@code 2021-10-20T08:00:00Z}, of which the date as
 * written is kept), all strings; other fields are ignored. Blank lines are skipped. A bad line (malformed JSON, no
 * text, a bad field, invalid UTF-8, over the size limit) becomes a problem record naming the line, and reading goes
 * on with the next line. Thread safe.
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
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), ContentChecks.SNIFF_BYTES * 8)) {
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
    String published = field(node, "published", n);
    LocalDate date = published == null ? null : date(published, n);
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

  /** The date of an ISO 8601 date or date-time, as written (no time-zone conversion). */
  static LocalDate date(String value, int n) throws IngestException {
    for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_DATE, DateTimeFormatter.ISO_DATE_TIME}) {
      try {
        return LocalDate.from(f.parse(value));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    throw new IngestException("bad field on line " + n + ": \"published\" is neither an ISO date nor an ISO "
        + "date-time: \"" + value + "\"");
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable" : message.strip().replaceAll("\\s+", " ");
  }
}
