package org.riposte.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.riposte.api.Article;
import org.riposte.api.IngestException;
import org.riposte.api.SourceRecord;

/**
 * Reads one plain-text file as one article. The file must be non-empty UTF-8 text (a byte-order mark is allowed)
 * within the size limit, and no HTML or XML document ({@link ContentChecks#markup}). The article's {@code url} is the
 * file's URI, its {@code title} the first line when that is headline-like ({@link Headlines}), its text the whole
 * file, and its date and outlet are decided by {@link MetadataResolver} (a plain file has no metadata of its own).
 * Thread safe.
 */
final class PlainTextReader {

  /** The largest array the JVM reliably allocates. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final long limit;
  private final MetadataResolver metadata;

  PlainTextReader(IngestConfig config, MetadataResolver metadata) {
    this.limit = Math.min(config.maxBytes(), MAX_ARRAY);
    this.metadata = metadata;
  }

  /** The file's article, or the problem that kept it from giving one. Never throws. */
  SourceRecord read(Path file) {
    String origin = file.toString();
    try {
      return SourceRecord.of(origin, article(file));
    } catch (IngestException e) {
      return SourceRecord.problem(origin, e.getMessage());
    } catch (IOException e) {
      return SourceRecord.problem(origin, "unreadable file: " + IoErrors.describe(e));
    }
  }

  private Article article(Path file) throws IOException, IngestException {
    long size = Files.size(file);
    if (size == 0) throw new IngestException("empty file");
    if (size > limit) throw new IngestException(ContentChecks.tooLarge("file", size, limit));
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) limit + 1);
    }
    return article(bytes, String.valueOf(file.getFileName()), file.toUri().toString());
  }

  /**
   * The article of a plain-text document held in memory, or the problem that kept it from giving one.
   *
   * @param name the document's file name (a markup name is refused), or null
   * @param url  the article's url, or null
   */
  SourceRecord read(byte[] bytes, String name, String url, String origin) {
    try {
      return SourceRecord.of(origin, article(bytes, name == null ? "" : name, url));
    } catch (IngestException e) {
      return SourceRecord.problem(origin, e.getMessage());
    }
  }

  private Article article(byte[] bytes, String name, String url) throws IngestException {
    if (bytes.length == 0) throw new IngestException("empty file");
    if (bytes.length > limit) throw new IngestException(ContentChecks.tooLarge("file", bytes.length, limit));
    Optional<String> binary = ContentChecks.binary(bytes, bytes.length, 0);
    if (binary.isPresent()) throw new IngestException("binary file: " + binary.get());
    String raw;
    try {
      raw = ContentChecks.utf8(bytes, 0, bytes.length, 0);
    } catch (IngestException e) {
      throw new IngestException("not UTF-8: " + e.getMessage(), e);
    }
    String text = Article.normalise(raw);
    if (text.isEmpty()) throw new IngestException("empty file: only white space");
    Optional<String> markup = ContentChecks.markup(name, text);
    if (markup.isPresent()) throw new IngestException(markup.get());
    return Article.of(url, metadata.outlet(null, text), metadata.published(null, text),
        Headlines.title(text), text);
  }
}
