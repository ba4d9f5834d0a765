package org.riposte.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.riposte.api.Analysis;
import org.riposte.api.EventStore;
import org.riposte.api.Layer;
import org.riposte.api.Outcome;
import org.riposte.api.Pipeline;
import org.riposte.api.RiposteException;
import org.riposte.api.Sentence;
import org.riposte.api.SourceRecord;
import org.riposte.api.Stage;
import org.riposte.ingest.FileIngestStage;
import org.riposte.ingest.IngestConfig;
import org.riposte.ingest.LanguageIdentifier;
import org.riposte.nlp.ConstituencyBaseline;
import org.riposte.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code riposte bench}: end-to-end throughput (read → NLP → actors → coder → DuckDB) on the sample corpus or a
 * folder, as the median of several runs after warm-up, each run into a fresh database.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures end-to-end throughput (articles/s, tokens/s): median of --runs runs after --warmup runs.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--runs", defaultValue = "5", description = "Measured runs (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured warm-up runs (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--threads", description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--corpus", paramLabel = "DIR", description = "Folder to measure on (default: the sample corpus).")
  Path corpus;

  @Option(names = "--baseline", description = "Measure the constituency-parse baseline (CoreNLP tokenize,ssplit,pos,"
      + "lemma,ner,parse with its defaults, what a PETRARCH-style coder needs) on the same articles instead.")
  boolean baseline;

  /** Counts tokens as documents pass; requires tokens, adds nothing. */
  static final class TokenCounter implements Stage {
    final AtomicLong tokens = new AtomicLong();

    public String name() { return "token-counter"; }

    public Set<Layer> requires() { return EnumSet.of(Layer.TOKENS); }

    public Set<Layer> produces() { return EnumSet.noneOf(Layer.class); }

    public Analysis process(Analysis in) {
      long n = 0;
      for (Sentence s : in.sentences()) n += s.tokens().size();
      tokens.addAndGet(n);
      return in;
    }
  }

  @Override
  public Integer call() throws IOException, RiposteException {
    if (runs < 1 || warmup < 0 || threads < 1) {
      System.err.println("riposte bench: --runs and --threads must be at least 1, --warmup at least 0");
      return 2;
    }
    Path dir = corpus;
    if (dir == null) {
      dir = Files.createTempDirectory("riposte-bench");
      SampleCorpus.extractTo(dir);
    }
    if (baseline) {
      List<SourceRecord> records = new ArrayList<>();
      new FileIngestStage(IngestConfig.DEFAULT).read(List.of(dir), records::add);
      return measureBaseline(records);
    }
    // as riposte ingest does: the language models load while CoreNLP's do, then the files are read
    LanguageIdentifier.preloadInBackground();
    long t0 = System.nanoTime();
    Pipeline standard = StandardPipeline.create();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    List<SourceRecord> records = new ArrayList<>();
    new FileIngestStage(IngestConfig.DEFAULT).read(List.of(dir), records::add);
    TokenCounter counter = new TokenCounter();
    StageTimer timer = new StageTimer();
    List<Stage> stages = new ArrayList<>(timer.wrap(standard.stages()));
    stages.add(counter);
    Pipeline p = Pipeline.of(stages);
    System.out.printf(Locale.ROOT, "corpus: %d documents from %s; threads %d; models loaded in %.1f s%n",
        records.size(), corpus == null ? "the sample corpus" : dir, threads, loadSeconds);

    List<double[]> measured = new ArrayList<>();
    for (int i = 0; i < warmup + runs; i++) {
      Path db = Files.createTempDirectory("riposte-bench-db").resolve("bench.duckdb");
      counter.tokens.set(0);
      if (i == warmup) timer.reset();
      long start = System.nanoTime();
      IngestRunner.Report report;
      try (EventStore store = EventStores.open(db.toString())) {
        report = new IngestRunner(p, store, threads).run(records, o -> firstArticle());
      }
      double secs = (System.nanoTime() - start) / 1e9;
      long ok = report.outcomes().stream().filter(o -> o.kind() == Outcome.Kind.OK).count();
      boolean isWarmup = i < warmup;
      System.out.printf(Locale.ROOT, "%s %d: %.2f s, %d articles, %d tokens, %d events → %.2f articles/s, %.0f "
              + "tokens/s%n", isWarmup ? "warm-up" : "run", isWarmup ? i + 1 : i - warmup + 1, secs, ok,
          counter.tokens.get(), report.events(), ok / secs, counter.tokens.get() / secs);
      if (!isWarmup) measured.add(new double[] {ok / secs, counter.tokens.get() / secs});
    }
    double art = median(measured, 0);
    double tok = median(measured, 1);
    System.out.printf(Locale.ROOT, "median of %d runs: %.2f articles/s, %.0f tokens/s; peak heap %.0f MiB%n", runs,
        art, tok, peakHeapMiB());
    System.out.println("CPU time by stage over the measured runs: " + timer.shares());
    return 0;
  }

  private boolean firstSeen;

  /** Prints, once, the time from JVM start to the first finished article (model loading included). */
  private void firstArticle() {
    if (firstSeen) return;
    firstSeen = true;
    double s = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
    System.out.printf(Locale.ROOT, "first article after %.1f s (from JVM start, model loading included)%n", s);
  }

  /** The baseline on the same records: each article annotated by {@code threads} workers sharing one pipeline. */
  private int measureBaseline(List<SourceRecord> records) throws IOException {
    List<String> texts = records.stream().filter(SourceRecord::ok).map(r -> r.article().text()).distinct().toList();
    long t0 = System.nanoTime();
    ConstituencyBaseline nlp = new ConstituencyBaseline();
    System.out.printf(Locale.ROOT, "baseline (tokenize,ssplit,pos,lemma,ner,parse): %d documents; threads %d; models "
        + "loaded in %.1f s%n", texts.size(), threads, (System.nanoTime() - t0) / 1e9);
    List<double[]> measured = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int i = 0; i < warmup + runs; i++) {
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (String t : texts) done.add(pool.submit(() -> nlp.annotate(t)));
        long tokens = 0;
        for (Future<Integer> f : done) {
          try {
            tokens += f.get();
          } catch (ExecutionException e) {
            throw new IOException("the baseline failed on an article: " + e.getCause(), e.getCause());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
          }
          firstArticle();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        boolean isWarmup = i < warmup;
        System.out.printf(Locale.ROOT, "%s %d: %.2f s, %d articles, %d tokens → %.2f articles/s, %.0f tokens/s%n",
            isWarmup ? "warm-up" : "run", isWarmup ? i + 1 : i - warmup + 1, secs, texts.size(), tokens,
            texts.size() / secs, tokens / secs);
        if (!isWarmup) measured.add(new double[] {texts.size() / secs, tokens / secs});
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(Locale.ROOT, "median of %d runs: %.2f articles/s, %.0f tokens/s; peak heap %.0f MiB%n", runs,
        median(measured, 0), median(measured, 1), peakHeapMiB());
    return 0;
  }

  private static double median(List<double[]> rows, int col) {
    double[] v = rows.stream().mapToDouble(r -> r[col]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double peakHeapMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
    }
    return peak / (1024.0 * 1024.0);
  }
}
