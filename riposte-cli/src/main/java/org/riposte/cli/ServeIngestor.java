package org.riposte.cli;

import java.util.ArrayList;
import java.util.List;
import org.riposte.api.Outcome;
import org.riposte.api.Pipeline;
import org.riposte.api.RiposteException;
import org.riposte.api.SourceRecord;
import org.riposte.ingest.DocumentReader;
import org.riposte.ingest.IngestConfig;
import org.riposte.store.BatchEventStore;
import org.riposte.store.StoryStores;
import org.riposte.stories.StoryConfig;
import org.riposte.stories.StoryStage;
import org.riposte.web.ArticleIngestor;

/**
 * Ingest over HTTP for {@code riposte serve}: the JSON Lines of a request read as {@code riposte ingest} reads a
 * {@code .jsonl} file, coded by the standard pipeline (loaded on the first article, so that the server starts fast),
 * saved by {@link IngestRunner} (same outcomes: already stored, repeated, not English…) on the store's own connection,
 * then the stories of the pairs they touch updated ({@link StoryStage}, incremental). One request at a time.
 */
final class ServeIngestor implements ArticleIngestor {

  private final BatchEventStore store;
  private final int threads;
  private final DocumentReader reader = new DocumentReader(IngestConfig.DEFAULT, null);
  private Pipeline pipeline;

  ServeIngestor(BatchEventStore store, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    this.store = store;
    this.threads = threads;
  }

  @Override
  public synchronized List<Outcome> ingest(byte[] jsonLines, String origin) throws RiposteException {
    List<SourceRecord> records = new ArrayList<>();
    reader.readJsonLines(jsonLines, origin, records::add);
    if (pipeline == null && records.stream().anyMatch(SourceRecord::ok)) pipeline = StandardPipeline.create();
    IngestRunner.Report report = new IngestRunner(pipeline, store, threads).run(records, o -> {});
    if (report.counts().get(Outcome.Kind.OK) > 0) {
      new StoryStage(StoryConfig.DEFAULT).update(StoryStores.of(store));
    }
    return report.outcomes();
  }
}
