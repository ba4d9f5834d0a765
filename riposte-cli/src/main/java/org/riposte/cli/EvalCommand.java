package org.riposte.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.riposte.actors.ActorConfig;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Pipeline;
import org.riposte.api.RiposteException;
import org.riposte.coding.CodingEvaluator;
import org.riposte.coding.EvalReport;
import org.riposte.coding.EvalScore;
import org.riposte.coding.GoldFormat;
import org.riposte.coding.GoldSentence;
import org.riposte.coding.GoldSet;
import org.riposte.nlp.NlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code riposte eval}: runs the whole pipeline (CoreNLP, actor dictionary, coder; no gold actors given) on each
 * sentence of a gold file, as an article of its own, and prints how well it coded them (see {@link CodingEvaluator}
 * for what each figure means).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores the pipeline on a gold file: accuracy, precision, recall and F1 of event types, actors and "
        + "triples; a confusion table; the worst-coded sentences.",
        "Gold formats: plover (PLOVER gold records, JSON), codebook (CAMEO codebook CSV, example column), fiveclass "
            + "(sentence TAB class 0-4), spans (BIO source/target spans)."})
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", paramLabel = "FORMAT", defaultValue = "plover",
      description = "Gold format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  GoldFormat format;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "Gold file (default: the format's file under --reference).")
  Path file;

  @Option(names = "--reference", paramLabel = "DIR", defaultValue = "../shared/reference",
      description = "Folder of the shared reference data (default: ${DEFAULT-VALUE}).")
  Path reference;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "Evaluate only the first N sentences (default: all).")
  int limit;

  @Option(names = "--every", paramLabel = "K", defaultValue = "1",
      description = "Evaluate every K-th sentence only, an evenly spread sample (default: all); applied before "
          + "--limit.")
  int every;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
      description = "Worst-coded sentences to list (default: ${DEFAULT-VALUE}).")
  int worst;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
      description = "Output: table or json (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--nlp-cache", paramLabel = "DIR",
      description = "Keep CoreNLP's output of each gold sentence in DIR and reuse it on later runs: scoring a changed "
          + "coder, pattern file or actor dictionary again takes seconds. Entries are keyed by the text, its date, "
          + "the NLP configuration and the NLP code, so a changed NLP stage never reads an old entry.")
  Path nlpCache;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    String out = output.toLowerCase(Locale.ROOT);
    if (!out.equals("table") && !out.equals("json")) {
      System.err.println("riposte eval: --format must be table or json, not '" + output + "'");
      return 2;
    }
    if (threads < 1 || every < 1 || worst < 0 || limit < 0) {
      System.err.println("riposte eval: --threads and --every must be at least 1, --worst and --limit at least 0");
      return 2;
    }
    Path gold = file != null ? file : reference.resolve(format.defaultPath());
    if (!Files.isRegularFile(gold)) {
      System.err.println("riposte eval: " + gold + ": no such file (give the gold FILE, or --reference DIR)");
      return 2;
    }
    try {
      GoldSet set = GoldSet.read(format, gold).every(every).limit(limit);
      for (String p : set.problems()) System.err.println("riposte eval: " + p);
      NlpCache cache = nlpCache == null ? null : NlpCache.coreNlp(nlpCache, NlpConfig.DEFAULT);
      Pipeline pipeline = cache == null ? StandardPipeline.create()
          : StandardPipeline.create(ActorConfig.DEFAULT, cache);
      EvalReport report = evaluate(set, pipeline, threads, worst, System.err);
      if (cache != null) {
        System.err.printf(Locale.ROOT, "riposte eval: NLP cache %s: %d sentences served, %d parsed%n", nlpCache,
            cache.hits(), cache.misses());
      }
      if (out.equals("json")) System.out.println(Json.write(toJson(report, gold)));
      else printTable(report, gold, System.out);
      return 0;
    } catch (RiposteException e) {
      System.err.println("riposte eval: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      System.err.println("riposte eval: --nlp-cache " + nlpCache + ": " + e.getMessage());
      return 1;
    }
  }

  /**
   * Runs the pipeline on every gold sentence with {@code threads} workers and scores the results in file order. A
   * sentence the pipeline fails on is reported on {@code err} and scored as coding nothing.
   */
  static EvalReport evaluate(GoldSet set, Pipeline pipeline, int threads, int worst, PrintStream err) {
    CodingEvaluator evaluator = new CodingEvaluator(set.format(), worst);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "riposte-eval");
      t.setDaemon(true);
      return t;
    });
    try {
      List<GoldSentence> all = set.sentences();
      int chunk = threads * 8;
      for (int from = 0; from < all.size(); from += chunk) {
        List<GoldSentence> part = all.subList(from, Math.min(all.size(), from + chunk));
        List<Article> articles = new ArrayList<>();
        List<Future<Analysis>> futures = new ArrayList<>();
        for (GoldSentence g : part) {
          Article a = Article.of("gold:" + g.id(), null, g.date(), null, g.text());
          articles.add(a);
          futures.add(pool.submit(() -> pipeline.run(a)));
        }
        for (int i = 0; i < part.size(); i++) {
          Analysis analysis;
          try {
            analysis = futures.get(i).get();
          } catch (ExecutionException e) {
            err.println("riposte eval: " + set.file() + ": " + part.get(i).id() + ": " + e.getCause().getMessage()
                + "; scored as no event");
            analysis = Analysis.of(articles.get(i));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
          evaluator.add(part.get(i), analysis);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return evaluator.report();
  }

  static void printTable(EvalReport r, Path gold, PrintStream out) {
    out.printf(Locale.ROOT, "%s gold %s: %d sentences, %d events (%.2f a sentence)%n", r.format().label(), gold,
        r.sentences(), r.events(), r.eventsPerSentence());
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"measure", "accuracy", "precision", "recall", "F1", "gold"});
    for (EvalScore s : r.scores()) {
      rows.add(new String[] {s.name(), f(s.accuracy()), f(s.precision()), f(s.recall()), f(s.f1()),
          Integer.toString(s.gold())});
    }
    Text.printTable(rows, out);
    if (!Double.isNaN(r.goldCoverage())) {
      out.printf(Locale.ROOT, "gold spans the actor dictionary codes: %s%n", f(r.goldCoverage()));
    }
    if (!r.confusion().isEmpty()) {
      out.println();
      out.println("recall by gold label (chosen event): " + String.join("  ", r.perClass().entrySet().stream()
          .map(e -> e.getKey() + " " + f(e.getValue())).toList()));
      out.println();
      out.println("confusion (rows: gold; columns: the chosen event; " + CodingEvaluator.NONE + ": no event)");
      Set<String> cols = new LinkedHashSet<>(r.confusion().keySet());
      r.confusion().values().forEach(m -> cols.addAll(m.keySet()));
      List<String> colList = new ArrayList<>(cols);
      colList.sort((a, b) -> a.equals(CodingEvaluator.NONE) ? 1 : b.equals(CodingEvaluator.NONE) ? -1
          : a.compareTo(b));
      List<String[]> table = new ArrayList<>();
      String[] head = new String[colList.size() + 1];
      head[0] = "gold";
      for (int i = 0; i < colList.size(); i++) head[i + 1] = shortLabel(colList.get(i));
      table.add(head);
      r.confusion().forEach((label, row) -> {
        String[] line = new String[colList.size() + 1];
        line[0] = label;
        for (int i = 0; i < colList.size(); i++) {
          int n = row.getOrDefault(colList.get(i), 0);
          line[i + 1] = n == 0 ? "." : Integer.toString(n);
        }
        table.add(line);
      });
      Text.printTable(table, out);
    }
    if (!r.worst().isEmpty()) {
      out.println();
      out.println("worst-coded sentences:");
      for (EvalReport.Miss m : r.worst()) {
        out.println("- " + m.id() + ": " + Text.clip(m.text(), 160));
        out.println("    expected " + m.expected());
        out.println("    got      " + Text.clip(m.got(), 300));
      }
    }
  }

  private static String shortLabel(String s) { return s.length() > 5 ? s.substring(0, 5) : s; }

  private static String f(double d) { return String.format(Locale.ROOT, "%.3f", d); }

  static Map<String, Object> toJson(EvalReport r, Path gold) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold", r.format().label());
    m.put("file", gold.toString());
    m.put("sentences", r.sentences());
    m.put("events", r.events());
    m.put("eventsPerSentence", r.eventsPerSentence());
    List<Map<String, Object>> scores = new ArrayList<>();
    for (EvalScore s : r.scores()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("measure", s.name());
      x.put("accuracy", s.accuracy());
      x.put("precision", s.precision());
      x.put("recall", s.recall());
      x.put("f1", s.f1());
      x.put("gold", s.gold());
      x.put("predicted", s.predicted());
      x.put("correct", s.correct());
      scores.add(x);
    }
    m.put("scores", scores);
    if (!Double.isNaN(r.goldCoverage())) m.put("goldSpansCoded", r.goldCoverage());
    m.put("recallByLabel", r.perClass());
    m.put("confusion", r.confusion());
    List<Map<String, Object>> worst = new ArrayList<>();
    for (EvalReport.Miss x : r.worst()) {
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("id", x.id());
      w.put("text", x.text());
      w.put("expected", x.expected());
      w.put("got", x.got());
      w.put("badness", x.badness());
      worst.add(w);
    }
    m.put("worst", worst);
    return m;
  }
}
