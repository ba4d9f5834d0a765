package org.riposte.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.riposte.actors.ActorConfig;
import org.riposte.api.Event;
import org.riposte.api.EventQuery;
import org.riposte.api.StoreException;
import org.riposte.ingest.IngestConfig;
import org.riposte.store.BatchEventStore;
import org.riposte.store.StoryStores;
import org.riposte.stories.DyadSummarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code riposte demo}: the built-in sample corpus into a fresh database, then its events and pairs. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Codes the built-in sample corpus into a fresh database; prints its events and pairs.",
        "The corpus: reports written for Riposte about the NATO-Russia crisis of 2021, the Geneva talks of 2022 and",
        "the sanctions after February 2022."})
final class DemoCommand implements Callable<Integer> {

  static final String DEMO_DB = "riposte-demo.duckdb";

  @Option(names = "--db", paramLabel = "PATH", defaultValue = DEMO_DB,
      description = "Database to create (default: ${DEFAULT-VALUE}, replaced on every run; another path must not "
          + "exist yet).")
  String db;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--actors", paramLabel = "FILE",
      description = "An actor dictionary of your own, used with the built-in ones and taking precedence; repeatable.")
  List<Path> actorFiles = new java.util.ArrayList<>();

  @Override
  public Integer call() {
    Path dbPath = Path.of(db);
    try {
      if (Files.exists(dbPath)) {
        if (!dbPath.getFileName().toString().equals(DEMO_DB)) {
          System.err.println("riposte demo: " + db + " exists; the demo needs a fresh database (remove it or choose "
              + "another --db)");
          return 1;
        }
        Files.delete(dbPath);
        Files.deleteIfExists(Path.of(db + ".wal"));
      }
      Path dir = Files.createTempDirectory("riposte-sample");
      List<Path> files = SampleCorpus.extractTo(dir);
      System.out.println("Sample corpus: " + files.size() + " files (" + dir + ")");
      DbOption opt = new DbOption();
      opt.db = db;
      int code = IngestCommand.ingest(List.of(dir), IngestConfig.DEFAULT,
          opt, threads, false, System.out, System.err, new ActorConfig(actorFiles, true));
      if (code != 0) return code;
      try (BatchEventStore store = opt.open()) {
        List<Event> events = store.events(EventQuery.all());
        System.out.println();
        EventPrinter.print(events, Format.TABLE, System.out);
        System.out.println();
        System.out.println("Pairs (stories: each act once however many outlets told it; asserted, claimed, planned):");
        PairPrinter.print(new DyadSummarizer().summariseStories(
            StoryStores.of(store).stories(null)), "STORIES", System.out);
        System.out.println();
        System.out.println("Query again with: riposte events --db " + db + " --actor RUS --format jsonl");
        System.out.println("Where a relationship stands: riposte dyad RUS IGOWSTNAT --db " + db);
        System.out.println("See it in the browser: riposte serve --db " + db
            + "   (then http://127.0.0.1:8080/#/pair/RUS/IGOWSTNAT)");
      }
      return 0;
    } catch (IOException | StoreException e) {
      System.err.println("riposte demo: " + e.getMessage());
      return 1;
    }
  }
}
