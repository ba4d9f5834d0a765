package org.riposte.coding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads PLOVER gold records: a JSON array of objects with {@code id}, {@code date}, {@code text}, {@code event} and
 * {@code source}/{@code target} (a list of {@code {actorText, code, sector}}, or a string when there is none).
 * Event names of PLOVER 0.5 are mapped to 2.0 ({@link #toPlover2}); {@code DOCUMENT} records are documentation and
 * are skipped silently. A date that all records share is a placeholder and is dropped ({@link #placeholderDatesRemoved}).
 */
final class PloverGoldReader {
  private PloverGoldReader() {}

  /** PLOVER 0.5 names that changed in 2.0; the others are the same in both. */
  private static final Map<String, String> RENAMED = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
      "FIGHT", "ASSAULT", "INVESTIGATE", "ACCUSE", "YIELD", "CONCEDE", "ENGAGE", "COOPERATE");

  /** The PLOVER 2.0 name of a 0.5 or 2.0 event type. */
  static String toPlover2(String type) {
    String t = type.strip().toUpperCase(java.util.Locale.ROOT);
    return RENAMED.getOrDefault(t, t);
  }

  static GoldSet read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.newBufferedReader(file));
    } catch (JsonProcessingException e) {
      throw new IOException("not JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr(), e);
    }
    if (root == null || !root.isArray()) throw new IOException("expected a JSON array of records");
    List<GoldSentence> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int i = 0;
    for (JsonNode r : root) {
      i++;
      String id = r.path("id").asText("record " + i);
      String event = r.path("event").asText("");
      if (event.equals("DOCUMENT")) continue;
      String text = r.path("text").asText("").strip();
      if (text.isEmpty() || event.isEmpty()) {
        problems.add(file + ": " + id + ": no text or no event type; skipped");
        continue;
      }
      LocalDate date = null;
      if (r.hasNonNull("date")) {
        try {
          date = LocalDate.parse(r.get("date").asText());
        } catch (DateTimeParseException e) {
          problems.add(file + ": " + id + ": date '" + r.get("date").asText() + "' is not yyyy-mm-dd; read without");
        }
      }
      out.add(new GoldSentence(id, text, date, Map.of(EvalLevel.PLOVER, toPlover2(event)), actors(r.get("source")),
          actors(r.get("target"))));
    }
    return new GoldSet(GoldFormat.PLOVER, file, placeholderDatesRemoved(out), problems);
  }

  /**
   * The sentences undated when every one of them carries the same date: one date for sentences of several decades is
   * a placeholder, not when they were written, and coding them at it would code each person by the office held on
   * that day (a president who left office the year before as out of office) instead of by the latest role, as an
   * undated article is coded.
   */
  static List<GoldSentence> placeholderDatesRemoved(List<GoldSentence> sentences) {
    if (sentences.size() < 2 || sentences.stream().map(GoldSentence::date).distinct().count() != 1) return sentences;
    List<GoldSentence> out = new ArrayList<>();
    for (GoldSentence g : sentences) {
      out.add(new GoldSentence(g.id(), g.text(), null, g.labels(), g.sources(), g.targets()));
    }
    return out;
  }

  private static List<GoldActor> actors(JsonNode n) {
    List<GoldActor> out = new ArrayList<>();
    if (n == null || !n.isArray()) return out;
    for (JsonNode a : n) {
      String code = a.path("code").asText(null);
      if (code == null || code.isBlank()) continue;
      out.add(GoldActor.coded(a.path("actorText").asText(""), code, a.path("sector").asText(null)));
    }
    return out;
  }
}
