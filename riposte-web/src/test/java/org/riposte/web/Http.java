package org.riposte.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for the tests: JSON answers parsed, status and headers kept. */
final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  Http(WebServer server) { this.base = "http://127.0.0.1:" + server.port(); }

  /** A response: status, body text, and the body parsed as JSON (null when it is not JSON). */
  record Answer(int status, String body, JsonNode json, HttpResponse<String> raw) {
    String header(String name) { return raw.headers().firstValue(name).orElse(null); }
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Answer post(String path, String contentType, byte[] body, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
    if (token != null) b.header("Authorization", "Bearer " + token);
    return send(b);
  }

  Answer post(String path, String contentType, String body, String token) throws IOException, InterruptedException {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), token);
  }

  private Answer send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode json = null;
    String type = r.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("application/json")) json = JSON.readTree(r.body());
    return new Answer(r.statusCode(), r.body(), json, r);
  }
}
