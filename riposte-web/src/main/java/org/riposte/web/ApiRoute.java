package org.riposte.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * One route of the REST API: what {@link WebServer} registers and what {@link OpenApi} documents, from the same
 * table ({@link Routes#all}).
 *
 * @param method  {@code GET} or {@code POST}
 * @param path    the Javalin path, parameters in braces ({@code /api/v1/events/{id}})
 * @param tag     the group it belongs to in the document
 * @param summary one line
 * @param params  its path and query parameters; any other query parameter is refused (400)
 * @param handler what it answers: an object serialized as JSON
 */
record ApiRoute(String method, String path, String tag, String summary, List<Param> params, Handler handler) {

  ApiRoute {
    params = List.copyOf(params);
  }

  static ApiRoute get(String path, String tag, String summary, List<Param> params, Handler handler) {
    return new ApiRoute("GET", path, tag, summary, params, handler);
  }

  /** Answers one request; parameters come checked through {@link Query}. */
  @FunctionalInterface
  interface Handler {
    Object handle(Context ctx, Query q) throws Exception;
  }
}
