package org.riposte.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riposte.api.Actor;
import org.riposte.api.EventDate;
import org.riposte.api.Quote;

/** Prints quotes as a table, JSON Lines (DESIGN.md's quote schema) or CSV. */
final class QuotePrinter {

  static final List<String> CSV_HEADER = List.of("id", "docId", "date", "datePrecision", "speakerName",
      "speakerCode", "speakerRole", "verb", "start", "end", "text");

  private QuotePrinter() {}

  static void print(List<Quote> quotes, Format format, PrintStream out) {
    switch (format) {
      case JSONL -> quotes.forEach(q -> out.println(Json.write(json(q))));
      case CSV -> {
        out.println(Csv.line(CSV_HEADER));
        quotes.forEach(q -> out.println(Csv.line(csvRow(q))));
      }
      case TABLE -> table(quotes, out);
    }
  }

  /**
   * The JSON object of DESIGN.md: {@code id, docId, text, speaker {name, code, role}, verb, start, end, date}; the
   * speaker is null when the text does not name one, the date null when unknown.
   */
  static Map<String, Object> json(Quote q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", q.id());
    m.put("docId", q.docId());
    m.put("text", q.text());
    Actor s = q.speaker();
    if (s == null) {
      m.put("speaker", null);
    } else {
      Map<String, Object> sp = new LinkedHashMap<>();
      sp.put("name", s.name());
      sp.put("code", s.code());
      sp.put("role", s.role());
      m.put("speaker", sp);
    }
    m.put("verb", q.verb());
    m.put("start", q.start());
    m.put("end", q.end());
    m.put("date", date(q.date()));
    return m;
  }

  static List<Object> csvRow(Quote q) {
    Actor s = q.speaker();
    EventDate d = q.date() == null ? EventDate.UNKNOWN : q.date();
    return Arrays.asList(q.id(), q.docId(), d.value(), d.precision().label(), s == null ? null : s.name(),
        s == null ? null : s.code(), s == null ? null : s.role(), q.verb(), q.start(), q.end(), q.text());
  }

  private static void table(List<Quote> quotes, PrintStream out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"DATE", "SPEAKER", "CODE", "VERB", "QUOTE"});
    for (Quote q : quotes) {
      Actor s = q.speaker();
      String date = date(q.date());
      rows.add(new String[] {date == null ? "?" : date, s == null ? "-" : Text.clip(s.name(), 24),
          s == null || s.code() == null ? "-" : s.code(), q.verb() == null ? "-" : q.verb(), Text.clip(q.text(), 70)});
    }
    Text.printTable(rows, out);
    out.println(quotes.size() + (quotes.size() == 1 ? " quote" : " quotes"));
  }

  private static String date(EventDate d) { return d == null || !d.isKnown() ? null : d.value(); }
}
