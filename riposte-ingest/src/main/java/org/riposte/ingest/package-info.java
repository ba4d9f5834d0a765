/**
 * Ingest: turns files and folders into {@link org.riposte.api.Article}s.
 *
 * <p>Start with {@link org.riposte.ingest.FileIngestStage}, configured by {@link org.riposte.ingest.IngestConfig}.
 * It reads plain-text files (one article each) and JSON Lines files (one article a line), and reports every input
 * that gives no article as a {@link org.riposte.api.SourceRecord#problem} instead of stopping.
 * {@link org.riposte.ingest.PublicationDateDetector} and {@link org.riposte.ingest.OutletDetector} find what a text
 * states about its own date and outlet.
 *
 * <h2>Hints, tips and traps</h2>
 * <ul>
 *   <li>Precedence: a record's own metadata beats the user's {@code --published}/{@code --outlet} overrides, which
 *       beat what is detected in the text. An override is a default, not a correction.</li>
 *   <li>No date is ever guessed: a dateline without a year ({@code MOSCOW, Oct 18 (Reuters) -}) gives none, and an
 *       article with none keeps a null date, never "today".</li>
 *   <li>The article id depends on the text only (see {@link org.riposte.api.Article#idOf(String)}): the same report
 *       saved with CRLF line ends or a byte-order mark gets the same id, and so does the same text in two files.</li>
 *   <li>The size limit ({@link org.riposte.ingest.IngestConfig#maxBytes()}) is per file for plain text but per line
 *       for JSON Lines, which are read as a stream.</li>
 *   <li>Origins are the paths as given (relative stays relative); the plain-text article's {@code url} is the
 *       file's absolute URI.</li>
 * </ul>
 */
package org.riposte.ingest;
