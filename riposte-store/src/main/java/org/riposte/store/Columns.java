package org.riposte.store;

import java.util.List;

/**
 * The columns of each table, in the order of the migrations: the bulk writer appends values in exactly this order,
 * and the readers select these lists. A migration that adds a column adds it here, at the end.
 */
final class Columns {

  private Columns() {}

  static final List<String> ARTICLES =
      List.of("id", "url", "outlet", "published", "title", "language", "text", "ingested_at");

  static final List<String> EVENTS = List.of("id", "story_id", "doc_id", "\"date\"", "date_precision", "date_first",
      "date_last", "status", "source_code", "source_name", "source_country", "source_role", "source_kind",
      "target_code", "target_name", "target_country", "target_role", "target_kind", "cameo", "root", "plover",
      "goldstein", "quad_class", "location_name", "location_country", "evidence_sentence", "evidence_start",
      "evidence_end", "\"trigger\"", "reacts_to");

  static final List<String> QUOTES = List.of("id", "doc_id", "text", "speaker_name", "speaker_code", "speaker_role",
      "speaker_country", "speaker_kind", "verb", "\"start\"", "\"end\"", "\"date\"", "date_precision");

  static final List<String> OUTCOMES = List.of("origin", "doc_id", "kind", "reason", "recorded_at");

  /** The columns as a select list, each prefixed with a table alias ({@code e.id, e.story_id, …}). */
  static String select(List<String> columns, String alias) {
    StringBuilder b = new StringBuilder();
    for (String c : columns) {
      if (b.length() > 0) b.append(", ");
      b.append(alias).append('.').append(c);
    }
    return b.toString();
  }
}
