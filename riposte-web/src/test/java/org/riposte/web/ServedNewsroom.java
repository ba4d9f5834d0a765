package org.riposte.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.riposte.store.BatchEventStore;

/** A real server (port 0, ingest off) over the invented {@link Newsroom}, started once per test class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServedNewsroom {

  protected BatchEventStore store;
  protected WebServer server;
  protected Http http;

  @BeforeAll
  void start() throws Exception {
    store = Newsroom.store();
    server = WebServer.create(WebConfig.defaults().withPort(0), store, null).start();
    http = new Http(server);
  }

  @AfterAll
  void stop() throws Exception {
    server.stop();
    store.close();
  }
}
