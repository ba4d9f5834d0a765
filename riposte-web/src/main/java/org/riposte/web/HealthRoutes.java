package org.riposte.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riposte.store.StoreCounts;

/** {@code GET /api/v1/health}: the server is up and what the store holds. */
final class HealthRoutes {

  private HealthRoutes() {}

  static List<ApiRoute> routes(ApiContext api) {
    return List.of(ApiRoute.get("/api/v1/health", "health", "Server status and what the store holds", List.of(),
        (ctx, q) -> {
          StoreCounts c = api.reader().counts();
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("status", "ok");
          out.put("events", c.events());
          out.put("articles", c.articles());
          out.put("stories", c.stories());
          out.put("ingest", api.config().ingestEnabled() && api.ingestor() != null);
          return out;
        }));
  }
}
