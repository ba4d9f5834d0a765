package org.riposte.store;

/** Every test of {@link EventQueryTest}, on PostgreSQL (the database of {@value TestDatabases#ENV}). */
class PostgresEventQueryIT extends EventQueryTest {

  @Override
  TestDatabases databases() { return TestDatabases.postgres(); }
}
