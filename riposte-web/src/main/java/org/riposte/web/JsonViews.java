package org.riposte.web;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.riposte.api.Outcome;
import org.riposte.store.EventRow;
import org.riposte.store.Page;
import org.riposte.store.QuoteRow;

/**
 * The JSON of the API: records by their component names, dates ISO ({@code 2021-10-18}), enums as lower-case labels
 * ({@code asserted}, {@code day}, {@code explicit}) as the CLI writes them, and the flattened views the contract names
 * (an event with its article's outlet, title and date). Thread safe.
 */
final class JsonViews {

  private JsonViews() {}

  /** The mapper every response goes through. */
  static ObjectMapper mapper() {
    SimpleModule labels = new SimpleModule("riposte-labels");
    labels.addSerializer(Enum.class, new LowerCaseEnum());
    return JsonMapper.builder().addModule(new JavaTimeModule()).addModule(labels)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        // records by their components only: no derived isKnown()/isCoded() flags
        .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE).build();
  }

  /** An event with {@code outlet}, {@code title} and {@code published} of its article. */
  static ObjectNode event(ObjectMapper m, EventRow r) {
    ObjectNode n = m.valueToTree(r.event());
    n.put("outlet", r.outlet());
    n.put("title", r.title());
    n.put("published", r.published() == null ? null : r.published().toString());
    return n;
  }

  /** A quote with {@code outlet}, {@code title} and {@code published} of its article. */
  static ObjectNode quote(ObjectMapper m, QuoteRow r) {
    ObjectNode n = m.valueToTree(r.quote());
    n.put("outlet", r.outlet());
    n.put("title", r.title());
    n.put("published", r.published() == null ? null : r.published().toString());
    return n;
  }

  static List<ObjectNode> events(ObjectMapper m, List<EventRow> rows) {
    return rows.stream().map(r -> event(m, r)).toList();
  }

  /** The page envelope {@code {"items","page","size","total"}} with items as given. */
  static Map<String, Object> page(Page<?> p, List<?> items) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("items", items);
    out.put("page", p.page());
    out.put("size", p.size());
    out.put("total", p.total());
    return out;
  }

  /** One outcome as the ingest response lists it: {@code {origin,status,reason,articleId}}. */
  static Map<String, Object> outcome(Outcome o) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("origin", o.origin());
    out.put("status", o.kind().label());
    out.put("reason", o.reason());
    out.put("articleId", o.docId());
    return out;
  }

  /** The error body {@code {"status":400,"error":"…"}}. */
  static Map<String, Object> error(int status, String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", status);
    out.put("error", message);
    return out;
  }

  @SuppressWarnings("rawtypes")
  private static final class LowerCaseEnum extends StdSerializer<Enum> {
    LowerCaseEnum() { super(Enum.class); }

    @Override
    public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.name().toLowerCase(Locale.ROOT));
    }
  }
}
