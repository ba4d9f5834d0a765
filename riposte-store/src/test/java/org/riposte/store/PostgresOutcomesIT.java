package org.riposte.store;

/** Every test of {@link OutcomesTest}, on PostgreSQL (the database of {@value TestDatabases#ENV}). */
class PostgresOutcomesIT extends OutcomesTest {

  @Override
  TestDatabases databases() { return TestDatabases.postgres(); }
}
