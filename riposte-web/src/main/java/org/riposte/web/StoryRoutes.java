package org.riposte.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.riposte.api.Reaction;
import org.riposte.api.Story;
import org.riposte.store.EventSearch;
import org.riposte.store.Page;
import org.riposte.store.StorySearch;

/**
 * {@code GET /api/v1/stories} (filtered, sorted, paged) and {@code GET /api/v1/stories/{id}}: a story with every
 * mention across outlets (evidence and article), its reactions and the stories it answers and that answer it.
 */
final class StoryRoutes {

  private StoryRoutes() {}

  static List<ApiRoute> routes(ApiContext api) {
    List<Param> params = new ArrayList<>(List.of(
        Param.text("pair", "the pair A|B (or A/B), any order"),
        Param.text("actor", "a party on either side (RUS)"),
        Param.text("root", "CAMEO root or code prefix"),
        Param.text("status", "statuses, comma-separated"),
        Param.date("since", "story date on or after (yyyy-MM-dd)"),
        Param.date("until", "story date on or before (yyyy-MM-dd)"),
        Param.text("q", "words of the label, or of a mention's evidence sentence or title"),
        Param.oneOf("sort", "order (default -date: newest first)", StorySearch.SORTS)));
    params.addAll(Param.paging());
    return List.of(
        ApiRoute.get("/api/v1/stories", "stories", "Stories: one real-world act each, merged across outlets", params,
            (ctx, q) -> {
              StorySearch s = Query.build(() -> new StorySearch(q.pair("pair"), q.code("actor"), q.text("root"),
                  q.statuses("status"), q.date("since"), q.date("until"), q.text("q"), q.keyword("sort", null),
                  q.page(), q.size()));
              Page<Story> p = api.reader().stories(s);
              return JsonViews.page(p, p.items());
            }),
        ApiRoute.get("/api/v1/stories/{id}", "stories",
            "One story with its mentions, reactions, the stories it answers and those answering it",
            List.of(Param.path("id", "the story id")), (ctx, q) -> {
              String id = q.path("id");
              Story story = api.reader().story(id);
              if (story == null) throw ApiError.notFound("no story " + id);
              List<Reaction> reactions = api.reader().reactionsOf(id);
              TreeSet<String> answers = new TreeSet<>();
              TreeSet<String> answeredBy = new TreeSet<>();
              for (Reaction r : reactions) {
                if (r.storyId().equals(id)) answers.add(r.reactsTo());
                if (r.reactsTo().equals(id)) answeredBy.add(r.storyId());
              }
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("story", story);
              out.put("mentions", JsonViews.events(api.json(), api.reader().events(EventSearch.ofStory(id)).items()));
              out.put("reactions", reactions);
              out.put("answers", api.reader().stories(answers));
              out.put("answeredBy", api.reader().stories(answeredBy));
              return out;
            }));
  }
}
