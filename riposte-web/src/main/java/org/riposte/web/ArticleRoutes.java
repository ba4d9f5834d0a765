package org.riposte.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riposte.api.Article;
import org.riposte.store.ArticleRow;
import org.riposte.store.ArticleSearch;
import org.riposte.store.EventRow;
import org.riposte.store.EventSearch;
import org.riposte.store.Page;

/** {@code GET /api/v1/articles} (a filtered page, without texts) and {@code GET /api/v1/articles/{id}}. */
final class ArticleRoutes {

  private ArticleRoutes() {}

  static List<ApiRoute> routes(ApiContext api) {
    List<Param> listParams = new ArrayList<>(List.of(
        Param.text("q", "words of the title or the text, case-insensitive"),
        Param.text("outlet", "the outlet, exact, case-insensitive"),
        Param.date("since", "published on or after (yyyy-MM-dd)"),
        Param.date("until", "published on or before (yyyy-MM-dd)"),
        Param.oneOf("sort", "order (default -published: newest first)", ArticleSearch.SORTS)));
    listParams.addAll(Param.paging());
    return List.of(
        ApiRoute.get("/api/v1/articles", "articles", "Articles without their text, with their number of events",
            listParams, (ctx, q) -> {
              ArticleSearch s = Query.build(() -> new ArticleSearch(q.text("q"), q.text("outlet"), q.date("since"),
                  q.date("until"), q.keyword("sort", null), q.page(), q.size()));
              Page<ArticleRow> p = api.reader().articles(s);
              return JsonViews.page(p, p.items());
            }),
        ApiRoute.get("/api/v1/articles/{id}", "articles", "One article with its text, events and quotes",
            List.of(Param.path("id", "the article id (SHA-256 hex)")), (ctx, q) -> {
              String id = q.path("id");
              Article a = api.reader().article(id);
              if (a == null) throw ApiError.notFound("no article " + id);
              List<EventRow> events = api.reader().events(EventSearch.ofArticle(id)).items();
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("article", a);
              out.put("events", events.stream().map(EventRow::event).toList());
              out.put("quotes", api.reader().quotesOf(id));
              return out;
            }));
  }
}
