package org.riposte.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI 3.0 document of the API, built from the route table the server registers ({@link Routes#all}): every
 * path and method, its parameters (path and query, with types and accepted values), the JSON response and the error
 * body.
 */
final class OpenApi {

  static final String PATH = "/api/v1/openapi.json";

  private OpenApi() {}

  /** The document for these routes (the document's own route included by the caller). */
  static ObjectNode document(ObjectMapper m, List<ApiRoute> routes) {
    ObjectNode doc = m.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Riposte API");
    info.put("version", "1");
    info.put("description", "Events, stories, quotes, actors and the state of relationships coded from news by"
        + " Riposte. JSON, UTF-8. Lists are paged: {items,page,size,total}. Errors: {status,error}. Unknown query"
        + " parameters are refused (400).");
    ObjectNode errorSchema = doc.putObject("components").putObject("schemas").putObject("Error");
    errorSchema.put("type", "object");
    errorSchema.putObject("properties").putObject("status").put("type", "integer");
    ((ObjectNode) errorSchema.get("properties")).putObject("error").put("type", "string");
    ObjectNode paths = doc.putObject("paths");
    for (ApiRoute r : routes) {
      ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      ObjectNode op = path.putObject(r.method().toLowerCase(Locale.ROOT));
      op.put("summary", r.summary());
      op.put("operationId", operationId(r));
      op.putArray("tags").add(r.tag());
      ArrayNode params = op.putArray("parameters");
      for (Param p : r.params()) {
        ObjectNode n = params.addObject();
        n.put("name", p.name());
        n.put("in", p.inPath() ? "path" : "query");
        n.put("required", p.inPath());
        n.put("description", p.description());
        ObjectNode schema = n.putObject("schema");
        if (p.type().equals("date")) {
          schema.put("type", "string");
          schema.put("format", "date");
        } else {
          schema.put("type", p.type());
        }
        if (!p.values().isEmpty()) {
          ArrayNode e = schema.putArray("enum");
          p.values().forEach(e::add);
        }
      }
      if (r.method().equals("POST")) {
        ObjectNode body = op.putObject("requestBody");
        body.put("required", true);
        ObjectNode content = body.putObject("content");
        content.putObject("application/json").putObject("schema").put("type", "object");
        content.putObject("application/x-ndjson").putObject("schema").put("type", "string");
        op.putArray("security").addObject().putArray("bearer");
      }
      ObjectNode responses = op.putObject("responses");
      responses.putObject("200").put("description", "OK").putObject("content").putObject("application/json")
          .putObject("schema").put("type", "object");
      for (String code : r.method().equals("POST") ? List.of("400", "401", "403", "413") : List.of("400", "404")) {
        responses.putObject(code).put("description", "error").putObject("content").putObject("application/json")
            .putObject("schema").put("$ref", "#/components/schemas/Error");
      }
    }
    ObjectNode bearer = ((ObjectNode) doc.get("components")).putObject("securitySchemes").putObject("bearer");
    bearer.put("type", "http");
    bearer.put("scheme", "bearer");
    return doc;
  }

  private static String operationId(ApiRoute r) {
    StringBuilder b = new StringBuilder(r.method().toLowerCase(Locale.ROOT));
    for (String part : r.path().replace("/api/v1/", "").split("/")) {
      String w = part.replace("{", "").replace("}", "").replace(".json", "");
      if (w.isEmpty()) continue;
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }
}
