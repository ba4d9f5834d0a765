package org.riposte.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.riposte.api.ChannelState;
import org.riposte.api.Reaction;
import org.riposte.stories.DyadReport;
import org.riposte.store.Page;
import org.riposte.store.PairActivity;

/**
 * The state of relationships: the busiest pairs with their verdicts and escalation sparklines
 * ({@code /api/v1/dyads}), one pair's report ({@code /api/v1/dyads/{a}/{b}}: series, reciprocity, verdict, stories,
 * reactions, channels, as {@code riposte dyad} computes them), and the channel ledger and reaction links by pair.
 * Reports are cached until the database changes ({@link DerivedViews}).
 */
final class DyadRoutes {

  static final List<String> BUCKETS = List.of("day", "week", "month");

  private DyadRoutes() {}

  static List<ApiRoute> routes(ApiContext api) {
    Param by = Param.oneOf("by", "bucket of the series: day, week or month (default month)", BUCKETS);
    List<Param> ledger = new ArrayList<>(List.of(Param.text("pair", "the pair A|B (or A/B), any order; all when absent")));
    ledger.addAll(Param.paging());
    return List.of(
        ApiRoute.get("/api/v1/dyads", "dyads",
            "The most active pairs: stories, conflict, cooperation, verdict and escalation sparkline",
            List.of(Param.integer("limit", "how many pairs, 1 to 100 (default 20)"), by), (ctx, q) -> {
              int limit = q.integer("limit", 20, 1, 100);
              String bucket = q.keyword("by", "month");
              return api.views().cached("dyads " + limit + " " + bucket, () -> {
                List<Map<String, Object>> out = new ArrayList<>();
                for (PairActivity p : api.reader().pairs(null, null, 1)) {
                  if (out.size() == limit) break;
                  out.add(summary(p, api.views().report(p.a(), p.b(), bucket)));
                }
                return out;
              });
            }),
        ApiRoute.get("/api/v1/dyads/{a}/{b}", "dyads",
            "One pair's report: series by QuadClass and Goldstein, reciprocity, verdict, stories, reactions, channels",
            List.of(Param.path("a", "first party (RUS)"), Param.path("b", "second party (IGOWSTNAT)"), by),
            (ctx, q) -> {
              String a = party(q.path("a"), "a");
              String b = party(q.path("b"), "b");
              if (a.equals(b)) throw ApiError.badParameter("b", "the same party as a: " + a);
              DyadReport r = api.views().report(a, b, q.keyword("by", "month"));
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("pair", org.riposte.stories.Dyad.of(a, b).key());
              out.putAll(api.json().convertValue(r, Map.class));
              return out;
            }),
        ApiRoute.get("/api/v1/channels", "dyads", "Channel ledger entries (missions, offices, talks) by pair", ledger,
            (ctx, q) -> {
              String pair = q.pair("pair");
              List<ChannelState> all = api.views().cached("channels " + pair, () -> api.reader().channels(pair));
              return slice(all, q.page(), q.size());
            }),
        ApiRoute.get("/api/v1/reactions", "dyads", "Reaction links (which story answers which) by pair", ledger,
            (ctx, q) -> {
              String pair = q.pair("pair");
              List<Reaction> all = api.views().cached("reactions " + pair, () -> api.reader().reactions(pair));
              return slice(all, q.page(), q.size());
            }));
  }

  private static Map<String, Object> summary(PairActivity p, DyadReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", p.a());
    m.put("b", p.b());
    m.put("pair", p.pair());
    m.put("stories", p.stories());
    m.put("conflict", p.conflict());
    m.put("cooperation", p.cooperation());
    m.put("verdict", r.verdict());
    List<Map<String, Object>> spark = new ArrayList<>();
    for (DyadReport.Row row : r.series()) {
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("bucket", row.bucket());
      point.put("start", row.start());
      point.put("escalation", Math.round(row.index() * 1000) / 1000.0);
      spark.add(point);
    }
    m.put("spark", spark);
    return m;
  }

  private static String party(String v, String name) {
    String s = v.strip().toUpperCase(Locale.ROOT);
    if (!s.matches("[A-Z0-9]{2,20}")) throw ApiError.badParameter(name, "not a party code: " + s);
    return s;
  }

  /** Page {@code page} of {@code all}, in the envelope of every paged list. */
  private static Map<String, Object> slice(List<?> all, int page, int size) {
    int from = (int) Math.min(all.size(), (long) (page - 1) * size);
    List<?> items = all.subList(from, Math.min(all.size(), from + size));
    return JsonViews.page(new Page<>(items, page, size, all.size()), items);
  }

}
