package org.riposte.store;

/**
 * Every test of {@link SqlStoryStoreTest} on PostgreSQL (the database of {@value TestDatabases#ENV}): story rows go
 * through COPY there, and the set-based link update runs on PostgreSQL's {@code UPDATE … FROM}.
 */
class PostgresStoryStoreIT extends SqlStoryStoreTest {

  @Override
  TestDatabases databases() { return TestDatabases.postgres(); }
}
