package org.riposte.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.riposte.api.Actor;
import org.riposte.api.Event;

/** Prints events as a table, JSON Lines (DESIGN.md's schema) or CSV. */
final class EventPrinter {

  static final List<String> CSV_HEADER = List.of("id", "storyId", "docId", "date", "datePrecision", "status",
      "sourceCode", "sourceName", "sourceCountry", "targetCode", "targetName", "targetCountry", "cameo", "root",
      "plover", "goldstein", "quadClass", "locationName", "locationCountry", "trigger", "evidenceStart",
      "evidenceEnd", "evidence", "reactsTo");

  private EventPrinter() {}

  static void print(List<Event> events, Format format, PrintStream out) {
    switch (format) {
      case JSONL -> events.forEach(e -> out.println(Json.write(Json.event(e))));
      case CSV -> {
        out.println(Csv.line(CSV_HEADER));
        events.forEach(e -> out.println(Csv.line(csvRow(e))));
      }
      case TABLE -> table(events, out);
    }
  }

  static List<Object> csvRow(Event e) {
    Actor s = e.source();
    Actor t = e.target();
    return Arrays.asList(e.id(), e.storyId(), e.docId(), e.date().value(), e.date().precision().label(),
        e.status().label(), s.code(), s.name(), s.country(), t == null ? null : t.code(), t == null ? null : t.name(),
        t == null ? null : t.country(), e.cameo(), e.root(), e.plover(), e.goldstein(), e.quadClass(),
        e.location() == null ? null : e.location().name(), e.location() == null ? null : e.location().country(),
        e.trigger(), e.evidence().start(), e.evidence().end(), e.evidence().sentence(), String.join(" ", e.reactsTo()));
  }

  private static void table(List<Event> events, PrintStream out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"DATE", "STATUS", "SOURCE", "CAMEO", "TARGET", "WHAT", "EVIDENCE"});
    for (Event e : events) {
      rows.add(new String[] {
          e.date().isKnown() ? e.date().value() : "?", e.status().label(), who(e.source()),
          e.cameo() + " " + (e.plover() == null ? "-" : e.plover()), who(e.target()), e.trigger() == null ? "" : e.trigger(),
          Text.clip(e.evidence().sentence(), 70)});
    }
    Text.printTable(rows, out);
    out.println(events.size() + (events.size() == 1 ? " event" : " events"));
  }

  static String who(Actor a) {
    if (a == null) return "-";
    if (a.code() == null) return "?" + Text.clip(a.name(), 20);
    return a.code();
  }
}
