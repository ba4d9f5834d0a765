package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.store.BatchEventStore;
import org.riposte.store.EventStores;

/**
 * {@code riposte serve} as a user runs it, in a process of its own, on the database {@code riposte demo} builds from
 * the sample corpus: the one line it prints (no SLF4J warning), the API on that data (the RUS–NATO pair, a story's
 * evidence inside its article), ingest over HTTP with the token through the real pipeline (loaded on the first
 * POST), and a clean stop on SIGTERM that leaves the database closed and readable.
 */
class ServeIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LINE = Pattern.compile("Riposte at http://127\\.0\\.0\\.1:(\\d+)/ \\(db (.+)\\)");

  @TempDir
  Path tmp;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void servesTheDemoDatabaseAndIngestsWithTheToken() throws Exception {
    Path db = tmp.resolve("demo.duckdb");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process demo = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
        "org.riposte.cli.Main", "demo", "--db", db.toString()).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("demo.log").toFile()).start();
    assertTrue(demo.waitFor(15, TimeUnit.MINUTES));
    assertEquals(0, demo.exitValue(), Files.readString(tmp.resolve("demo.log")));

    Path token = tmp.resolve("token");
    Files.writeString(token, "serve-it-token-0123456789\n");
    Path err = tmp.resolve("serve.err");
    Process serve = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
        "org.riposte.cli.Main", "serve", "--db", db.toString(), "--port", "0", "--token-file", token.toString())
        .redirectError(err.toFile()).start();
    try {
      String first;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
        first = r.readLine();
      }
      Matcher m = LINE.matcher(String.valueOf(first));
      assertTrue(m.matches(), "first line: " + first + "\n" + Files.readString(err));
      assertEquals(db.toString(), m.group(2));
      String base = "http://127.0.0.1:" + m.group(1);

      JsonNode health = get(base + "/api/v1/health");
      assertTrue(health.get("events").asInt() >= 30, health.toString());
      assertTrue(health.get("ingest").asBoolean());
      JsonNode top = get(base + "/api/v1/dyads?limit=3").get(0);
      assertEquals("IGOWSTNAT|RUS", top.get("pair").asText(), "the demo's busiest pair");
      JsonNode stories = get(base + "/api/v1/stories?pair=RUS/IGOWSTNAT&sort=-sources&size=1");
      String story = stories.get("items").get(0).get("id").asText();
      JsonNode detail = get(base + "/api/v1/stories/" + story);
      JsonNode mention = detail.get("mentions").get(0);
      JsonNode article = get(base + "/api/v1/articles/" + mention.get("docId").asText()).get("article");
      JsonNode ev = mention.get("evidence");
      assertEquals(ev.get("sentence").asText(),
          article.get("text").asText().substring(ev.get("start").asInt(), ev.get("end").asInt()));

      HttpResponse<String> denied = post(base, "{\"text\": \"x\"}", "wrong-token-0123456789");
      assertEquals(401, denied.statusCode());
      HttpResponse<String> ok = post(base, "{\"title\": \"Warsaw expels envoys\", \"outlet\": \"Vistula Daily\","
          + " \"published\": \"2022-03-03\", \"text\": \"Poland expelled 45 Russian diplomats on Thursday, accusing"
          + " them of spying. Moscow said it would respond in kind.\"}", "serve-it-token-0123456789");
      assertEquals(200, ok.statusCode(), ok.body());
      JsonNode outcome = JSON.readTree(ok.body()).get("outcomes").get(0);
      assertEquals("ok", outcome.get("status").asText(), ok.body());
      JsonNode events = get(base + "/api/v1/events?outlet=Vistula%20Daily&source=POL");
      assertTrue(events.get("total").asInt() >= 1, events.toString());
      assertFalse(events.get("items").get(0).get("storyId").isNull(), "stories were updated after the ingest");
      assertEquals(health.get("articles").asInt() + 1, get(base + "/api/v1/health").get("articles").asInt());
    } finally {
      serve.destroy();
      assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stops on SIGTERM");
    }
    String log = Files.readString(err);
    assertFalse(log.contains("SLF4J"), log);
    try (BatchEventStore store = EventStores.open(db.toString())) {
      assertTrue(store.articles(0).stream().anyMatch(a -> "Vistula Daily".equals(a.outlet())));
    }
  }

  private JsonNode get(String url) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + " → " + r.body());
    return JSON.readTree(r.body());
  }

  private HttpResponse<String> post(String base, String body, String token) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles")).timeout(Duration.ofMinutes(5))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
