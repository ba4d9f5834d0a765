package org.riposte.web;

import java.util.ArrayList;
import java.util.List;
import org.riposte.store.ActorCount;
import org.riposte.store.Page;

/** {@code GET /api/v1/actors}: coded actors with how often each is source, target and speaker. */
final class ActorRoutes {

  private ActorRoutes() {}

  static List<ApiRoute> routes(ApiContext api) {
    List<Param> params = new ArrayList<>(List.of(
        Param.text("q", "code prefix or words of the name, case-insensitive")));
    params.addAll(Param.paging());
    return List.of(ApiRoute.get("/api/v1/actors", "actors",
        "Coded actors, most frequent first (asSource, asTarget, asSpeaker, articles)", params, (ctx, q) -> {
          String text = q.text("q");
          int page = q.page();
          int size = q.size();
          Page<ActorCount> p = api.views().cached("actors " + text + " " + page + " " + size,
              () -> api.reader().actors(text, page, size));
          return JsonViews.page(p, p.items());
        }));
  }
}
