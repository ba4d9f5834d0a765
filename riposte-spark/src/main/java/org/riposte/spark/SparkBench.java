package org.riposte.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.riposte.api.Outcome;
import org.riposte.api.RiposteException;
import org.riposte.ingest.IngestConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Throughput of the Spark job on one machine for several masters ({@code local[1]}, {@code local[2]}): for each, a
 * fresh session, {@code --warmup} unmeasured runs, then the median of {@code --runs} runs, each writing Parquet into
 * a fresh folder. The models stay loaded in the JVM between sessions, so model loading is not measured. Run by
 * {@code bench/spark}.
 */
@Command(name = "riposte-spark-bench", mixinStandardHelpOptions = true,
    description = "Measures the Spark job's throughput under several local masters.")
public final class SparkBench implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "CORPUS", description = "Input folder or file.")
  String corpus;

  @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]",
      description = "Masters to compare (default: ${DEFAULT-VALUE}).")
  List<String> masters;

  @Option(names = "--runs", defaultValue = "3", description = "Measured runs per master.")
  int runs;

  @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured runs per master.")
  int warmup;

  @Override
  public Integer call() throws IOException, RiposteException {
    Path tmp = Files.createTempDirectory("riposte-spark-bench");
    List<double[]> medians = new ArrayList<>();
    int n = 0;
    for (String master : masters) {
      int cores = cores(master);
      SparkSession spark = SparkSession.builder().master(master).appName("riposte-bench")
          .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1").config("spark.sql.shuffle.partitions", Integer.toString(cores))
          .getOrCreate();
      try {
        double[] secs = new double[runs];
        long docs = 0;
        for (int i = 0; i < warmup + runs; i++) {
          JobReport r = SparkIngestJob.run(spark, new SparkJobConfig(corpus, tmp.resolve("out" + n++).toString(),
              null, cores, IngestConfig.DEFAULT));
          docs = r.count(Outcome.Kind.OK);
          boolean w = i < warmup;
          System.out.printf(Locale.ROOT, "%s %s %d: %.2f s, %s → %.2f articles/s%n", master, w ? "warm-up" : "run",
              w ? i + 1 : i - warmup + 1, r.seconds(), r.summary(), docs / r.seconds());
          if (!w) secs[i - warmup] = r.seconds();
        }
        Arrays.sort(secs);
        double median = runs % 2 == 1 ? secs[runs / 2] : (secs[runs / 2 - 1] + secs[runs / 2]) / 2;
        medians.add(new double[] {median, docs / median});
        System.out.printf(Locale.ROOT, "%s: median of %d runs %.2f s, %.2f articles/s%n", master, runs, median,
            docs / median);
      } finally {
        spark.stop();
      }
    }
    for (int i = 1; i < medians.size(); i++) {
      System.out.printf(Locale.ROOT, "scaling %s / %s: %.2f×%n", masters.get(i), masters.get(0),
          medians.get(i)[1] / medians.get(0)[1]);
    }
    return 0;
  }

  private static int cores(String master) {
    var m = java.util.regex.Pattern.compile("local\\[(\\d+)]").matcher(master);
    return m.matches() ? Integer.parseInt(m.group(1)) : Runtime.getRuntime().availableProcessors();
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkBench()).execute(args));
  }
}
