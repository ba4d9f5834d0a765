package org.riposte.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Evidence;
import org.riposte.api.Outcome;
import org.riposte.api.Status;
import org.riposte.api.StoreException;
import org.riposte.store.BatchEventStore;
import org.riposte.store.StoryStores;
import org.riposte.stories.StoryConfig;
import org.riposte.stories.StoryStage;

/**
 * The token rule of {@code POST /api/v1/articles} and what an accepted ingest does: outcomes per article, the new
 * events and stories visible to the next read (cached pair views included). The ingestor here codes every article
 * with one invented event (Poland condemns Russia), without CoreNLP.
 */
class IngestTokenTest {

  private static final String TOKEN = "test-token-0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchEventStore store;
  private WebServer server;
  private Http http;

  @BeforeEach
  void open() throws Exception {
    store = Newsroom.store();
  }

  @AfterEach
  void close() throws Exception {
    if (server != null) server.stop();
    store.close();
  }

  private void serve(String token, ArticleIngestor ingestor, long maxBody) throws Exception {
    server = WebServer.create(WebConfig.defaults().withPort(0).withToken(token).withMaxBodyBytes(maxBody), store,
        ingestor).start();
    http = new Http(server);
  }

  @Test
  void disabledWithoutAToken() throws Exception {
    serve(null, new CondemnIngestor(store), WebConfig.DEFAULT_MAX_BODY);
    Http.Answer a = http.post("/api/v1/articles", "application/json", article("Warsaw protests."), TOKEN);
    assertEquals(403, a.status());
    assertTrue(a.json().get("error").asText().startsWith("ingest over HTTP is disabled"), a.body());
  }

  @Test
  void aMissingOrWrongTokenIs401() throws Exception {
    serve(TOKEN, new CondemnIngestor(store), WebConfig.DEFAULT_MAX_BODY);
    Http.Answer none = http.post("/api/v1/articles", "application/json", article("Warsaw protests."), null);
    assertEquals(401, none.status());
    assertEquals("Bearer", none.header("WWW-Authenticate"));
    assertEquals("missing Authorization: Bearer <token>", none.json().get("error").asText());
    Http.Answer wrong = http.post("/api/v1/articles", "application/json", article("Warsaw protests."), TOKEN + "x");
    assertEquals(401, wrong.status());
    assertEquals("wrong token", wrong.json().get("error").asText());
    assertEquals(5, http.get("/api/v1/health").json().get("articles").asLong(), "nothing stored");
  }

  @Test
  void oneArticleWithTheTokenIsStoredAndShownAtOnce() throws Exception {
    serve(TOKEN, new CondemnIngestor(store), WebConfig.DEFAULT_MAX_BODY);
    assertEquals(0, http.get("/api/v1/dyads?limit=10").json().findValues("pair").stream()
        .filter(p -> p.asText().equals("POL|RUS")).count());
    Http.Answer a = http.post("/api/v1/articles", "application/json",
        "{\n  \"title\": \"Warsaw condemns Moscow\",\n  \"outlet\": \"Vistula Daily\",\n  \"published\": \"2022-03-02\","
            + "\n  \"text\": \"Poland condemned Russia on Wednesday.\"\n}", TOKEN);
    assertEquals(200, a.status(), a.body());
    assertEquals(1, a.json().get("ok").asInt());
    JsonNode o = a.json().get("outcomes").get(0);
    assertEquals("ok", o.get("status").asText());
    assertEquals(Article.idOf("Poland condemned Russia on Wednesday."), o.get("articleId").asText());
    assertTrue(o.get("origin").asText().startsWith("http "));
    assertEquals(6, http.get("/api/v1/health").json().get("articles").asLong());
    assertEquals(1, http.get("/api/v1/events?outlet=vistula%20daily").json().get("total").asLong());
    assertEquals(1, http.get("/api/v1/dyads?limit=10").json().findValues("pair").stream()
        .filter(p -> p.asText().equals("POL|RUS")).count(), "the cached overview was refreshed");
  }

  @Test
  void jsonLinesGiveOneOutcomePerLine() throws Exception {
    serve(TOKEN, new CondemnIngestor(store), WebConfig.DEFAULT_MAX_BODY);
    String body = article("Poland condemned Russia again.") + "\n\n" + "{\"title\": \"no text\"}\n"
        + article("Poland condemned Russia again.") + "\n";
    Http.Answer a = http.post("/api/v1/articles", "application/x-ndjson", body, TOKEN);
    assertEquals(200, a.status(), a.body());
    assertEquals(1, a.json().get("ok").asInt());
    assertEquals(1, a.json().get("failed").asInt());
    assertEquals(1, a.json().get("skipped").asInt());
    assertEquals(3, a.json().get("outcomes").size());
    assertEquals("failed", a.json().get("outcomes").get(1).get("status").asText());
    assertTrue(a.json().get("outcomes").get(1).get("origin").asText().endsWith(":3"));
  }

