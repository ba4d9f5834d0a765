package org.riposte.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventQuery;
import org.riposte.api.EventStore;
import org.riposte.api.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code riposte export}: writes stored events to a file for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes stored events, filtered as with 'riposte events', to a file:",
        "  jsonl    JSON Lines, the event schema of DESIGN.md (as 'riposte events --format jsonl')",
        "  csv      CSV with a header line (as 'riposte events --format csv')",
        "  parquet  Parquet with typed columns (those of the CSV), for pandas, R, DuckDB, Spark",
        "  gdelt    GDELT 2.0 event table: 61 tab-separated columns, no header (see README: Export)",
        "The file is written whole or not at all; an existing file is replaced."})
final class ExportCommand implements Callable<Integer> {

  /** The export formats. */
  enum ExportFormat { JSONL, CSV, PARQUET, GDELT }

  @Option(names = "--format", paramLabel = "FORMAT", required = true,
      description = "jsonl, csv, parquet or gdelt.")
  ExportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH", required = true, description = "The file to write.")
  Path output;

  @Mixin
  EventFilterOptions filter;

  @Mixin
  DbOption db;

  @Override
  public Integer call() {
    EventQuery query;
    try {
      query = filter.query();
    } catch (IllegalArgumentException e) {
      System.err.println("riposte export: " + e.getMessage());
      return 2;
    }
    if (Files.isDirectory(output)) {
      System.err.println("riposte export: " + output + " is a folder; --output needs a file path");
      return 2;
    }
    try (EventStore store = db.openExisting()) {
      List<Event> events = store.events(query);
      Map<String, Article> articles = new HashMap<>();
      if (format == ExportFormat.GDELT) for (Article a : store.articles(0)) articles.put(a.id(), a);
      write(events, articles, output, format);
      System.out.println(events.size() + (events.size() == 1 ? " event" : " events") + " → " + output + " ("
          + format.name().toLowerCase(java.util.Locale.ROOT) + ")");
      return 0;
    } catch (StoreException e) {
      System.err.println("riposte export: " + e.getMessage());
      return 1;
    } catch (IOException | SQLException e) {
      System.err.println("riposte export: cannot write " + output + ": " + e.getMessage());
      return 1;
    }
  }

  /**
   * Writes the file through a temporary file next to it, moved into place when complete, so that a failed export
   * never leaves a truncated file behind.
   */
  static void write(List<Event> events, Map<String, Article> articles, Path output, ExportFormat format)
      throws IOException, SQLException {
    Path target = output.toAbsolutePath();
    if (target.getParent() != null) Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    try {
      switch (format) {
        case JSONL, CSV -> {
          try (OutputStream o = Files.newOutputStream(tmp);
               PrintStream out = new PrintStream(o, false, StandardCharsets.UTF_8)) {
            EventPrinter.print(events, format == ExportFormat.JSONL ? Format.JSONL : Format.CSV, out);
            if (out.checkError()) throw new IOException("write failed");
          }
        }
        case GDELT -> {
          try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
              StandardCharsets.UTF_8))) {
            for (Event e : events) {
              w.write(String.join("\t", GdeltRow.of(e, articles.get(e.docId()))));
              w.write('\n');
            }
          }
        }
        case PARQUET -> ParquetExport.write(events, tmp);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
