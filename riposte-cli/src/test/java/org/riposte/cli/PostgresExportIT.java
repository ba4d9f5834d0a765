package org.riposte.cli;

import org.junit.jupiter.api.AfterEach;

/** Every test of {@link ExportCommandTest}, exporting from a PostgreSQL store (the database of RIPOSTE_TEST_PG). */
class PostgresExportIT extends ExportCommandTest {

  private PostgresSchemas schemas;

  @Override
  String database() throws Exception {
    schemas = new PostgresSchemas();
    return schemas.create();
  }

  @AfterEach
  void dropSchemas() throws Exception {
    if (schemas != null) schemas.close();
  }
}
