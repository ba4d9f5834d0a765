package org.riposte.spark;

import java.util.Objects;
import org.riposte.api.ConfigException;
import org.riposte.ingest.IngestConfig;

/**
 * What a Spark ingest job does.
 *
 * @param input      a Hadoop-compatible path, folder or glob ({@code hdfs://…/news/}, {@code s3a://bucket/2024/*.jsonl},
 *                   {@code file:///data/news}); folders are read recursively, hidden files ({@code .x}, {@code _x})
 *                   are skipped
 * @param output     the folder the Parquet tables are written to ({@code events/}, {@code quotes/},
 *                   {@code articles/}, {@code outcomes/}); must not exist yet
 * @param db         a store to load the results into after the Parquet is written (as {@code --db} of the CLI), or
 *                   null for Parquet only
 * @param partitions how many partitions the documents are coded in; 0 for Spark's default parallelism
 * @param ingest     the readers' options (publication date and outlet overrides, size limit), as for the CLI
 */
public record SparkJobConfig(String input, String output, String db, int partitions, IngestConfig ingest) {

  public SparkJobConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(ingest, "ingest");
  }

  /**
   * Checks the values.
   *
   * @return this configuration
   * @throws ConfigException naming the first bad value
   */
  public SparkJobConfig validate() throws ConfigException {
    if (input.isBlank()) throw new ConfigException("the input path is empty");
    if (output.isBlank()) throw new ConfigException("the output path (--output) is empty");
    if (db != null && db.isBlank()) throw new ConfigException("--db is empty");
    if (partitions < 0) throw new ConfigException("--partitions must be 0 (Spark's default) or more, was " + partitions);
    return this;
  }
}
