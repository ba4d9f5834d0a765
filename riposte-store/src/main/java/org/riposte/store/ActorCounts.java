package org.riposte.store;

/**
 * The SQL of {@link BatchEventStore#actorCounts}: the actors of stored events (sources and targets) and quotes
 * (speakers), derived from the stored rows — there is no table of actors. Portable SQL (DuckDB and PostgreSQL).
 */
final class ActorCounts {

  private ActorCounts() {}

  /** Every occurrence of an actor in a saved article, one row each: code, name, country, role, kind of use, doc. */
  private static String occurrences() {
    String saved = SqlEventStore.savedArticle("e");
    return "SELECT e.source_code AS code, e.source_name AS name, e.source_country AS country, e.source_role AS role,"
        + " 1 AS src, 0 AS tgt, 0 AS spk, e.doc_id AS doc FROM events e WHERE e.source_name IS NOT NULL AND " + saved
        + " UNION ALL SELECT e.target_code, e.target_name, e.target_country, e.target_role, 0, 1, 0, e.doc_id"
        + " FROM events e WHERE e.target_name IS NOT NULL AND " + saved
        + " UNION ALL SELECT q.speaker_code, q.speaker_name, q.speaker_country, q.speaker_role, 0, 0, 1, q.doc_id"
        + " FROM quotes q WHERE q.speaker_name IS NOT NULL AND " + SqlEventStore.savedArticle("q");
  }

  /**
   * The query: uncoded actors grouped by their text, or coded actors grouped by code, most frequent first (then by
   * code or text); one parameter, the limit, when {@code limited}.
   */
  static String sql(boolean unknown, boolean limited) {
    String limit = limited ? " LIMIT ?" : "";
    if (unknown) {
      return "SELECT NULL AS code, o.name, NULL AS country, NULL AS role, 1 AS names, sum(o.src) AS src,"
          + " sum(o.tgt) AS tgt, sum(o.spk) AS spk, count(DISTINCT o.doc) AS docs FROM (" + occurrences() + ") o"
          + " WHERE o.code IS NULL GROUP BY o.name"
          + " ORDER BY sum(o.src) + sum(o.tgt) + sum(o.spk) DESC, o.name" + limit;
    }
    // The name shown for a code is the one it occurs under most often.
    return "WITH o AS (" + occurrences() + "), "
        + "n AS (SELECT o.code, o.name, count(*) AS c FROM o WHERE o.code IS NOT NULL GROUP BY o.code, o.name), "
        + "best AS (SELECT n.code, min(n.name) AS name FROM n WHERE n.c = (SELECT max(m.c) FROM n m"
        + " WHERE m.code = n.code) GROUP BY n.code) "
        + "SELECT o.code, best.name, max(o.country) AS country, max(o.role) AS role, count(DISTINCT o.name) AS names,"
        + " sum(o.src) AS src, sum(o.tgt) AS tgt, sum(o.spk) AS spk, count(DISTINCT o.doc) AS docs"
        + " FROM o JOIN best ON best.code = o.code WHERE o.code IS NOT NULL GROUP BY o.code, best.name"
        + " ORDER BY sum(o.src) + sum(o.tgt) + sum(o.spk) DESC, o.code" + limit;
  }
}
