package org.riposte.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.riposte.api.Actor;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.Location;

/** Turns records into the JSON objects of DESIGN.md's output schema, field for field, in its order. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static Map<String, Object> event(Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("storyId", e.storyId());
    m.put("docId", e.docId());
    m.put("date", e.date().value());
    m.put("datePrecision", e.date().precision().label());
    m.put("status", e.status().label());
    m.put("source", actor(e.source()));
    m.put("target", actor(e.target()));
    m.put("cameo", e.cameo());
    m.put("root", e.root());
    m.put("plover", e.plover());
    m.put("goldstein", e.goldstein());
    m.put("quadClass", e.quadClass());
    m.put("location", location(e.location()));
    Map<String, Object> ev = new LinkedHashMap<>();
    ev.put("sentence", e.evidence().sentence());
    ev.put("start", e.evidence().start());
    ev.put("end", e.evidence().end());
    m.put("evidence", ev);
    m.put("trigger", e.trigger());
    m.put("reactsTo", e.reactsTo());
    return m;
  }

  static Map<String, Object> actor(Actor a) {
    if (a == null) return null;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code());
    m.put("name", a.name());
    m.put("country", a.country());
    m.put("role", a.role());
    return m;
  }

  static Map<String, Object> location(Location l) {
    if (l == null) return null;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", l.name());
    m.put("country", l.country());
    return m;
  }

  static Map<String, Object> article(Article a, boolean withText) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("url", a.url());
    m.put("outlet", a.outlet());
    m.put("published", a.published() == null ? null : a.published().toString());
    m.put("title", a.title());
    m.put("language", a.language());
    if (withText) m.put("text", a.text());
    return m;
  }

  static String write(Object o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + o, e);
    }
  }
}
