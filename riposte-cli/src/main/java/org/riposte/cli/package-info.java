/**
 * The {@code riposte} command line: {@code ingest}, {@code events}, {@code articles}, {@code export},
 * {@code demo}.
 *
 * <p>Only {@link org.riposte.cli.Main} calls {@code System.exit}. Commands return an exit code: 0 when something
 * could be done (even if some documents failed: their outcomes are printed and counted), 1 when nothing could be
 * done, 2 for a usage error.
 *
 * <h2>Hints, tips and traps</h2>
 * <ul>
 *   <li>Every command takes {@code --db PATH} (default {@code riposte.duckdb} in the working directory) or
 *       {@code --db postgresql://user:password@host:port/dbname}; output shows a URL with its password masked.</li>
 *   <li>{@code export} writes the events of {@code events} (same filters) as JSON Lines, CSV, Parquet
 *       ({@link org.riposte.cli.ParquetExport}) or GDELT 2.0 rows ({@link org.riposte.cli.GdeltRow}).</li>
 *   <li>The first command of a JVM that codes text loads the CoreNLP models (about 10 s).</li>
 *   <li>Re-running an ingest, or running it again after it was killed, stores nothing twice: already stored articles
 *       are reported as {@code skipped: already stored}.</li>
 * </ul>
 */
package org.riposte.cli;
