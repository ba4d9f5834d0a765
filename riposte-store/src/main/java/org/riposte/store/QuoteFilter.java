package org.riposte.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.riposte.api.QuoteQuery;

/**
 * The SQL of a {@link QuoteQuery}: a select over {@code quotes q} of completely saved articles, with one condition per
 * set field, every value bound as a parameter (never spliced into the text); the same meaning as
 * {@link QuoteQuery#matches}. Portable SQL.
 *
 * <ul>
 *   <li>{@code speaker}: the speaker's name contains it, case-insensitive;</li>
 *   <li>{@code actor}: the speaker's code starts with it, or its country equals it;</li>
 *   <li>{@code docId}: the article id equals it;</li>
 *   <li>{@code limit}: at most that many rows when positive.</li>
 * </ul>
 * Rows come ordered by article id, then offset, then id.
 */
final class QuoteFilter {

  private final String sql;
  private final List<Object> params;

  private QuoteFilter(String sql, List<Object> params) {
    this.sql = sql;
    this.params = List.copyOf(params);
  }

  /** The statement for a query. */
  static QuoteFilter of(QuoteQuery q) {
    StringBuilder sql = new StringBuilder("SELECT ").append(Columns.select(Columns.QUOTES, "q"))
        .append(" FROM quotes q WHERE ").append(SqlEventStore.savedArticle("q"));
    List<Object> params = new ArrayList<>();
    if (q.speaker() != null) {
      sql.append(" AND LOWER(q.speaker_name) LIKE ? ESCAPE '!'");
      params.add("%" + EventFilter.likePrefix(q.speaker().toLowerCase(java.util.Locale.ROOT)));
    }
    if (q.actor() != null) {
      sql.append(" AND (q.speaker_code LIKE ? ESCAPE '!' OR q.speaker_country = ?)");
      params.add(EventFilter.likePrefix(q.actor()));
      params.add(q.actor());
    }
    if (q.docId() != null) {
      sql.append(" AND q.doc_id = ?");
      params.add(q.docId());
    }
    sql.append(" ORDER BY q.doc_id, q.\"start\", q.id");
    if (q.limit() > 0) {
      sql.append(" LIMIT ?");
      params.add(q.limit());
    }
    return new QuoteFilter(sql.toString(), params);
  }

  String sql() { return sql; }

  List<Object> params() { return params; }

  /** Binds the parameters, in order. */
  void bind(PreparedStatement p) throws SQLException {
    for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
  }
}
