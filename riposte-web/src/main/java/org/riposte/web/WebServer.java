package org.riposte.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.riposte.api.StoreException;
import org.riposte.store.BatchEventStore;
import org.riposte.store.StoreReader;

/**
 * The web server of {@code riposte serve}: the page (static files under {@code org/riposte/web/page/} on the class
 * path, ECharts from its WebJar) and the REST API {@code /api/v1/…} of {@link Routes}, over an open store.
 *
 * <p>Requests are answered on Jetty's threads, each query on a connection of a {@link StoreReader} pool; the store's
 * own connection is left to writers (an {@link ArticleIngestor}). Every response carries security headers (a
 * Content-Security-Policy without inline script, {@code nosniff}, no framing, no referrer). API answers are JSON only,
 * errors included ({@code {"status","error"}}, never a stack trace). Start with {@link #start}, stop with
 * {@link #stop} (or close); the store stays open and is the caller's to close.
 */
public final class WebServer implements AutoCloseable {

  /** The Content-Security-Policy of every response: scripts and styles only from this server's files. */
  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

  static final String PAGE = "/org/riposte/web/page";
  private static final System.Logger LOG = System.getLogger(WebServer.class.getName());

  private final WebConfig config;
  private final StoreReader reader;
  private final ApiContext api;
  private final List<ApiRoute> routes;
  private final List<String> registered = new ArrayList<>();
  private Javalin app;

  private WebServer(WebConfig config, StoreReader reader, ApiContext api) {
    this.config = config;
    this.reader = reader;
    this.api = api;
    this.routes = Routes.all(api);
  }

  /**
   * A server over an open store (not started).
   *
   * @param ingestor what {@code POST /api/v1/articles} hands articles to, or null (ingest over HTTP then answers
   *                 403 whatever the token)
   * @throws StoreException when the reading connections cannot be opened
   */
  public static WebServer create(WebConfig config, BatchEventStore store, ArticleIngestor ingestor)
      throws StoreException {
    Objects.requireNonNull(config, "config");
    StoreReader reader = StoreReader.open(store, config.connections());
    try {
      ObjectMapper json = JsonViews.mapper();
      ApiContext api = new ApiContext(reader, json, new DerivedViews(reader, 1000), config, ingestor);
      return new WebServer(config, reader, api);
    } catch (StoreException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /**
   * Starts listening on the configured host and port.
   *
   * @throws IllegalStateException when it is already started, or the port cannot be bound (the message says which)
   */
  public synchronized WebServer start() {
    if (app != null) throw new IllegalStateException("the server is already started");
    boolean page = WebServer.class.getResource(PAGE) != null;
    Javalin j = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.startupWatcherEnabled = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.defaultContentType = "application/json; charset=utf-8";
      c.router.ignoreTrailingSlashes = true;
      c.staticFiles.enableWebjars();
      if (page) {
        c.staticFiles.add(sf -> {
          sf.hostedPath = "/";
          sf.directory = PAGE;
          sf.location = Location.CLASSPATH;
          sf.headers = Map.of("Cache-Control", "no-cache");
        });
      }
      c.events(e -> e.handlerAdded(h -> {
        if (h.getHttpMethod().isHttpMethod()) registered.add(h.getHttpMethod().name() + " " + h.getPath());
      }));
    });
    j.before(WebServer::securityHeaders);
    for (ApiRoute r : routes) {
      j.addHttpHandler(HandlerType.valueOf(r.method()), r.path(), ctx -> answer(ctx, r));
    }
    j.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    j.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        e.getStatus() == 413 ? "body larger than " + config.maxBodyBytes() + " bytes" : e.getMessage()));
    j.exception(StoreException.class, (e, ctx) -> {
      LOG.log(System.Logger.Level.ERROR, "store error on " + ctx.method() + " " + ctx.path(), e);
      error(ctx, 500, "store error: " + e.getMessage());
    });
    j.exception(Exception.class, (e, ctx) -> {
      LOG.log(System.Logger.Level.ERROR, "error on " + ctx.method() + " " + ctx.path(), e);
      error(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); see the server's log");
    });
    j.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && !ctx.res().isCommitted() && ctx.resultInputStream() == null) {
        error(ctx, 404, "no route " + ctx.method() + " " + ctx.path() + " (see " + OpenApi.PATH + ")");
      }
    });
    try {
      j.start(config.host(), config.port());
    } catch (RuntimeException e) {
      try {
        j.stop();
      } catch (RuntimeException x) {
        e.addSuppressed(x);
      }
      throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
          + rootMessage(e), e);
    }
    app = j;
    return this;
  }

  /** The port listened on (the one chosen when the configuration said 0). */
  public synchronized int port() {
    if (app == null) throw new IllegalStateException("the server is not started");
    return app.port();
  }

  /** The address a browser opens: {@code http://127.0.0.1:8080/}. */
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + port() + "/";
  }

  /** The handlers Javalin registered, as {@code GET /api/v1/events}: what the OpenAPI test compares. */
  public synchronized List<String> registeredRoutes() { return List.copyOf(registered); }

  /** Stops listening and closes the reading connections; stopping twice does nothing. */
  public synchronized void stop() {
    if (app != null) {
      app.stop();
      app = null;
    }
    reader.close();
  }

  @Override
  public void close() { stop(); }

  /**
   * Answers a request: a GET whose exact path and query were answered before, with the database unchanged since, gets
   * the same bytes again ({@link DerivedViews}); anything else is checked ({@link Query}), handled and serialized.
   */
  private void answer(Context ctx, ApiRoute r) throws Exception {
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/json; charset=utf-8");
    boolean get = r.method().equals("GET");
    String key = get ? "GET " + ctx.path() + "?" + ctx.queryString() : null;
    long gen = get ? api.views().generation() : 0;
    byte[] kept = get ? api.views().response(key) : null;
    if (kept != null) {
      ctx.result(kept);
      return;
    }
    Query q = Query.of(ctx, r);
    byte[] body = api.json().writeValueAsBytes(r.handler().handle(ctx, q));
    if (get) api.views().keep(key, body, gen);
    ctx.result(body);
  }

  private void error(Context ctx, int status, String message) {
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/json; charset=utf-8");
    try {
      ctx.result(api.json().writeValueAsBytes(JsonViews.error(status, message)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ctx.result("{\"status\":" + status + ",\"error\":\"error\"}");
    }
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
