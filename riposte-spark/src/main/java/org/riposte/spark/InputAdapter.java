package org.riposte.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.riposte.api.Article;
import org.riposte.api.IngestException;
import org.riposte.api.SourceRecord;
import org.riposte.ingest.FileIngestStage;
import org.riposte.ingest.IngestConfig;

/**
 * Turns one file of a Hadoop-compatible file system into documents with the readers of {@code riposte-ingest}.
 *
 * <p>The file's bytes are copied to a local temporary file of the same name, which {@link FileIngestStage} reads
 * exactly as {@code riposte ingest} reads a local file, choosing the reader by the file's extension (JSON Lines for
 * {@code .jsonl}/{@code .ndjson}, plain text otherwise, and any reader added to it later): a new format in
 * {@code riposte-ingest} works on a cluster with no change here. Origins and file URLs then name the original path
 * ({@code hdfs://…/a.jsonl:3}) instead of the temporary copy. Never throws: a file that cannot be read becomes one
 * failed document naming it.
 *
 * <p>Serializable (it travels to the executors) and thread safe.
 */
final class InputAdapter implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Opens the bytes of a file (Spark's {@code PortableDataStream::open}). */
  @FunctionalInterface
  interface Source {
    InputStream open() throws IOException;
  }

  private final String published;
  private final String outlet;
  private final long maxBytes;

  InputAdapter(IngestConfig config) {
    this.published = config.published() == null ? null : config.published().toString();
    this.outlet = config.outlet();
    this.maxBytes = config.maxBytes();
  }

  private IngestConfig config() {
    return new IngestConfig(published == null ? null : LocalDate.parse(published), outlet, maxBytes);
  }

  /**
   * The documents in the file at {@code path} (a Hadoop path string), in file order.
   *
   * @param path  the file's path as the job names it in origins
   * @param bytes how to open its bytes
   */
  List<Doc> read(String path, Source bytes) {
    List<Doc> out = new ArrayList<>();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("riposte-spark-in");
      Path local = dir.resolve(fileName(path));
      try (InputStream in = bytes.open()) {
        Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
      }
      String localName = local.toString();
      String localUri = local.toUri().toString();
      new FileIngestStage(config()).read(List.of(local),
          r -> out.add(Doc.of(renamed(r, localName, localUri, path))));
    } catch (IOException | IngestException | RuntimeException e) {
      out.clear();
      out.add(Doc.of(SourceRecord.problem(path, "unreadable file: " + e.getMessage())));
    } finally {
      deleteQuietly(dir);
    }
    return out;
  }

  /** The record with the temporary file's name replaced by the original path in its origin and URL. */
  static SourceRecord renamed(SourceRecord r, String localName, String localUri, String path) {
    String origin = r.origin().startsWith(localName) ? path + r.origin().substring(localName.length()) : r.origin();
    if (!r.ok()) return SourceRecord.problem(origin, r.problem());
    Article a = r.article();
    if (localUri.equals(a.url())) {
      a = new Article(a.id(), path, a.outlet(), a.published(), a.title(), a.language(), a.text());
    }
    return SourceRecord.of(origin, a);
  }

  /** The last segment of a path or URI ({@code hdfs://nn/news/a.jsonl} → {@code a.jsonl}). */
  static String fileName(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String name = p.substring(p.lastIndexOf('/') + 1);
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "input" : name;
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) return;
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temporary file left behind is the operating system's to clean; the documents are already read
    }
  }
}
