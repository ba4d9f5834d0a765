package org.riposte.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every read route of the API, against a real server (port 0) over the invented {@link Newsroom}. */
class WebApiTest extends ServedNewsroom {

  @Test
  void healthCountsWhatTheStoreHolds() throws Exception {
    Http.Answer a = http.get("/api/v1/health");
    assertEquals(200, a.status());
    assertEquals("ok", a.json().get("status").asText());
    assertEquals(6, a.json().get("events").asLong());
    assertEquals(5, a.json().get("articles").asLong());
    assertTrue(a.json().get("stories").asLong() >= 4, a.body());
    assertFalse(a.json().get("ingest").asBoolean());
  }

  @Test
  void articlesArePagedWithTotalsAndEventCountsButNoText() throws Exception {
    JsonNode p = http.get("/api/v1/articles?size=2").json();
    assertEquals(5, p.get("total").asLong());
    assertEquals(2, p.get("items").size());
    assertEquals(1, p.get("page").asInt());
    JsonNode first = p.get("items").get(0);
    assertEquals("2022-03-01", first.get("published").asText(), "newest first by default");
    assertNull(first.get("text"));
    assertEquals(1, first.get("events").asInt());
    JsonNode last = http.get("/api/v1/articles?size=2&page=3").json();
    assertEquals(1, last.get("items").size());
    assertEquals("2021-10-06", last.get("items").get(0).get("published").asText());
    JsonNode oldest = http.get("/api/v1/articles?sort=published&size=1").json();
    assertEquals("2021-10-06", oldest.get("items").get(0).get("published").asText());
  }

  @Test
  void articlesFilterByOutletDatesAndText() throws Exception {
    assertEquals(2, http.get("/api/v1/articles?outlet=northern%20courier").json().get("total").asLong());
    assertEquals(3, http.get("/api/v1/articles?since=2021-10-18&until=2022-02-28").json().get("total").asLong());
    JsonNode q = http.get("/api/v1/articles?q=ENVOYS").json();
    assertEquals(1, q.get("total").asLong());
    assertEquals("Alliance expels Russian envoys", q.get("items").get(0).get("title").asText());
  }

  @Test
  void oneArticleHasItsTextEventsWithOffsetsAndQuotes() throws Exception {
    String id = http.get("/api/v1/articles?q=sanctions").json().get("items").get(0).get("id").asText();
    JsonNode a = http.get("/api/v1/articles/" + id).json();
    String text = a.get("article").get("text").asText();
    assertTrue(text.startsWith("Washington imposed new sanctions"));
    assertEquals(2, a.get("events").size());
    JsonNode ev = a.get("events").get(0).get("evidence");
    assertEquals(ev.get("sentence").asText(), text.substring(ev.get("start").asInt(), ev.get("end").asInt()));
    assertEquals(1, a.get("quotes").size());
    assertEquals("Sergey Lavrov", a.get("quotes").get(0).get("speaker").get("name").asText());
    assertEquals(404, http.get("/api/v1/articles/0000").status());
    assertEquals("no article 0000", http.get("/api/v1/articles/0000").json().get("error").asText());
  }

  @Test
  void eventsCarryTheirArticleAndLowerCaseLabels() throws Exception {
    JsonNode p = http.get("/api/v1/events").json();
    assertEquals(6, p.get("total").asLong());
    assertEquals(50, p.get("size").asInt());
    JsonNode first = p.get("items").get(0);
    assertEquals("2022-03-01", first.get("date").get("value").asText(), "newest first by default");
    assertEquals("day", first.get("date").get("precision").asText());
    assertEquals("asserted", first.get("status").asText());
    assertEquals("Eastern Review", first.get("outlet").asText());
    assertEquals("2022-03-01", first.get("published").asText());
    assertNull(first.get("date").get("known"), "records by their components only");
  }

  @Test
  void eventsFilterOnEveryField() throws Exception {
    assertEquals(6, total("/api/v1/events?actor=RUS"));
    assertEquals(2, total("/api/v1/events?source=RUS"));
    assertEquals(2, total("/api/v1/events?source=RUSGOV&target=IGOWSTNAT"));
    assertEquals(1, total("/api/v1/events?target=rus&source=IGO"));
    assertEquals(3, total("/api/v1/events?root=16"));
    assertEquals(1, total("/api/v1/events?root=163"));
    assertEquals(1, total("/api/v1/events?plover=sanction"));
    assertEquals(1, total("/api/v1/events?quadClass=1"));
    assertEquals(1, total("/api/v1/events?quadClass=3"));
    assertEquals(1, total("/api/v1/events?status=planned"));
    assertEquals(6, total("/api/v1/events?status=asserted,planned"));
    assertEquals(3, total("/api/v1/events?since=2021-10-18&until=2022-02-28"));
    assertEquals(2, total("/api/v1/events?outlet=Transatlantic%20Wire"));
    assertEquals(2, total("/api/v1/events?q=PERMANENT%20MISSION"), "case-insensitive, evidence sentence");
    assertEquals(1, total("/api/v1/events?q=envoys"), "the article title");
    assertEquals(0, total("/api/v1/events?q=100%25"), "a LIKE wildcard is taken literally");
    String doc = http.get("/api/v1/articles?q=sanctions").json().get("items").get(0).get("id").asText();
    assertEquals(2, total("/api/v1/events?doc=" + doc));
    String story = http.get("/api/v1/events?source=RUS").json().get("items").get(0).get("storyId").asText();
    assertEquals(2, total("/api/v1/events?story=" + story), "both outlets' mentions of the suspension");
  }

