package org.riposte.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.riposte.api.Outcome;

/**
 * {@code POST /api/v1/articles}: ingest over HTTP. Disabled (403) unless a token is configured and an ingestor set;
 * then only with {@code Authorization: Bearer <token>} (401 otherwise). The body is one JSON object
 * ({@code Content-Type: application/json}; a JSON array of objects is also taken) or JSON Lines (any other type),
 * with the fields of {@code riposte ingest}'s {@code .jsonl}; at most {@link WebConfig#maxBodyBytes} (413). Malformed
 * JSON in an {@code application/json} body is a 400; a bad line of JSON Lines is a failed outcome of its own. One
 * ingest at a time (the database has one writer); reads go on meanwhile and see the new articles when they are saved.
 */
final class IngestRoutes {

  private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

  private IngestRoutes() {}

  static List<ApiRoute> routes(ApiContext api) {
    return List.of(new ApiRoute("POST", "/api/v1/articles", "articles",
        "Ingest articles (one JSON object, or JSON Lines) with Authorization: Bearer <token>; per-article outcomes",
        List.of(), (ctx, q) -> ingest(api, ctx)));
  }

  private static Object ingest(ApiContext api, Context ctx) throws Exception {
    if (!api.config().ingestEnabled() || api.ingestor() == null) {
      throw new ApiError(403, "ingest over HTTP is disabled: start riposte serve with --token-file FILE"
          + " (or the environment variable RIPOSTE_TOKEN) to enable it");
    }
    String auth = ctx.header("Authorization");
    String expected = "Bearer " + api.config().token();
    if (auth == null || !MessageDigest.isEqual(auth.strip().getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, auth == null ? "missing Authorization: Bearer <token>" : "wrong token");
    }
    long declared = ctx.contentLength();
    if (declared > api.config().maxBodyBytes()) throw tooLarge(api);
    byte[] body = ctx.bodyAsBytes();
    if (body.length > api.config().maxBodyBytes()) throw tooLarge(api);
    if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
      throw new ApiError(400, "empty body: send one article as JSON or several as JSON Lines");
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    byte[] lines = type.startsWith("application/json") ? jsonLines(api.json(), body) : body;
    String origin = "http " + Instant.now().truncatedTo(ChronoUnit.MILLIS);
    List<Outcome> outcomes;
    ONE_AT_A_TIME.lock();
    try {
      outcomes = api.ingestor().ingest(lines, origin);
    } finally {
      api.views().invalidate();
      ONE_AT_A_TIME.unlock();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("outcomes", outcomes.stream().map(JsonViews::outcome).toList());
    for (Outcome.Kind k : Outcome.Kind.values()) {
      out.put(k.label(), outcomes.stream().filter(o -> o.kind() == k).count());
    }
    return out;
  }

  private static ApiError tooLarge(ApiContext api) {
    return new ApiError(413, "body larger than " + api.config().maxBodyBytes() + " bytes");
  }

  /** One JSON object, or an array of objects, as JSON Lines; malformed JSON is a 400. */
  private static byte[] jsonLines(ObjectMapper m, byte[] body) {
    JsonNode node;
    try {
      node = m.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiError(400, "malformed JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new ApiError(400, "unreadable body: " + e.getMessage());
    }
    List<JsonNode> items = node != null && node.isArray() ? toList(node) : java.util.Collections.singletonList(node);
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 16);
    for (JsonNode n : items) {
      if (n == null || !n.isObject()) throw new ApiError(400, "not a JSON object (an article) nor an array of them");
      try {
        out.write(m.writeValueAsBytes(n));
      } catch (java.io.IOException e) {
        throw new ApiError(400, "unreadable article: " + e.getMessage());
      }
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> out = new java.util.ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
