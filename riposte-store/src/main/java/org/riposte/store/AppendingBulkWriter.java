package org.riposte.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.riposte.api.Actor;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Outcome;
import org.riposte.api.Quote;

/**
 * Bulk writes through a database's {@link TableLoader} (DuckDB's appender, PostgreSQL's COPY): one appender per table
 * and call, flushed and closed before the call returns, inside the connection's open transaction. This class alone
 * decides what each row holds, for every database: values are appended in the column order of {@link Columns}; a
 * null is appended as SQL NULL.
 */
final class AppendingBulkWriter implements BulkWriter {

  private final TableLoader connection;

  AppendingBulkWriter(TableLoader loader) { this.connection = loader; }

  @Override
  public TableLoader loader() { return connection; }

  @Override
  public void beginSave() throws SQLException { connection.beginSave(); }

  @Override
  public void events(List<Event> events) throws SQLException {
    if (events.isEmpty()) return;
    try (TableAppender a = connection.createAppender("events")) {
      for (Event e : events) {
        EventDate d = e.date();
        a.beginRow();
        text(a, e.id());
        text(a, e.storyId());
        text(a, e.docId());
        text(a, d.value());
        text(a, d.precision().label());
        date(a, d.firstDay());
        date(a, d.lastDay());
        text(a, e.status() == null ? null : e.status().label());
        actor(a, e.source());
        actor(a, e.target());
        text(a, e.cameo());
        text(a, e.root());
        text(a, e.plover());
        a.append(e.goldstein());
        a.append(e.quadClass());
        text(a, e.location() == null ? null : e.location().name());
        text(a, e.location() == null ? null : e.location().country());
        text(a, e.evidence() == null ? null : e.evidence().sentence());
        integer(a, e.evidence() == null ? null : e.evidence().start());
        integer(a, e.evidence() == null ? null : e.evidence().end());
        text(a, e.trigger());
        text(a, JsonStrings.encode(e.reactsTo()));
        a.endRow();
      }
      a.flush();
    }
  }

  @Override
  public void quotes(List<Quote> quotes) throws SQLException {
    if (quotes.isEmpty()) return;
    try (TableAppender a = connection.createAppender("quotes")) {
      for (Quote q : quotes) {
        Actor s = q.speaker();
        a.beginRow();
        text(a, q.id());
        text(a, q.docId());
        text(a, q.text());
        text(a, s == null ? null : s.name());
        text(a, s == null ? null : s.code());
        text(a, s == null ? null : s.role());
        text(a, s == null ? null : s.country());
        text(a, s == null ? null : Rows.label(s.kind()));
        text(a, q.verb());
        a.append(q.start());
        a.append(q.end());
        text(a, q.date() == null ? null : q.date().value());
        text(a, q.date() == null ? null : q.date().precision().label());
        a.endRow();
      }
      a.flush();
    }
  }

  @Override
  public void articles(List<Article> articles, LocalDateTime ingestedAt) throws SQLException {
    if (articles.isEmpty()) return;
    try (TableAppender a = connection.createAppender("articles")) {
      for (Article r : articles) {
        a.beginRow();
        text(a, r.id());
        text(a, r.url());
        text(a, r.outlet());
        date(a, r.published());
        text(a, r.title());
        text(a, r.language());
        text(a, r.text());
        a.append(ingestedAt);
        a.endRow();
      }
      a.flush();
    }
  }

  @Override
  public void outcomes(List<Outcome> outcomes, LocalDateTime recordedAt) throws SQLException {
    if (outcomes.isEmpty()) return;
    try (TableAppender a = connection.createAppender("outcomes")) {
      for (Outcome o : outcomes) {
        a.beginRow();
        text(a, o.origin());
        text(a, o.docId());
        text(a, o.kind().label());
        text(a, o.reason());
        a.append(recordedAt);
        a.endRow();
      }
      a.flush();
    }
  }

  /** Code, name, country, role, kind: five nulls for a null actor. */
  private static void actor(TableAppender a, Actor actor) throws SQLException {
    text(a, actor == null ? null : actor.code());
    text(a, actor == null ? null : actor.name());
    text(a, actor == null ? null : actor.country());
    text(a, actor == null ? null : actor.role());
    text(a, actor == null ? null : Rows.label(actor.kind()));
  }

  private static void text(TableAppender a, String v) throws SQLException {
    if (v == null) a.appendNull();
    else a.append(v);
  }

  private static void date(TableAppender a, LocalDate v) throws SQLException {
    if (v == null) a.appendNull();
    else a.append(v);
  }

  private static void integer(TableAppender a, Integer v) throws SQLException {
    if (v == null) a.appendNull();
    else a.append(v.intValue());
  }
}
