package org.riposte.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.riposte.api.IngestException;
import org.riposte.api.IngestStage;
import org.riposte.api.SourceRecord;

/**
 * {@link IngestStage} over local files and folders.
 *
 * <p>Inputs are read in the order given; a folder is walked recursively in a stable order (entries sorted by name,
 * hidden entries skipped: see {@link InputWalker}). A file named {@code *.jsonl} or {@code *.ndjson} (any case) is
 * JSON Lines, one article a line with origin {@code path:lineNo}; any other file is plain text, one article with
 * origin {@code path}. The publication date and outlet come from the record's own metadata, else from the
 * {@link IngestConfig} overrides, else from the text ({@link PublicationDateDetector}, {@link OutletDetector}), else
 * stay null.
 *
 * <p>Every input that gives no article is reported as a {@link SourceRecord#problem} with a one-line reason (empty
 * file, binary file, not UTF-8 at a byte offset, larger than the limit, malformed JSON on a line, no text on a line,
 * unreadable file or folder) and reading goes on. Only an input path that does not exist throws; all inputs are
 * checked before anything is read, so such a mistake costs no half-finished run.
 *
 * <p>Thread safe: an instance holds only its configuration and may serve concurrent {@link #read} calls; each call
 * hands its records to its sink on the calling thread, in order.
 */
public final class FileIngestStage implements IngestStage {

  private final IngestConfig config;
  private final PlainTextReader plainText;
  private final JsonLinesReader jsonLines;

  /** A stage reading with {@code config}. */
  public FileIngestStage(IngestConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    MetadataResolver metadata = new MetadataResolver(config);
    this.plainText = new PlainTextReader(config, metadata);
    this.jsonLines = new JsonLinesReader(config, metadata);
  }

  /** A stage with no overrides and the default size limit ({@link IngestConfig#DEFAULT}). */
  public FileIngestStage() {
    this(IngestConfig.DEFAULT);
  }

  /** The configuration this stage reads with. */
  public IngestConfig config() {
    return config;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IngestException when an input does not exist (or cannot be reached), naming it; nothing has been read
   */
  @Override
  public void read(List<Path> inputs, Consumer<SourceRecord> sink) throws IngestException {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(sink, "sink");
    for (Path input : inputs) {
      Objects.requireNonNull(input, "input path");
      if (!Files.exists(input)) {
        throw new IngestException(Files.notExists(input)
            ? "input does not exist: " + input
            : "input cannot be reached (permission denied on a parent folder?): " + input);
      }
    }
    InputWalker walker = new InputWalker(file -> readFile(file, sink),
        (path, reason) -> sink.accept(SourceRecord.problem(path.toString(), reason)));
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walker.walk(input);
      } else if (Files.isRegularFile(input)) {
        readFile(input, sink);
      } else {
        sink.accept(SourceRecord.problem(input.toString(), "not a regular file"));
      }
    }
  }

  /** Whether {@code file} is read as JSON Lines rather than plain text, judged by its name. */
  public static boolean isJsonLines(Path file) {
    Path name = file.getFileName();
    if (name == null) return false;
    String s = name.toString().toLowerCase(Locale.ROOT);
    return s.endsWith(".jsonl") || s.endsWith(".ndjson");
  }

  private void readFile(Path file, Consumer<SourceRecord> sink) {
    if (isJsonLines(file)) {
      jsonLines.read(file, sink);
    } else {
      sink.accept(plainText.read(file));
    }
  }
}