  @Test
  void malformedEmptyAndOversizedBodiesAre4xx() throws Exception {
    serve(TOKEN, new CondemnIngestor(store), 2048);
    Http.Answer bad = http.post("/api/v1/articles", "application/json", "{\"text\": ", TOKEN);
    assertEquals(400, bad.status());
    assertTrue(bad.json().get("error").asText().startsWith("malformed JSON"), bad.body());
    assertEquals(400, http.post("/api/v1/articles", "application/json", "[1, 2]", TOKEN).status());
    Http.Answer empty = http.post("/api/v1/articles", "application/json", "  ", TOKEN);
    assertEquals(400, empty.status());
    Http.Answer big = http.post("/api/v1/articles", "application/json", article("x".repeat(5000)), TOKEN);
    assertEquals(413, big.status());
    assertEquals("body larger than 2048 bytes", big.json().get("error").asText());
    assertEquals(5, http.get("/api/v1/health").json().get("articles").asLong());
  }

  @Test
  void writesOfAnotherWriterAreSeenWithinASecondDespiteTheCache() throws Exception {
    serve(null, null, WebConfig.DEFAULT_MAX_BODY);
    String first = http.get("/api/v1/events?outlet=Vistula%20Daily").body();
    assertEquals(first, http.get("/api/v1/events?outlet=Vistula%20Daily").body());
    assertEquals(0, http.get("/api/v1/events?outlet=Vistula%20Daily").json().get("total").asInt());
    new CondemnIngestor(store).ingest((article("Poland condemned Russia on Friday.") + "\n")
        .getBytes(StandardCharsets.UTF_8), "elsewhere");
    Thread.sleep(1300);
    assertEquals(1, http.get("/api/v1/events?outlet=Vistula%20Daily").json().get("total").asInt());
    assertEquals(6, http.get("/api/v1/health").json().get("articles").asInt());
  }

  @Test
  void concurrentReadsDuringIngestAllSucceedAndStayConsistent() throws Exception {
    serve(TOKEN, new CondemnIngestor(store), WebConfig.DEFAULT_MAX_BODY);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
    try {
      List<java.util.concurrent.Future<Integer>> readers = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        String path = List.of("/api/v1/events?size=5", "/api/v1/dyads/RUS/POL", "/api/v1/dyads?limit=5",
            "/api/v1/health", "/api/v1/stories?actor=RUS", "/api/v1/network").get(t);
        readers.add(pool.submit(() -> {
          int n = 0;
          while (writing.get() || n < 3) {
            Http.Answer a = http.get(path);
            assertEquals(200, a.status(), path + " → " + a.body());
            if (path.equals("/api/v1/health")) {
              JsonNode h = a.json();
              assertEquals(6 + (h.get("articles").asLong() - 5), h.get("events").asLong(), "whole articles only");
            }
            n++;
          }
          return n;
        }));
      }
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < 20; i++) body.append(article("Poland condemned Russia, statement " + i + ".")).append('\n');
      for (int round = 0; round < 3; round++) {
        Http.Answer a = http.post("/api/v1/articles", "application/x-ndjson", body.toString()
            .replace("statement", "round " + round + " statement"), TOKEN);
        assertEquals(20, a.json().get("ok").asInt(), a.body());
      }
      writing.set(false);
      for (var f : readers) assertTrue(f.get(120, java.util.concurrent.TimeUnit.SECONDS) >= 3);
      assertEquals(65, http.get("/api/v1/health").json().get("articles").asLong());
      assertTrue(http.get("/api/v1/dyads/RUS/POL").json().get("stories").size() >= 1, "fresh, not the cached empty one");
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }
  }

  private static String article(String text) throws Exception {
    return JSON.writeValueAsString(java.util.Map.of("text", text, "outlet", "Vistula Daily", "published",
        "2022-03-02"));
  }

  /** Reads JSON Lines and codes each text as "POL condemns RUS" (122), then updates stories. */
  static final class CondemnIngestor implements ArticleIngestor {
    private final BatchEventStore store;

    CondemnIngestor(BatchEventStore store) { this.store = store; }

    @Override
    public List<Outcome> ingest(byte[] jsonLines, String origin) throws StoreException {
      List<Outcome> out = new ArrayList<>();
      String[] lines = new String(jsonLines, StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) continue;
        String where = origin + ":" + (i + 1);
        JsonNode n;
        try {
          n = JSON.readTree(lines[i]);
        } catch (Exception e) {
          out.add(Outcome.failed(where, null, "malformed JSON"));
          continue;
        }
        if (!n.hasNonNull("text")) {
          out.add(Outcome.failed(where, null, "no text"));
          continue;
        }
        Article a = Article.of(null, n.path("outlet").asText(null), n.hasNonNull("published")
            ? LocalDate.parse(n.get("published").asText()) : null, n.path("title").asText(null), n.get("text").asText());
        if (store.contains(a.id())) {
          out.add(Outcome.skipped(where, a.id(), "already stored"));
          continue;
        }
        String s = a.text();
        Event e = new Event(a.id().substring(0, 12) + "-e0", null, a.id(), EventDate.day(a.published()),
            Status.ASSERTED, new org.riposte.api.Actor("POLGOV", "Polish government", "POL", "GOV",
            org.riposte.api.ActorKind.STATE), Newsroom.RUS, "122", "12", "DISAPPROVE", -2.0, 3, null,
            new Evidence(s, 0, s.length()), "condemned", List.of());
        Outcome ok = Outcome.ok(where, a.id(), "1 event");
        store.save(Analysis.of(a).withEvents(List.of(e)), ok);
        out.add(ok);
      }
      new StoryStage(StoryConfig.DEFAULT).update(StoryStores.of(store));
      return out;
    }
  }
}
