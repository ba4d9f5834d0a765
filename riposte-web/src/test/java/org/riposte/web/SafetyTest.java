package org.riposte.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * What the server does with hostile or careless input: script in article and quote text comes back as JSON strings
 * with the security headers; bad parameters, unknown routes and ids are 4xx JSON with a clear message, never a stack
 * trace.
 */
class SafetyTest extends ServedNewsroom {

  @Test
  void scriptInAnArticleAndAQuoteComesBackAsJsonStrings() throws Exception {
    Http.Answer list = http.get("/api/v1/articles?q=talks");
    String id = list.json().get("items").get(0).get("id").asText();
    assertEquals("Talks agreed " + Newsroom.SCRIPT, list.json().get("items").get(0).get("title").asText());
    Http.Answer a = http.get("/api/v1/articles/" + id);
    assertEquals("application/json; charset=utf-8", a.header("Content-Type").replace(";charset", "; charset"));
    assertEquals(WebServer.CSP, a.header("Content-Security-Policy"));
    assertTrue(WebServer.CSP.contains("script-src 'self'") && !WebServer.CSP.contains("unsafe-inline"));
    assertEquals("nosniff", a.header("X-Content-Type-Options"));
    assertEquals("DENY", a.header("X-Frame-Options"));
    assertTrue(a.json().get("article").get("text").asText().contains(Newsroom.SCRIPT), "kept as data");
    assertTrue(a.json().get("quotes").get(0).get("text").asText().startsWith(Newsroom.SCRIPT));
    assertTrue(a.json().get("events").get(0).get("evidence").get("sentence").asText().contains(Newsroom.SCRIPT));
    Http.Answer quotes = http.get("/api/v1/quotes?q=%3Cscript%3E");
    assertEquals(1, quotes.json().get("total").asLong());
    assertEquals("application/json", quotes.header("Content-Type").split(";")[0]);
  }

  @Test
  void staticFilesCarryTheSecurityHeadersToo() throws Exception {
    Http.Answer js = http.get("/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertEquals(200, js.status());
    assertEquals(WebServer.CSP, js.header("Content-Security-Policy"));
    assertEquals("nosniff", js.header("X-Content-Type-Options"));
  }

  @Test
  void unknownParametersAreRefusedNotIgnored() throws Exception {
    assertError("/api/v1/events?actr=RUS", 400, "unknown parameter 'actr' (known: actor, doc, outlet, page, plover,"
        + " q, quadClass, root, since, size, sort, source, status, story, target, until)");
    assertError("/api/v1/health?x=1", 400, "unknown parameter 'x': this route takes none");
    assertError("/api/v1/events?actor=RUS&actor=USA", 400, "bad parameter 'actor': given 2 times");
  }

  @Test
  void badValuesNameTheParameterAndTheProblem() throws Exception {
    assertError("/api/v1/events?since=2021-13-01", 400, "bad parameter 'since': not a date (yyyy-MM-dd): 2021-13-01");
    assertError("/api/v1/events?size=501", 400, "bad parameter 'size': must be 1 to 500, was 501");
    assertError("/api/v1/events?size=0", 400, "bad parameter 'size': must be 1 to 500, was 0");
    assertError("/api/v1/events?page=two", 400, "bad parameter 'page': not a whole number: two");
    assertError("/api/v1/events?quadClass=5", 400, "bad parameter 'quadClass': must be 1 to 4, was 5");
    assertError("/api/v1/events?sort=name", 400,
        "bad parameter 'sort': must be one of date, -date, goldstein, -goldstein, was name");
    assertError("/api/v1/events?status=certain", 400,
        "bad parameter 'status': not a status (asserted, planned, negated, hypothetical, claimed): certain");
    assertError("/api/v1/stories?pair=RUS", 400, "bad parameter 'pair': not a pair A|B: RUS");
    assertError("/api/v1/dyads/RUS/RUS", 400, "bad parameter 'b': the same party as a: RUS");
    assertError("/api/v1/dyads/RUS/IGOWSTNAT?by=year", 400,
        "bad parameter 'by': must be one of day, week, month, was year");
    assertError("/api/v1/dyads?limit=1000", 400, "bad parameter 'limit': must be 1 to 100, was 1000");
    assertError("/api/v1/events?q=" + "x".repeat(201), 400, "bad parameter 'q': longer than 200 characters");
  }

  @Test
  void sqlInAFilterIsJustText() throws Exception {
    Http.Answer a = http.get("/api/v1/events?actor=RUS%27%20OR%20%271%27%3D%271");
    assertEquals(200, a.status());
    assertEquals(0, a.json().get("total").asLong());
    assertEquals(0, http.get("/api/v1/events?q=%27%3B%20DROP%20TABLE%20events%3B%20--").json().get("total").asLong());
    assertEquals(6, http.get("/api/v1/events").json().get("total").asLong());
  }

  @Test
  void unknownRoutesAndIdsAreJson404s() throws Exception {
    assertError("/api/v1/nothing", 404, null);
    assertError("/api/v2/events", 404, null);
    assertError("/api/v1/stories/%3Cscript%3E", 404, "no story <script>");
    Http.Answer post = http.post("/api/v1/events", "application/json", "{}", null);
    assertEquals(404, post.status());
    assertEquals(404, post.json().get("status").asInt());
  }

  private void assertError(String path, int status, String message) throws Exception {
    Http.Answer a = http.get(path);
    assertEquals(status, a.status(), path + " → " + a.body());
    JsonNode j = a.json();
    assertEquals(status, j.get("status").asInt());
    if (message != null) assertEquals(message, j.get("error").asText());
    assertFalse(a.body().contains("at org.") || a.body().contains("Exception"), a.body());
  }
}
