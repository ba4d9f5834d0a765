package org.riposte.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.riposte.api.Analysis;
import org.riposte.api.Event;
import org.riposte.api.Outcome;
import org.riposte.api.Quote;

/**
 * What became of one document, as rows of the output tables: its outcome, and for an analysed article the article,
 * its events and its quotes.
 */
final class DocResult implements Serializable {
  private static final long serialVersionUID = 1L;

  final Row outcome;
  /** The article row, or null when the document was not analysed (or failed). */
  final Row article;
  final List<Row> events;
  final List<Row> quotes;

  private DocResult(Row outcome, Row article, List<Row> events, List<Row> quotes) {
    this.outcome = outcome;
    this.article = article;
    this.events = events;
    this.quotes = quotes;
  }

  static DocResult of(Outcome o) {
    return new DocResult(TableRows.toRow(o), null, List.of(), List.of());
  }

  static DocResult of(Analysis a, Outcome o) {
    List<Row> ev = new ArrayList<>(a.events().size());
    for (Event e : a.events()) ev.add(TableRows.toRow(e));
    List<Row> qs = new ArrayList<>(a.quotes().size());
    for (Quote q : a.quotes()) qs.add(TableRows.toRow(q));
    return new DocResult(TableRows.toRow(o), TableRows.toRow(a.article()), ev, qs);
  }

  /** The analysis the rows stand for (article, events and quotes), for loading into a store; null if none. */
  Analysis analysis() {
    if (article == null) return null;
    List<Event> ev = new ArrayList<>(events.size());
    for (Row r : events) ev.add(TableRows.event(r));
    List<Quote> qs = new ArrayList<>(quotes.size());
    for (Row r : quotes) qs.add(TableRows.quote(r));
    return Analysis.of(TableRows.article(article)).withEvents(ev).withQuotes(qs);
  }

  Outcome outcomeRecord() { return TableRows.outcome(outcome); }
}