  @Test
  void eventsSortAndPage() throws Exception {
    JsonNode g = http.get("/api/v1/events?sort=goldstein&size=2").json();
    assertEquals(-8.0, g.get("items").get(0).get("goldstein").asDouble());
    assertEquals(2, g.get("items").size());
    assertEquals(4.0, http.get("/api/v1/events?sort=-goldstein").json().get("items").get(0).get("goldstein")
        .asDouble());
    JsonNode oldest = http.get("/api/v1/events?sort=date&size=1").json();
    assertEquals("2021-10-06", oldest.get("items").get(0).get("date").get("value").asText());
    Set<String> ids = new TreeSet<>();
    for (int page = 1; page <= 3; page++) {
      for (JsonNode e : http.get("/api/v1/events?size=2&page=" + page).json().get("items")) ids.add(e.get("id").asText());
    }
    assertEquals(6, ids.size(), "pages neither overlap nor skip");
    assertEquals(0, http.get("/api/v1/events?size=2&page=9").json().get("items").size());
  }

  @Test
  void oneEventWithItsArticle() throws Exception {
    JsonNode any = http.get("/api/v1/events?plover=SANCTION").json().get("items").get(0);
    JsonNode e = http.get("/api/v1/events/" + any.get("id").asText()).json();
    assertEquals("163", e.get("cameo").asText());
    assertEquals("Washington sanctions Moscow again", e.get("title").asText());
    assertEquals(404, http.get("/api/v1/events/nope").status());
  }

  @Test
  void storiesMergeOutletsAndFilter() throws Exception {
    JsonNode p = http.get("/api/v1/stories?pair=RUS/IGOWSTNAT").json();
    assertEquals(2, p.get("total").asLong(), p.toString());
    JsonNode newest = p.get("items").get(0);
    assertEquals("IGOWSTNAT|RUS", newest.get("pair").asText());
    assertEquals("2021-10-18", newest.get("date").get("value").asText());
    assertEquals(2, newest.get("numSources").asInt());
    assertEquals(List.of("Northern Courier", "Western Gazette"), strings(newest.get("outlets")));
    assertEquals(p.toString(), http.get("/api/v1/stories?pair=igowstnat%7Crus").json().toString());
    assertEquals("2021-10-18",
        http.get("/api/v1/stories?sort=-sources&size=1").json().get("items").get(0).get("date").get("value").asText());
    assertEquals(1, total("/api/v1/stories?actor=USA&root=16"));
    assertEquals(1, total("/api/v1/stories?q=permanent&since=2021-10-01&until=2021-10-31"));
    assertEquals(1, total("/api/v1/stories?status=planned"));
  }

  @Test
  void oneStoryHasEveryMentionAndItsReactions() throws Exception {
    String id = http.get("/api/v1/stories?pair=RUS%7CIGOWSTNAT&sort=-date&size=1").json().get("items").get(0)
        .get("id").asText();
    JsonNode s = http.get("/api/v1/stories/" + id).json();
    assertEquals(id, s.get("story").get("id").asText());
    assertEquals(2, s.get("mentions").size());
    Set<String> outlets = new TreeSet<>();
    for (JsonNode m : s.get("mentions")) {
      outlets.add(m.get("outlet").asText());
      assertEquals("Russia suspended its permanent mission to NATO on Monday.",
          m.get("evidence").get("sentence").asText());
    }
    assertEquals(Set.of("Northern Courier", "Western Gazette"), outlets);
    assertEquals(1, s.get("reactions").size(), "the suspension answers the expulsion: " + s);
    assertEquals(1, s.get("answers").size());
    assertEquals("2021-10-06", s.get("answers").get(0).get("date").get("value").asText());
    assertEquals(0, s.get("answeredBy").size());
    String expulsion = s.get("answers").get(0).get("id").asText();
    assertEquals(id, http.get("/api/v1/stories/" + expulsion).json().get("answeredBy").get(0).get("id").asText());
    assertEquals(404, http.get("/api/v1/stories/nope").status());
  }

  @Test
  void quotesBySpeakerAndText() throws Exception {
    JsonNode p = http.get("/api/v1/quotes?speaker=lavrov").json();
    assertEquals(2, p.get("total").asLong());
    assertEquals("Eastern Review", p.get("items").get(0).get("outlet").asText(), "newest article first");
    assertEquals(1, total("/api/v1/quotes?q=ORDINARY"));
    assertEquals(2, total("/api/v1/quotes?actor=RUS"));
    assertEquals(0, total("/api/v1/quotes?actor=USA"));
  }

