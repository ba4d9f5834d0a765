package org.riposte.spark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.riposte.api.ConfigException;
import org.riposte.api.IngestException;
import org.riposte.api.Outcome;
import org.riposte.api.RiposteException;
import org.riposte.ingest.IngestConfig;
import org.riposte.store.BatchEventStore;
import org.riposte.store.EventStores;
import org.riposte.store.StoryStores;
import org.riposte.stories.StoryConfig;
import org.riposte.stories.StoryStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * The Spark job: {@code spark-submit --class org.riposte.spark.SparkIngestJob riposte-spark-…-assembly.jar INPUT
 * --output DIR [--db STORE]}.
 *
 * <p>Reads every file under INPUT (any Hadoop-compatible path) with {@link InputAdapter}, keeps one document per
 * distinct text (the earliest input, in {@link Origins#ORDER}; the others are skipped as repeats, as {@code riposte
 * ingest} does), codes the documents with the CLI's pipeline per partition ({@link PartitionCoder}), and writes four
 * Parquet tables under the output folder: {@code events}, {@code quotes}, {@code articles} and {@code outcomes}
 * ({@link TableRows} gives their columns). With {@code --db} the results are then loaded into that store from the
 * driver. Bad documents are outcomes, counted in the summary; they never fail the job.
 */
@Command(name = "riposte-spark", mixinStandardHelpOptions = true, version = "riposte-spark 0.1.0",
    description = "Codes news files from a Hadoop-compatible path on Apache Spark and writes Parquet tables.")
public final class SparkIngestJob implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "INPUT", description = "File, folder (read recursively) or glob, any "
      + "Hadoop-compatible path (hdfs://, s3a://, file://).")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Folder for the Parquet tables events/, quotes/, articles/, outcomes/ (must not exist).")
  String output;

  @Option(names = "--db", paramLabel = "STORE", description = "Also load the results into this store.")
  String db;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions to code in (default: Spark's default parallelism).")
  int partitions;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none in their metadata.")
  LocalDate published;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for inputs that carry none in their metadata.")
  String outlet;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Largest input file or JSON Lines line read.")
  long maxBytes = IngestConfig.DEFAULT_MAX_BYTES;

  @Override
  public Integer call() {
    SparkJobConfig config;
    try {
      config = new SparkJobConfig(input, output, db, partitions, new IngestConfig(published, outlet, maxBytes))
          .validate();
    } catch (ConfigException | IllegalArgumentException e) {
      System.err.println("riposte-spark: " + e.getMessage());
      return 2;
    }
    SparkSession spark = SparkSession.builder().appName("riposte").getOrCreate();
    try {
      JobReport r = run(spark, config);
      System.out.println(r.summary());
      System.out.printf("%d quotes; Parquet in %s; %.1f s%n", r.quotes(), output, r.seconds());
      if (db != null) {
        System.out.println("store " + db + ": " + r.loaded() + " articles loaded, " + r.alreadyStored()
            + " already there");
      }
      return 0;
    } catch (RiposteException e) {
      System.err.println("riposte-spark: " + e.getMessage());
      return 1;
    } finally {
      spark.stop();
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkIngestJob()).execute(args));
  }

  /**
   * Runs the job on a session.
   *
   * @throws IngestException when the input matches no file or the output folder exists already (nothing is written)
   * @throws RiposteException when the store ({@code --db}) cannot be opened or written
   */
  public static JobReport run(SparkSession spark, SparkJobConfig config) throws RiposteException {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    checkPaths(hadoop, config);
    int parts = config.partitions() > 0 ? config.partitions() : jsc.defaultParallelism();

    InputAdapter adapter = new InputAdapter(config.ingest());
    JavaRDD<Doc> docs = jsc.binaryFiles(config.input(), parts)
        .flatMap(f -> adapter.read(f._1(), f._2()::open).iterator());
    // One document per distinct text: group by article id (inputs without an article stand alone).
    JavaRDD<Doc> distinct = docs
        .groupBy(d -> d.id != null ? d.id : "\u0000" + d.origin, parts)
        .flatMap(SparkIngestJob::earliestFirst);
    JavaRDD<DocResult> results = distinct.mapPartitions(new PartitionCoder()).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      write(spark, results.flatMap(r -> r.events.iterator()), TableRows.EVENTS, config.output() + "/events");
      write(spark, results.flatMap(r -> r.quotes.iterator()), TableRows.QUOTES, config.output() + "/quotes");
      write(spark, results.filter(r -> r.article != null).map(r -> r.article), TableRows.ARTICLES,
          config.output() + "/articles");
      write(spark, results.map(r -> r.outcome), TableRows.OUTCOMES, config.output() + "/outcomes");
      Map<Outcome.Kind, Long> counts = new EnumMap<>(Outcome.Kind.class);
      results.map(r -> r.outcome.getString(2)).countByValue()
          .forEach((k, n) -> counts.put(Outcome.Kind.valueOf(k.toUpperCase(java.util.Locale.ROOT)), n));
      Tuple2<Long, Long> eq = results.map(r -> new Tuple2<>((long) r.events.size(), (long) r.quotes.size()))
          .fold(new Tuple2<>(0L, 0L), (a, b) -> new Tuple2<>(a._1() + b._1(), a._2() + b._2()));
      long loaded = 0;
      long already = 0;
      if (config.db() != null) {
        try (BatchEventStore store = EventStores.open(config.db())) {
          StoreLoader loader = new StoreLoader(store);
          loader.load(results.toLocalIterator());
          loaded = loader.loaded();
          already = loader.alreadyStored();
          for (String e : loader.errors()) System.err.println("riposte-spark: store: " + e);
          // stories are built across documents: for the pairs the loaded articles touch, as riposte ingest does
          System.out.println("stories: " + new StoryStage(StoryConfig.DEFAULT).update(StoryStores.of(store)).summary());
        }
      }
      return new JobReport(counts, eq._1(), eq._2(), loaded, already, (System.nanoTime() - t0) / 1e9);
    } finally {
      results.unpersist(false);
    }
  }

  /** The group's documents with all but the earliest input marked as repeats. */
  static java.util.Iterator<Doc> earliestFirst(Tuple2<String, Iterable<Doc>> group) {
    List<Doc> ds = new ArrayList<>();
    group._2().forEach(ds::add);
    ds.sort((a, b) -> Origins.ORDER.compare(a.origin, b.origin));
    for (int i = 1; i < ds.size(); i++) ds.set(i, ds.get(i).repeat());
    return ds.iterator();
  }

  private static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, String path) {
    spark.createDataFrame(rows, schema).write().mode(SaveMode.ErrorIfExists).parquet(path);
  }

  private static void checkPaths(Configuration hadoop, SparkJobConfig config) throws IngestException {
    try {
      org.apache.hadoop.fs.Path in = new org.apache.hadoop.fs.Path(config.input());
      FileStatus[] matched = in.getFileSystem(hadoop).globStatus(in);
      if (matched == null || matched.length == 0) throw new IngestException("input does not exist: " + config.input());
      org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(config.output());
      FileSystem outFs = out.getFileSystem(hadoop);
      if (outFs.exists(out)) {
        throw new IngestException("output exists already (choose a new folder): " + config.output());
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new IngestException("cannot reach " + config.input() + " or " + config.output() + ": " + e.getMessage(), e);
    }
  }
}
