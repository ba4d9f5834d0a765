package org.riposte.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.riposte.api.EventQuery;
import org.riposte.api.Status;

/**
 * The SQL of an {@link EventQuery}: a select over {@code events e} of completely saved articles, with one condition
 * per set field, every value bound as a parameter (never spliced into the text). Portable SQL.
 *
 * <ul>
 *   <li>{@code actor}: the source's or target's code starts with it, or their country equals it;</li>
 *   <li>{@code root}: the CAMEO code starts with it;</li>
 *   <li>{@code since}/{@code until}: the date's first day is on or after / on or before it (inclusive); events with
 *       an unknown date never match a date bound;</li>
 *   <li>{@code docId}: the article id equals it;</li>
 *   <li>{@code statuses}: the status is one of them, when any are given;</li>
 *   <li>{@code limit}: at most that many rows when positive.</li>
 * </ul>
 * Rows come ordered by the date's first day (unknown dates last), then article id, then evidence offset, then id.
 */
final class EventFilter {

  private final String sql;
  private final List<Object> params;

  private EventFilter(String sql, List<Object> params) {
    this.sql = sql;
    this.params = List.copyOf(params);
  }

  /** The statement for a query. */
  static EventFilter of(EventQuery q) {
    StringBuilder sql = new StringBuilder("SELECT ").append(Columns.select(Columns.EVENTS, "e"))
        .append(" FROM events e WHERE ").append(SqlEventStore.savedArticle("e"));
    List<Object> params = new ArrayList<>();
    if (q.actor() != null) {
      String prefix = likePrefix(q.actor());
      sql.append(" AND (e.source_code LIKE ? ESCAPE '!' OR e.target_code LIKE ? ESCAPE '!'"
          + " OR e.source_country = ? OR e.target_country = ?)");
      params.add(prefix);
      params.add(prefix);
      params.add(q.actor());
      params.add(q.actor());
    }
    if (q.root() != null) {
      sql.append(" AND e.cameo LIKE ? ESCAPE '!'");
      params.add(likePrefix(q.root()));
    }
    if (q.since() != null) {
      sql.append(" AND e.date_first >= ?");
      params.add(q.since());
    }
    if (q.until() != null) {
      sql.append(" AND e.date_first <= ?");
      params.add(q.until());
    }
    if (q.docId() != null) {
      sql.append(" AND e.doc_id = ?");
      params.add(q.docId());
    }
    if (!q.statuses().isEmpty()) {
      List<Status> sorted = q.statuses().stream().sorted().toList();
      sql.append(" AND e.status IN (").append(String.join(", ", Collections.nCopies(sorted.size(), "?")))
          .append(")");
      for (Status st : sorted) params.add(st.label());
    }
    sql.append(" ORDER BY e.date_first NULLS LAST, e.doc_id, e.evidence_start, e.id");
    if (q.limit() > 0) {
      sql.append(" LIMIT ?");
      params.add(q.limit());
    }
    return new EventFilter(sql.toString(), params);
  }

  String sql() { return sql; }

  List<Object> params() { return params; }

  /** Binds the parameters, in order. */
  void bind(PreparedStatement p) throws SQLException {
    for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
  }

  /** A LIKE pattern matching values that start with {@code prefix}, its wildcards escaped with {@code !}. */
  static String likePrefix(String prefix) {
    return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
