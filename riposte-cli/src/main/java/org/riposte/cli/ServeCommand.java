package org.riposte.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.riposte.api.StoreException;
import org.riposte.store.BatchEventStore;
import org.riposte.web.WebConfig;
import org.riposte.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code riposte serve}: the web page and the REST API over a database, until interrupted (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the web page and the REST API (/api/v1/…, documented at /api/v1/openapi.json) over a"
        + " database, on loopback by default, until interrupted (Ctrl-C).",
        "Ingest over HTTP (POST /api/v1/articles) is enabled only with a token: --token-file FILE or the environment"
            + " variable RIPOSTE_TOKEN; requests must then send Authorization: Bearer <token>."})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port = WebConfig.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every interface).")
  String host = WebConfig.DEFAULT_HOST;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "A file holding the bearer token that enables POST /api/v1/articles (at least 16 characters).")
  Path tokenFile;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads for ingest over HTTP (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  DbOption db;

  @Override
  public Integer call() throws InterruptedException {
    String token;
    WebConfig config;
    try {
      token = token();
      config = WebConfig.defaults().withHost(host).withPort(port).withToken(token);
    } catch (IOException e) {
      System.err.println("riposte serve: cannot read the token file " + tokenFile + ": " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      System.err.println("riposte serve: " + e.getMessage());
      return 2;
    }
    BatchEventStore store;
    WebServer server;
    try {
      store = db.openExisting();
    } catch (StoreException e) {
      System.err.println("riposte serve: " + e.getMessage());
      return 1;
    }
    try {
      DbOption.currentStories(store);
      server = WebServer.create(config, store, token == null ? null : new ServeIngestor(store, threads));
      server.start();
    } catch (StoreException | IllegalStateException | IllegalArgumentException e) {
      System.err.println("riposte serve: " + e.getMessage());
      closeQuietly(store);
      return 1;
    }
    System.out.println("Riposte at " + server.url() + " (db " + db.display() + ")");
    System.out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      closeQuietly(store);
      stopped.countDown();
    }, "riposte-serve-stop"));
    stopped.await();
    return 0;
  }

  /** The token from --token-file, else RIPOSTE_TOKEN, else null (ingest over HTTP disabled). */
  private String token() throws IOException {
    if (tokenFile != null) {
      String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      if (t.isEmpty()) throw new IllegalArgumentException("the token file " + tokenFile + " is empty");
      return t;
    }
    String env = System.getenv("RIPOSTE_TOKEN");
    return env == null || env.isBlank() ? null : env.strip();
  }

  private static void closeQuietly(BatchEventStore store) {
    try {
      store.close();
    } catch (StoreException e) {
      System.err.println("riposte serve: " + e.getMessage());
    }
  }
}
