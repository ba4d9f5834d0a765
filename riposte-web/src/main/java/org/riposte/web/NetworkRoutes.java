package org.riposte.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.riposte.store.PairActivity;

/**
 * {@code GET /api/v1/network}: parties as nodes (with their stories), pairs as edges with conflict, cooperation,
 * mean Goldstein value and balance (−1 all conflict … +1 all cooperation), over stories that count.
 */
final class NetworkRoutes {

  private NetworkRoutes() {}

  static List<ApiRoute> routes(ApiContext api) {
    return List.of(ApiRoute.get("/api/v1/network", "network", "The actor network: parties and the pairs between them",
        List.of(Param.date("since", "story date on or after (yyyy-MM-dd)"),
            Param.date("until", "story date on or before (yyyy-MM-dd)"),
            Param.integer("min", "only pairs with at least this many stories (default 1)")), (ctx, q) -> {
          var since = q.date("since");
          var until = q.date("until");
          int min = q.integer("min", 1, 1, 1_000_000);
          return api.views().cached("network " + since + " " + until + " " + min, () -> {
            List<PairActivity> pairs = api.reader().pairs(since, until, min);
            Map<String, Long> stories = new TreeMap<>();
            List<Map<String, Object>> edges = new ArrayList<>();
            for (PairActivity p : pairs) {
              stories.merge(p.a(), p.stories(), Long::sum);
              stories.merge(p.b(), p.stories(), Long::sum);
              Map<String, Object> e = new LinkedHashMap<>();
              e.put("source", p.a());
              e.put("target", p.b());
              e.put("stories", p.stories());
              e.put("conflict", p.conflict());
              e.put("cooperation", p.cooperation());
              e.put("goldsteinMean", Math.round(p.goldsteinMean() * 100) / 100.0);
              e.put("balance", Math.round(p.balance() * 1000) / 1000.0);
              edges.add(e);
            }
            Map<String, String> names = api.reader().names(stories.keySet());
            List<Map<String, Object>> nodes = new ArrayList<>();
            stories.forEach((code, n) -> {
              Map<String, Object> node = new LinkedHashMap<>();
              node.put("id", code);
              node.put("name", names.getOrDefault(code, code));
              node.put("stories", n);
              nodes.add(node);
            });
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("nodes", nodes);
            out.put("edges", edges);
            return out;
          });
        }));
  }
}
