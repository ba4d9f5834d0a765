package org.riposte.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.riposte.store.BatchEventStore;

/** The OpenAPI document lists exactly the routes Javalin registered, with their query parameters. */
class OpenApiTest {

  @Test
  void everyRegisteredRouteIsDocumentedAndViceVersa() throws Exception {
    try (BatchEventStore store = Newsroom.store();
         WebServer server = WebServer.create(WebConfig.defaults().withPort(0), store, null).start()) {
      Http http = new Http(server);
      Http.Answer a = http.get(OpenApi.PATH);
      assertEquals(200, a.status());
      JsonNode doc = a.json();
      assertEquals("3.0.3", doc.get("openapi").asText());
      Set<String> documented = new TreeSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey()));
      }
      Set<String> registered = new TreeSet<>();
      for (String r : server.registeredRoutes()) if (r.contains(" /api/")) registered.add(r);
      assertEquals(registered, documented);
      assertEquals(16, registered.size(), registered.toString());
      assertTrue(registered.contains("POST /api/v1/articles"));
      assertTrue(registered.contains("GET /api/v1/dyads/{a}/{b}"));
      Set<String> eventParams = new TreeSet<>();
      doc.at("/paths/~1api~1v1~1events/get/parameters").forEach(p -> eventParams.add(p.get("name").asText()));
      assertEquals(Set.of("actor", "source", "target", "root", "plover", "quadClass", "status", "since", "until",
          "outlet", "q", "story", "doc", "sort", "page", "size"), eventParams);
      JsonNode id = doc.at("/paths/~1api~1v1~1stories~1{id}/get/parameters/0");
      assertEquals("path", id.get("in").asText());
      assertTrue(id.get("required").asBoolean());
    }
  }
}
