package org.riposte.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.riposte.actors.ActorConfig;
import org.riposte.api.Outcome;
import org.riposte.api.Pipeline;
import org.riposte.api.RiposteException;
import org.riposte.ingest.FetchConfig;
import org.riposte.ingest.FileIngestStage;
import org.riposte.ingest.LanguageIdentifier;
import org.riposte.ingest.IngestConfig;
import org.riposte.store.BatchEventStore;
import org.riposte.store.StoryStores;
import org.riposte.stories.StoryConfig;
import org.riposte.stories.StoryStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code riposte ingest PATH…}: reads, codes and stores articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads news reports (text files, folders, JSON Lines, HTML pages, RSS/Atom feeds, WARC files, "
        + "http(s) URLs), codes their events and stores them. Articles not in English are skipped.",
        "Each input gets an outcome (ok, skipped or failed, with the reason); the run goes on after a bad input.",
        "Articles already in the database are skipped, so an interrupted ingest can simply be run again."})
final class IngestCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH|URL", arity = "1..*",
      description = "Files or folders (read recursively), or http(s) URLs of pages and feeds.")
  List<String> inputs;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none in their metadata.")
  LocalDate published;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for inputs that carry none in their metadata.")
  String outlet;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "Largest input file accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = IngestConfig.DEFAULT_MAX_BYTES;

  @Option(names = "--follow",
      description = "Fetch the page of each feed item and code its main content instead of the item's summary.")
  boolean follow;

  @Option(names = "--user-agent", paramLabel = "TEXT",
      description = "User-Agent for fetching (and for robots.txt rules; default: ${DEFAULT-VALUE}).")
  String userAgent = FetchConfig.DEFAULT_USER_AGENT;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "Connect and read timeout for fetching, in seconds (default: ${DEFAULT-VALUE}).")
  double timeout = 30;

  @Option(names = "--retries", paramLabel = "N",
      description = "Retries after a 5xx answer or a timeout, with doubling back-off from 1 s (default: ${DEFAULT-VALUE}).")
  int retries = FetchConfig.DEFAULT.retries();

  @Option(names = "--host-delay", paramLabel = "SECONDS",
      description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}; a longer robots.txt "
          + "Crawl-delay wins).")
  double hostDelay = 1;

  @Option(names = {"-v", "--verbose"}, description = "Print every outcome, not only skipped and failed ones.")
  boolean verbose;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "An actor dictionary of your own (the format of the built-in ones; see README), used with them and"
          + " taking precedence; repeatable.")
  List<Path> actorFiles = new java.util.ArrayList<>();

  @Mixin
  DbOption db;

  @Override
  public Integer call() {
    try {
      Duration t = Duration.ofMillis(Math.round(timeout * 1000));
      FetchConfig fetch = new FetchConfig(userAgent, t, t, maxBytes, retries, FetchConfig.DEFAULT.backoff(),
          Duration.ofMillis(Math.round(hostDelay * 1000)), follow);
      return ingest(inputs, new IngestConfig(published, outlet, maxBytes), fetch, db, threads, verbose, System.out,
          System.err, new ActorConfig(actorFiles, true));
    } catch (IllegalArgumentException e) {
      System.err.println("riposte ingest: " + e.getMessage());
      return 2;
    }
  }

  /** Shared by {@code ingest} and {@code demo}. Returns the exit code. */
  static int ingest(List<Path> inputs, IngestConfig config, DbOption db, int threads, boolean verbose,
                    PrintStream out, PrintStream err) {
    return ingest(inputs, config, db, threads, verbose, out, err, ActorConfig.DEFAULT);
  }

  /** As above, with the actor dictionaries of {@code actors}. */
  static int ingest(List<Path> inputs, IngestConfig config, DbOption db, int threads, boolean verbose,
                    PrintStream out, PrintStream err, ActorConfig actors) {
    return ingest(inputs.stream().map(Path::toString).toList(), config, FetchConfig.DEFAULT, db, threads, verbose,
        out, err, actors);
  }

  /**
   * Reads files, folders and http(s) URLs, codes them with the actor dictionaries of {@code actors} and stores them.
   * A bad dictionary file is reported (file and line) before anything is read or written. Returns the exit code.
   */
  static int ingest(List<String> inputs, IngestConfig config, FetchConfig fetch, DbOption db, int threads,
                    boolean verbose, PrintStream out, PrintStream err, ActorConfig actors) {
    LanguageIdentifier.preloadInBackground();  // its models load while CoreNLP's do (time to the first article)
    Pipeline pipeline;
    try {
      actors.validate();
      pipeline = actors.equals(ActorConfig.DEFAULT) ? StandardPipeline.create() : StandardPipeline.create(actors);
    } catch (RiposteException e) {
      err.println("riposte ingest: " + e.getMessage());
      return 1;
    }
    FileIngestStage stage = new FileIngestStage(config, fetch);
    long total = -1;
    boolean warc = inputs.stream().anyMatch(s -> s.toLowerCase(java.util.Locale.ROOT).matches(".*\\.warc(\\.gz)?"));
    if (!FileIngestStage.anyUrl(inputs) && !warc) {
      try {
        // a first, cheap pass counts the documents for the progress bar; the second streams them to the workers
        // (not with URLs, which would be fetched twice, nor WARC files, whose pages would be extracted twice)
        long[] count = {0};
        stage.readInputs(inputs, r -> count[0]++);
        total = count[0];
      } catch (RiposteException e) {
        err.println("riposte ingest: " + e.getMessage());
        return 1;
      }
      if (total == 0) {
        err.println("riposte ingest: no input files found in " + inputs);
        return 1;
      }
    }
    try (BatchEventStore store = db.open();
         RecordStream records = RecordStream.open(sink -> stage.readInputs(inputs, sink))) {
      IngestRunner runner = new IngestRunner(pipeline, store, threads);
      IngestRunner.Report report;
      try (Progress bar = Progress.start("ingest", total, true)) {
        report = runner.run(records, o -> {
          bar.step();
          if (verbose || o.kind() != Outcome.Kind.OK) err.println(o.describe());
        });
      }
      out.println(report.summary() + " → " + db.display());
      // stories, reactions and channels of the pairs the new articles touch (incremental; see StoryStage)
      out.println("stories: " + new StoryStage(StoryConfig.DEFAULT).update(StoryStores.of(store)).summary());
      ActorsCommand.hintUnknown(store, db.display(), out);
      boolean nothing = report.counts().get(Outcome.Kind.OK) == 0 && report.counts().get(Outcome.Kind.SKIPPED) == 0;
      return nothing ? 1 : 0;
    } catch (RiposteException e) {
      err.println("riposte ingest: " + e.getMessage());
      return 1;
    } catch (RecordStream.Failure e) {
      err.println("riposte ingest: " + e.getCause().getMessage());
      return 1;
    }
  }
}
