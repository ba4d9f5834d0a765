package org.riposte.web;

import java.util.ArrayList;
import java.util.List;
import org.riposte.store.EventRow;
import org.riposte.store.EventSearch;
import org.riposte.store.Page;

/** {@code GET /api/v1/events} (filtered, sorted, paged) and {@code GET /api/v1/events/{id}}. */
final class EventRoutes {

  private EventRoutes() {}

  static List<ApiRoute> routes(ApiContext api) {
    List<Param> params = new ArrayList<>(List.of(
        Param.text("actor", "source or target: code prefix (RUS matches RUSGOV) or country"),
        Param.text("source", "the source: code prefix or country"),
        Param.text("target", "the target: code prefix or country"),
        Param.text("root", "CAMEO root or code prefix (16, 161)"),
        Param.text("plover", "PLOVER event type (SANCTION)"),
        Param.integer("quadClass", "QuadClass 1 (verbal cooperation) to 4 (material conflict)"),
        Param.text("status", "statuses, comma-separated: asserted, planned, negated, hypothetical, claimed"),
        Param.date("since", "event date on or after (yyyy-MM-dd)"),
        Param.date("until", "event date on or before (yyyy-MM-dd)"),
        Param.text("outlet", "the article's outlet, exact, case-insensitive"),
        Param.text("q", "words of the evidence sentence or the article title, case-insensitive"),
        Param.text("story", "only mentions of this story"),
        Param.text("doc", "only events of this article"),
        Param.oneOf("sort", "order (default -date: newest first)", EventSearch.SORTS)));
    params.addAll(Param.paging());
    return List.of(
        ApiRoute.get("/api/v1/events", "events", "Events with their article's outlet, title and date", params,
            (ctx, q) -> {
              EventSearch s = Query.build(() -> new EventSearch(q.code("actor"), q.code("source"), q.code("target"),
                  q.text("root"), q.text("plover"), q.integer("quadClass", null, 1, 4), q.statuses("status"),
                  q.date("since"), q.date("until"), q.text("outlet"), q.text("q"), q.text("story"), q.text("doc"),
                  q.keyword("sort", null), q.page(), q.size()));
              Page<EventRow> p = api.reader().events(s);
              return JsonViews.page(p, JsonViews.events(api.json(), p.items()));
            }),
        ApiRoute.get("/api/v1/events/{id}", "events", "One event with its article's outlet, title and date",
            List.of(Param.path("id", "the event id")), (ctx, q) -> {
              EventRow r = api.reader().event(q.path("id"));
              if (r == null) throw ApiError.notFound("no event " + q.path("id"));
              return JsonViews.event(api.json(), r);
            }));
  }
}
