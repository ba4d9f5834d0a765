package org.riposte.store;

/** Every test of {@link MigrationsTest}, on PostgreSQL (the database of {@value TestDatabases#ENV}). */
class PostgresMigrationsIT extends MigrationsTest {

  @Override
  TestDatabases databases() { return TestDatabases.postgres(); }
}
