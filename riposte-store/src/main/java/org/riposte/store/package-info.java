/**
 * Riposte's storage: articles, events, quotes and per-document outcomes behind {@link org.riposte.api.EventStore}.
 *
 * <p>Open a store with {@link org.riposte.store.EventStores#open(String)}: a file path (or {@code :memory:}) opens
 * DuckDB, {@code postgresql://user:password@host:port/dbname} opens PostgreSQL. The SQL is shared; the
 * dialect-specific parts are small and kept apart:
 * <ul>
 *   <li>{@link org.riposte.store.SqlEventStore}: every query, delete and the crash-safe save order, in portable
 *       SQL with bound parameters;</li>
 *   <li>{@link org.riposte.store.AppendingBulkWriter}: what each row holds, appended through a
 *       {@link org.riposte.store.TableLoader} — DuckDB's appender ({@link org.riposte.store.DuckDbLoader}) or
 *       PostgreSQL's {@code COPY} ({@link org.riposte.store.PostgresCopyLoader});</li>
 *   <li>{@link org.riposte.store.DuckDbEventStore} (file, lock error) and
 *       {@link org.riposte.store.PostgresEventStore} (URL, connection, migration lock);</li>
 *   <li>{@link org.riposte.store.StoreReader}: the read side for many threads (the web server): a pool of reading
 *       connections of its own, paged and filtered searches ({@link org.riposte.store.EventSearch},
 *       {@link org.riposte.store.StorySearch} …) with totals, in portable SQL with bound parameters;</li>
 *   <li>{@code db/migration/V<n>__<name>.sql}: the schema, in SQL both databases accept, applied once each, in order,
 *       by {@link org.riposte.store.Migrations}.</li>
 * </ul>
 *
 * <p>Readers see only rows of completely saved articles: events and quotes whose article row is missing (leftovers of
 * a killed run) are invisible and are replaced by the next save of that article.
 *
 * <h2>Hints, tips and traps</h2>
 * <ul>
 *   <li>A DuckDB file has one writing process at a time; a PostgreSQL database takes any number of concurrent
 *       ingests, whose saves take turns under an advisory lock (an article two of them code is stored once).</li>
 *   <li>A new migration must run on both databases: standard types ({@code VARCHAR}, {@code INTEGER},
 *       {@code DOUBLE PRECISION}, {@code DATE}, {@code TIMESTAMP}), reserved words quoted, no {@code INSERT OR
 *       REPLACE}, lists or structs. The {@code Postgres*IT} tests apply every script to a real server.</li>
 *   <li>A new column is appended by {@link org.riposte.store.AppendingBulkWriter} for both databases at once; COPY
 *       fills all columns in table order, exactly like the appender.</li>
 * </ul>
 */
package org.riposte.store;
