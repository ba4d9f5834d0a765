/**
 * The web page and the versioned REST API ({@code /api/v1/…}) over a Riposte store, served by one Javalin process:
 * {@code riposte serve}.
 *
 * <ul>
 *   <li>{@link org.riposte.web.WebServer}: start/stop over an open store; static page files from
 *       {@code org/riposte/web/page/}, ECharts from its WebJar, the API, security headers on every response;</li>
 *   <li>{@link org.riposte.web.WebConfig}: host (loopback by default), port (0 in tests), token, body limit, reading
 *       connections — validated;</li>
 *   <li>{@code Routes}: the route table, one small file per concept ({@code EventRoutes}, {@code StoryRoutes},
 *       {@code DyadRoutes}, {@code IngestRoutes} …); the server registers it and {@code OpenApi} documents it, so the
 *       document at {@code /api/v1/openapi.json} cannot drift from what is served;</li>
 *   <li>{@code Query}: every parameter checked against the route's declaration (unknown, repeated, malformed → 400
 *       naming the parameter); searches run in SQL with bound parameters through
 *       {@link org.riposte.store.StoreReader} (a pool of reading connections: requests are concurrent, the store's
 *       own connection stays the single writer);</li>
 *   <li>{@code DerivedViews}: pair reports, overview and network cached until the database changes;</li>
 *   <li>{@link org.riposte.web.ArticleIngestor}: what {@code POST /api/v1/articles} hands articles to; riposte-cli
 *       implements it with the ingest pipeline, so this module does not depend on the NLP modules.</li>
 * </ul>
 *
 * <p>Traps: Javalin runs on Kotlin's standard library 1.9 (the build pins it in riposte-ingest); SLF4J 2 needs a 2.x
 * binding (riposte-cli has slf4j-nop 2.0.17), or it prints a warning at start. The page's Content-Security-Policy
 * forbids inline script and style attributes: put code in .js files.
 */
package org.riposte.web;
