package org.riposte.web;

import java.util.ArrayList;
import java.util.List;
import org.riposte.store.Page;
import org.riposte.store.QuoteRow;
import org.riposte.store.QuoteSearch;

/** {@code GET /api/v1/quotes}: quotations with their speakers, newest article first. */
final class QuoteRoutes {

  private QuoteRoutes() {}

  static List<ApiRoute> routes(ApiContext api) {
    List<Param> params = new ArrayList<>(List.of(
        Param.text("speaker", "words of the speaker's name, case-insensitive"),
        Param.text("actor", "the speaker: code prefix or country"),
        Param.text("q", "words of the quotation, case-insensitive"),
        Param.text("doc", "only quotes of this article")));
    params.addAll(Param.paging());
    return List.of(ApiRoute.get("/api/v1/quotes", "quotes", "Quotes with their article's outlet, title and date",
        params, (ctx, q) -> {
          QuoteSearch s = Query.build(() -> new QuoteSearch(q.text("speaker"), q.code("actor"), q.text("q"),
              q.text("doc"), q.page(), q.size()));
          Page<QuoteRow> p = api.reader().quotes(s);
          return JsonViews.page(p, p.items().stream().map(r -> JsonViews.quote(api.json(), r)).toList());
        }));
  }
}
