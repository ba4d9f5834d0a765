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
        a.appendOrNull(s.id());
        a.appendOrNull(s.pair());
        a.appendOrNull(s.sourceParty());
        a.appendOrNull(s.targetParty());
        a.appendOrNull(s.root());
        a.appendOrNull(s.cameo());
        a.appendOrNull(s.plover());
        a.append(s.quadClass());
        a.append(s.goldstein());
        a.appendOrNull(s.status() == null ? null : s.status().label());
        a.appendOrNull(s.date().value());
        a.appendOrNull(s.date().precision().label());
        a.appendOrNull(s.date().firstDay());
        a.appendOrNull(s.date().lastDay());
        a.appendOrNull(JsonStrings.encode(dates));
        a.appendOrNull(JsonStrings.encode(s.events()));
        a.appendOrNull(JsonStrings.encode(s.docIds()));
        a.appendOrNull(JsonStrings.encode(s.outlets()));
        a.append(s.numArticles());
        a.append(s.numSources());
        a.appendOrNull(s.firstSeen());
        a.appendOrNull(s.lastSeen());
        a.appendOrNull(s.label());
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
        a.appendOrNull(pairOf.get(r.storyId()));
        a.appendOrNull(r.storyId());
        a.appendOrNull(r.reactsTo());
        a.appendOrNull(r.kind().label());
        a.appendOrNull(r.cue());
        a.appendOrNull(r.eventId());
        a.appendOrNull(r.answeredEventId());
        a.appendOrNull(r.lagDays());
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
        a.appendOrNull(s.pair());
        a.appendOrNull(s.channel());
        a.appendOrNull(s.kind());
        a.appendOrNull(s.owner());
        a.appendOrNull(s.state());
        a.appendOrNull(s.date().value());
        a.appendOrNull(s.date().precision().label());
        a.appendOrNull(s.date().firstDay());
        a.appendOrNull(s.status() == null ? null : s.status().label());
        a.appendOrNull(s.storyId());
        a.appendOrNull(s.eventId());
        a.appendOrNull(s.evidence());
        a.appendOrNull(s.figures());
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
        a.appendOrNull(l.eventId());
        a.appendOrNull(l.storyId());
        a.appendOrNull(JsonStrings.encode(l.reactsTo()));
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
        a.appendOrNull(d.id());
        a.appendOrNull(d.signature());
        a.appendOrNull(d.group());
        a.appendOrNull(d.anchor());
        a.endRow();
      }
      a.flush();
    }
  }
}
