/**
 * Riposte as an Apache Spark job: {@link org.riposte.spark.SparkIngestJob} reads news files from any
 * Hadoop-compatible path, runs the CLI's own pipeline ({@code StandardPipeline}) on every partition with the models
 * loaded once per executor JVM, and writes events, quotes, articles and per-document outcomes as Parquet (the column
 * names of the store's tables), optionally loading them into a store afterwards.
 *
 * <p>Input files are read by {@link org.riposte.spark.InputAdapter}, which hands each file, by its extension, to the
 * readers of {@code riposte-ingest}: whatever {@code FileIngestStage} reads locally, the job reads on a cluster.
 * Bad documents become outcomes ({@code skipped} or {@code failed} with the reason) and never fail the job.
 */
package org.riposte.spark;
