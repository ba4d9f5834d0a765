package org.riposte.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.riposte.api.Status;

/**
 * A WHERE clause under construction: conditions joined by AND, each value bound as a parameter (never spliced into
 * the SQL text). The searches of {@link StoreReader} build theirs with it. Portable SQL.
 */
final class Conditions {

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  /** Adds a condition with its parameters, in the order of its {@code ?} marks. */
  Conditions add(String condition, Object... values) {
    sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(condition);
    Collections.addAll(params, values);
    return this;
  }

  /** The actor test of {@link EventFilter} on one side ({@code source} or {@code target}) of {@code events e}. */
  Conditions actorSide(String side, String actor) {
    if (actor == null) return this;
    return add("(e." + side + "_code LIKE ? ESCAPE '!' OR e." + side + "_country = ?)",
        EventFilter.likePrefix(actor), actor);
  }

  /** A case-insensitive "contains" over one or more columns (any of them). */
  Conditions contains(String text, String... columns) {
    if (text == null) return this;
    String pattern = "%" + EventFilter.likePrefix(text.toLowerCase(Locale.ROOT));
    List<String> ors = new ArrayList<>();
    Object[] values = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      ors.add("LOWER(" + columns[i] + ") LIKE ? ESCAPE '!'");
      values[i] = pattern;
    }
    return add("(" + String.join(" OR ", ors) + ")", values);
  }

  /** The column's value is one of the statuses' labels (no condition when empty). */
  Conditions statuses(String column, Set<Status> statuses) {
    if (statuses.isEmpty()) return this;
    List<Status> sorted = statuses.stream().sorted().toList();
    return add(column + " IN (" + String.join(", ", Collections.nCopies(sorted.size(), "?")) + ")",
        sorted.stream().map(Status::label).toArray());
  }

  /** The clause, with its leading {@code WHERE}, or empty. */
  String sql() { return sql.toString(); }

  /** The parameters, in order. */
  List<Object> params() { return List.copyOf(params); }
}
