/**
 * Riposte's storage: articles, events, quotes and per-document outcomes behind {@link org.riposte.api.EventStore}.
 *
 * <p>Open a store with {@link org.riposte.store.EventStores#open(String)}. DuckDB is the only database today; the SQL
 * is portable where that costs nothing, and the dialect-specific parts are kept apart so PostgreSQL can follow:
 * <ul>
 *   <li>{@link org.riposte.store.SqlEventStore}: every query, delete and the crash-safe save order, in portable
 *       SQL with bound parameters;</li>
 *   <li>{@link org.riposte.store.DuckDbEventStore} and {@link org.riposte.store.DuckDbBulkWriter}: the JDBC URL,
 *       the lock error and the bulk writes through DuckDB's appender;</li>
 *   <li>{@code db/migration/V<n>__<name>.sql}: the schema, applied once each, in order, by
 *       {@link org.riposte.store.Migrations}.</li>
 * </ul>
 *
 * <p>Readers see only rows of completely saved articles: events and quotes whose article row is missing (leftovers of
 * a killed run) are invisible and are replaced by the next save of that article.
 */
package org.riposte.store;
