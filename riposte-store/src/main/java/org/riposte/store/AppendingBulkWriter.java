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
        a.appendOrNull(e.id());
        a.appendOrNull(e.storyId());
        a.appendOrNull(e.docId());
        a.appendOrNull(d.value());
        a.appendOrNull(d.precision().label());
        a.appendOrNull(d.firstDay());
        a.appendOrNull(d.lastDay());
        a.appendOrNull(e.status() == null ? null : e.status().label());
        actor(a, e.source());
        actor(a, e.target());
        a.appendOrNull(e.cameo());
        a.appendOrNull(e.root());
        a.appendOrNull(e.plover());
        a.append(e.goldstein());
        a.append(e.quadClass());
        a.appendOrNull(e.location() == null ? null : e.location().name());
        a.appendOrNull(e.location() == null ? null : e.location().country());
        a.appendOrNull(e.evidence() == null ? null : e.evidence().sentence());
        a.appendOrNull(e.evidence() == null ? null : e.evidence().start());
        a.appendOrNull(e.evidence() == null ? null : e.evidence().end());
        a.appendOrNull(e.trigger());
        a.appendOrNull(JsonStrings.encode(e.reactsTo()));
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
        a.appendOrNull(q.id());
        a.appendOrNull(q.docId());
        a.appendOrNull(q.text());
        a.appendOrNull(s == null ? null : s.name());
        a.appendOrNull(s == null ? null : s.code());
        a.appendOrNull(s == null ? null : s.role());
        a.appendOrNull(s == null ? null : s.country());
        a.appendOrNull(s == null ? null : Rows.label(s.kind()));
        a.appendOrNull(q.verb());
        a.append(q.start());
        a.append(q.end());
        a.appendOrNull(q.date() == null ? null : q.date().value());
        a.appendOrNull(q.date() == null ? null : q.date().precision().label());
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
        a.appendOrNull(r.id());
        a.appendOrNull(r.url());
        a.appendOrNull(r.outlet());
        a.appendOrNull(r.published());
        a.appendOrNull(r.title());
        a.appendOrNull(r.language());
        a.appendOrNull(r.text());
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
        a.appendOrNull(o.origin());
        a.appendOrNull(o.docId());
        a.appendOrNull(o.kind().label());
        a.appendOrNull(o.reason());
        a.append(recordedAt);
        a.endRow();
      }
      a.flush();
    }
  }

  /** Code, name, country, role, kind: five nulls for a null actor. */
  private static void actor(TableAppender a, Actor actor) throws SQLException {
    a.appendOrNull(actor == null ? null : actor.code());
    a.appendOrNull(actor == null ? null : actor.name());
    a.appendOrNull(actor == null ? null : actor.country());
    a.appendOrNull(actor == null ? null : actor.role());
    a.appendOrNull(actor == null ? null : Rows.label(actor.kind()));
  }
}
