package org.riposte.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riposte.api.ChannelState;
import org.riposte.api.Reaction;
import org.riposte.api.Story;
import org.riposte.api.StoryDoc;
import org.riposte.api.StoryUpdate;

/**
 * Bulk writes of the story tables (migrations V2 and V3) through a database's {@link TableLoader} (DuckDB's appender,
 * PostgreSQL's COPY), as {@link AppendingBulkWriter} does for the event tables: one appender per table and call,
 * flushed and closed before the call returns, inside the connection's open transaction. Values are appended in each
 * table's column order (that of its {@code CREATE TABLE}); a null is appended as SQL NULL. It neither deletes nor
 * checks for duplicates (the caller deletes first).
 */
final class StoryBulkWriter {

  private final TableLoader loader;

  StoryBulkWriter(TableLoader loader) { this.loader = loader; }

  /** Appends story rows, with {@code date_first}/{@code date_last} computed from each story's date. */
  void stories(List<Story> stories) throws SQLException {
    if (stories.isEmpty()) return;
    try (TableAppender a = loader.createAppender("stories")) {
      for (Story s : stories) {
        List<String> dates = new ArrayList<>();
        s.dates().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach(e -> dates.add(e.getKey() + "=" + e.getValue()));
        a.beginRow();
        text(a, s.id());
        text(a, s.pair());
        text(a, s.sourceParty());
        text(a, s.targetParty());
        text(a, s.root());
        text(a, s.cameo());
        text(a, s.plover());
        a.append(s.quadClass());
        a.append(s.goldstein());
        text(a, s.status() == null ? null : s.status().label());
        text(a, s.date().value());
        text(a, s.date().precision().label());
        date(a, s.date().firstDay());
        date(a, s.date().lastDay());
        text(a, JsonStrings.encode(dates));
        text(a, JsonStrings.encode(s.events()));
        text(a, JsonStrings.encode(s.docIds()));
        text(a, JsonStrings.encode(s.outlets()));
        a.append(s.numArticles());
        a.append(s.numSources());
        date(a, s.firstSeen());
        date(a, s.lastSeen());
        text(a, s.label());
        a.endRow();
      }
      a.flush();
    }
  }

  /** Appends reaction rows, each with the pair of its reacting story (among {@code stories}). */
  void reactions(List<Reaction> reactions, List<Story> stories) throws SQLException {
    if (reactions.isEmpty()) return;
    Map<String, String> pairOf = new LinkedHashMap<>();
    for (Story s : stories) pairOf.put(s.id(), s.pair());
    try (TableAppender a = loader.createAppender("reactions")) {
      for (Reaction r : reactions) {
        a.beginRow();
        text(a, pairOf.get(r.storyId()));
        text(a, r.storyId());
        text(a, r.reactsTo());
        text(a, r.kind().label());
        text(a, r.cue());
        text(a, r.eventId());
        text(a, r.answeredEventId());
        integer(a, r.lagDays());
        a.endRow();
      }
      a.flush();
    }
  }

  /** Appends channel-ledger rows, with {@code date_first} computed from each state's date. */
  void channels(List<ChannelState> channels) throws SQLException {
    if (channels.isEmpty()) return;
    try (TableAppender a = loader.createAppender("channel_states")) {
      for (ChannelState s : channels) {
        a.beginRow();
        text(a, s.pair());
        text(a, s.channel());
        text(a, s.kind());
        text(a, s.owner());
        text(a, s.state());
        text(a, s.date().value());
        text(a, s.date().precision().label());
        date(a, s.date().firstDay());
        text(a, s.status() == null ? null : s.status().label());
        text(a, s.storyId());
        text(a, s.eventId());
        text(a, s.evidence());
        text(a, s.figures());
        a.append(s.mentions());
        a.endRow();
      }
      a.flush();
    }
  }

  /** Appends the rows of the scratch table {@code story_links}: event id, story id, reactions as a JSON array. */
  void links(List<StoryUpdate.EventLink> links) throws SQLException {
    if (links.isEmpty()) return;
    try (TableAppender a = loader.createAppender("story_links")) {
      for (StoryUpdate.EventLink l : links) {
        a.beginRow();
        text(a, l.eventId());
        text(a, l.storyId());
        text(a, JsonStrings.encode(l.reactsTo()));
        a.endRow();
      }
      a.flush();
    }
  }

  /** Appends {@code story_docs} rows. */
  void docs(List<StoryDoc> docs) throws SQLException {
    if (docs.isEmpty()) return;
    try (TableAppender a = loader.createAppender("story_docs")) {
      for (StoryDoc d : docs) {
        a.beginRow();
        text(a, d.id());
        text(a, d.signature());
        text(a, d.group());
        date(a, d.anchor());
        a.endRow();
      }
      a.flush();
    }
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
