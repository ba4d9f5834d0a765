package org.riposte.web;

import java.util.ArrayList;
import java.util.List;

/** The route table of the API: what {@link WebServer} registers and {@link OpenApi} documents. */
final class Routes {

  private Routes() {}

  /** Every route, the OpenAPI document's own last. */
  static List<ApiRoute> all(ApiContext api) {
    List<ApiRoute> out = new ArrayList<>();
    out.addAll(HealthRoutes.routes(api));
    out.addAll(ArticleRoutes.routes(api));
    out.addAll(IngestRoutes.routes(api));
    out.addAll(EventRoutes.routes(api));
    out.addAll(StoryRoutes.routes(api));
    out.addAll(QuoteRoutes.routes(api));
    out.addAll(ActorRoutes.routes(api));
    out.addAll(DyadRoutes.routes(api));
    out.addAll(NetworkRoutes.routes(api));
    out.add(ApiRoute.get(OpenApi.PATH, "meta", "This OpenAPI 3.0 document", List.of(), (ctx, q) -> null));
    Object doc = OpenApi.document(api.json(), List.copyOf(out));
    out.set(out.size() - 1, ApiRoute.get(OpenApi.PATH, "meta", "This OpenAPI 3.0 document", List.of(),
        (ctx, q) -> doc));
    return out;
  }
}
