package org.riposte.store;

/**
 * Every test of {@link StoreReaderTest} on PostgreSQL (the database of {@value TestDatabases#ENV}): the searches'
 * SQL is portable, and the reader's own connections see what the store's connection commits.
 */
class PostgresStoreReaderIT extends StoreReaderTest {

  @Override
  TestDatabases databases() { return TestDatabases.postgres(); }
}