  @Test
  void actorsWithCounts() throws Exception {
    JsonNode p = http.get("/api/v1/actors").json();
    assertEquals("RUSGOV", p.get("items").get(0).get("code").asText(), "the busiest first");
    JsonNode rus = p.get("items").get(0);
    assertEquals(2, rus.get("asSource").asInt());
    assertEquals(4, rus.get("asTarget").asInt());
    assertEquals(2, rus.get("asSpeaker").asInt());
    JsonNode nato = http.get("/api/v1/actors?q=nato").json();
    assertEquals(1, nato.get("total").asLong());
    assertEquals("IGOWSTNAT", nato.get("items").get(0).get("code").asText());
  }

  @Test
  void dyadsListTheBusiestPairsWithVerdictAndSparkline() throws Exception {
    JsonNode d = http.get("/api/v1/dyads?limit=2").json();
    assertEquals(2, d.size());
    JsonNode top = d.get(0);
    assertEquals("IGOWSTNAT|RUS", top.get("pair").asText());
    assertEquals(2, top.get("stories").asInt());
    assertEquals(2, top.get("conflict").asInt());
    assertEquals(0, top.get("cooperation").asInt());
    assertNotNull(top.get("verdict").get("label").asText());
    assertEquals("2021-10", top.get("spark").get(0).get("bucket").asText());
    assertTrue(top.get("spark").get(0).get("escalation").asDouble() > 0, "hostile acts raise the index");
    assertEquals(1, http.get("/api/v1/dyads?limit=1").json().size());
  }

  @Test
  void onePairReportHasSeriesReciprocityVerdictChannels() throws Exception {
    JsonNode r = http.get("/api/v1/dyads/RUS/IGOWSTNAT?by=week").json();
    assertEquals("IGOWSTNAT|RUS", r.get("pair").asText());
    assertEquals("RUS", r.get("a").asText());
    assertEquals("week", r.get("by").asText());
    assertEquals("2021-W40", r.get("series").get(0).get("bucket").asText());
    assertEquals(1, r.get("series").get(0).get("quadBA").get(3).asInt(), "NATO's expulsion, B→A material conflict");
    assertEquals(2, r.get("stories").size());
    assertEquals(1, r.get("reciprocityBA").get("answered").asInt());
    assertFalse(r.get("channels").isEmpty(), "the suspended mission is in the ledger");
    List<String> states = new ArrayList<>();
    for (JsonNode c : r.get("channels")) states.add(c.get("date").get("value").asText() + " " + c.get("state").asText());
    assertTrue(states.contains("2021-10-18 suspended"), states.toString());
    assertFalse(r.get("verdict").get("figures").asText().isEmpty());
    assertEquals(r.get("series").toString(), http.get("/api/v1/dyads/rus/igowstnat?by=week").json().get("series")
        .toString());
  }

  @Test
  void channelsAndReactionsByPair() throws Exception {
    JsonNode c = http.get("/api/v1/channels?pair=RUS%7CIGOWSTNAT").json();
    assertTrue(c.get("total").asLong() >= 1);
    assertEquals("RUS mission to IGOWSTNAT", c.get("items").get(0).get("channel").asText());
    assertEquals(0, http.get("/api/v1/channels?pair=USA%7CRUS").json().get("total").asLong());
    JsonNode r = http.get("/api/v1/reactions?pair=IGOWSTNAT/RUS").json();
    assertEquals(1, r.get("total").asLong());
    assertEquals(1, http.get("/api/v1/reactions").json().get("total").asLong());
  }

  @Test
  void networkHasPartiesAndBalancedEdges() throws Exception {
    JsonNode n = http.get("/api/v1/network").json();
    List<String> nodes = new ArrayList<>();
    for (JsonNode x : n.get("nodes")) nodes.add(x.get("id").asText());
    assertEquals(List.of("IGOWSTNAT", "RUS", "UKR", "USA"), nodes);
    JsonNode first = n.get("edges").get(0);
    assertEquals("IGOWSTNAT", first.get("source").asText());
    assertEquals(-1.0, first.get("balance").asDouble());
    boolean cooperative = false;
    for (JsonNode e : n.get("edges")) {
      if (e.get("source").asText().equals("RUS") && e.get("target").asText().equals("UKR")) {
        cooperative = e.get("balance").asDouble() == 1.0;
      }
    }
    assertTrue(cooperative, n.toString());
    assertEquals(2, http.get("/api/v1/network?min=2").json().get("edges").size(), "NATO–Russia, Russia–USA");
    assertEquals(0, http.get("/api/v1/network?since=2023-01-01").json().get("edges").size());
  }

  private long total(String path) throws Exception {
    Http.Answer a = http.get(path);
    assertEquals(200, a.status(), path + " → " + a.body());
    return a.json().get("total").asLong();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }
}
