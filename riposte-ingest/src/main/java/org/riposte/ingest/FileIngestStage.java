package org.riposte.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.riposte.api.IngestException;
import org.riposte.api.IngestStage;
import org.riposte.api.SourceRecord;

/**
 * {@link IngestStage} over local files and folders, and http(s) URLs.
 *
 * <p>Inputs are read in the order given; a folder is walked recursively in a stable order (entries sorted by name,
 * hidden entries skipped: see {@link InputWalker}). Each file is read in its format ({@link DocumentReader},
 * {@link WebFormat}): {@code *.jsonl}/{@code *.ndjson} as JSON Lines (origin {@code path:lineNo}), {@code *.warc} and
 * {@code *.warc.gz} as WARC (origin {@code path@offset} per response record), HTML pages (by name or opening) through
 * main-content extraction, RSS/Atom feeds one article an item (origin {@code path#item-n}), anything else as plain
 * text (origin {@code path}). An http(s) URL given as input ({@link #readInputs}) is fetched politely
 * ({@link HttpFetcher}) and read in the format it is served in. The publication date and outlet come from the
 * record's own metadata, else from the {@link IngestConfig} overrides, else from the text ({@link
 * PublicationDateDetector}, {@link OutletDetector}), else stay null. Non-English articles are skipped records
 * ({@code language de}).
 *
 * <p>Every input that gives no article is reported as a {@link SourceRecord#problem} with a one-line reason (empty
 * file, binary file, not UTF-8 at a byte offset, larger than the limit, malformed JSON on a line, no text on a line,
 * XML that is no feed, an HTML page without main content, a bad WARC record, a URL that could not be fetched,
 * unreadable file or folder) and reading goes on. Only a local input path that does not exist throws; all inputs are
 * checked before anything is read, so such a mistake costs no half-finished run.
 *
 * <p>Thread safe: an instance holds only its configuration and a fetcher (shared politeness and robots.txt state) and
 * may serve concurrent {@link #read} calls; each call hands its records to its sink on the calling thread, in order.
 */
public final class FileIngestStage implements IngestStage {

  private final IngestConfig config;
  private final FetchConfig fetchConfig;
  private final DocumentReader reader;

  /** A stage reading with {@code config} and fetching with {@code fetch}. */
  public FileIngestStage(IngestConfig config, FetchConfig fetch) {
    this.config = Objects.requireNonNull(config, "config");
    this.fetchConfig = Objects.requireNonNull(fetch, "fetch");
    this.reader = new DocumentReader(config, new HttpFetcher(fetch));
  }

  /** A stage reading with {@code config} and fetching with {@link FetchConfig#DEFAULT}. */
  public FileIngestStage(IngestConfig config) {
    this(config, FetchConfig.DEFAULT);
  }

  /** A stage with no overrides and the default size limit ({@link IngestConfig#DEFAULT}). */
  public FileIngestStage() {
    this(IngestConfig.DEFAULT);
  }

  /** The configuration this stage reads with. */
  public IngestConfig config() {
    return config;
  }

  /** The configuration this stage fetches with. */
  public FetchConfig fetchConfig() {
    return fetchConfig;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IngestException when an input does not exist (or cannot be reached), naming it; nothing has been read
   */
  @Override
  public void read(List<Path> inputs, Consumer<SourceRecord> sink) throws IngestException {
    Objects.requireNonNull(inputs, "inputs");
    List<String> names = new ArrayList<>();
    for (Path p : inputs) names.add(Objects.requireNonNull(p, "input path").toString());
    readPaths(inputs, names, sink);
  }

  /**
   * Reads inputs given as text: each an http(s) URL (see {@link HttpFetcher#isUrl}) or a local path.
   *
   * @throws IngestException when a local input does not exist (or cannot be reached), naming it; nothing has been
   *                         read
   */
  public void readInputs(List<String> inputs, Consumer<SourceRecord> sink) throws IngestException {
    Objects.requireNonNull(inputs, "inputs");
    List<Path> paths = new ArrayList<>();
    for (String s : inputs) {
      Objects.requireNonNull(s, "input");
      paths.add(HttpFetcher.isUrl(s) ? null : Path.of(s));
    }
    readPaths(paths, inputs, sink);
  }

  /** Whether any of {@code inputs} is a URL (whose reading fetches from the network). */
  public static boolean anyUrl(List<String> inputs) {
    return inputs.stream().anyMatch(HttpFetcher::isUrl);
  }

  private void readPaths(List<Path> paths, List<String> names, Consumer<SourceRecord> sink) throws IngestException {
    Objects.requireNonNull(sink, "sink");
    for (Path input : paths) {
      if (input != null && !Files.exists(input)) {
        throw new IngestException(Files.notExists(input)
            ? "input does not exist: " + input
            : "input cannot be reached (permission denied on a parent folder?): " + input);
      }
    }
    InputWalker walker = new InputWalker(file -> reader.readFile(file, sink),
        (path, reason) -> sink.accept(SourceRecord.problem(path.toString(), reason)));
    for (int i = 0; i < paths.size(); i++) {
      Path input = paths.get(i);
      if (input == null) {
        reader.readUrl(names.get(i), sink);
      } else if (Files.isDirectory(input)) {
        walker.walk(input);
      } else if (Files.isRegularFile(input)) {
        reader.readFile(input, sink);
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
}
