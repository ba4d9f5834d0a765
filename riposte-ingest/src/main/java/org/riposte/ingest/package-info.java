/**
 * Ingest: turns files, folders and URLs into {@link org.riposte.api.Article}s.
 *
 * <p>Start with {@link org.riposte.ingest.FileIngestStage}, configured by {@link org.riposte.ingest.IngestConfig} and
 * {@link org.riposte.ingest.FetchConfig}. It reads plain-text files (one article each), JSON Lines files (one article
 * a line), HTML pages ({@link org.riposte.ingest.HtmlReader}: main content and metadata), RSS/Atom feeds
 * ({@link org.riposte.ingest.FeedReader}: one article an item, pages followed on request), WARC files
 * ({@link org.riposte.ingest.WarcArchiveReader}: one article a response record) and http(s) URLs
 * ({@link org.riposte.ingest.HttpFetcher}: robots.txt, per-host delay, retries, size limit), and reports every input
 * that gives no article as a {@link org.riposte.api.SourceRecord#problem} instead of stopping. Articles not in
 * English ({@link org.riposte.ingest.LanguageIdentifier}) are {@link org.riposte.api.SourceRecord#skipped skipped}.
 * Code outside the CLI (a Spark job) reads with {@link org.riposte.ingest.DocumentReader}.
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
 *   <li>Format is decided by name and first bytes ({@link org.riposte.ingest.WebFormat}): a {@code .txt} file that
 *       opens with {@code <!DOCTYPE html>} is read as HTML, an {@code .xml} file with an {@code <rss>} root as a
 *       feed; other XML is refused.</li>
 *   <li>Dates in HTML and feed metadata are kept as written: {@code 2021-10-18T23:30:00-04:00} is 18 October, not
 *       19 October in UTC. A WARC record's WARC-Date (the crawl date) is used only when nothing else gives one.</li>
 *   <li>Texts too short for a reliable language answer (under 40 letters or five words) are kept as English.</li>
 *   <li>Origins are the paths as given (relative stays relative); the plain-text article's {@code url} is the
 *       file's absolute URI.</li>
 * </ul>
 */
package org.riposte.ingest;
