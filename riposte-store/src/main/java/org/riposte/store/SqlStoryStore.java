package org.riposte.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.riposte.api.Article;
import org.riposte.api.ChannelState;
import org.riposte.api.DatePrecision;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Reaction;
import org.riposte.api.Status;
import org.riposte.api.StoreException;
import org.riposte.api.Story;
import org.riposte.api.StoryDoc;
import org.riposte.api.StoryStore;
import org.riposte.api.StoryUpdate;

/**
 * The {@link StoryStore} over the tables of migrations V2 and V3, on the connection of a {@link SqlEventStore}. Portable
 * SQL, every value bound; rows are written in bulk through the event store's {@link TableLoader} ({@link
 * StoryBulkWriter}: DuckDB's appender, PostgreSQL's COPY), never JDBC batches. {@link #apply} is one transaction that
 * first takes the database's save lock ({@link TableLoader#beginSave}). Every {@link SQLException} becomes a {@link StoreException} naming the database and the
 * operation. Not thread safe.
 */
final class SqlStoryStore implements StoryStore {

  private static final int IN_CHUNK = 500;
  static final String STORY_COLUMNS = "s.id, s.pair, s.source_party, s.target_party, s.root, s.cameo, "
      + "s.plover, s.quad_class, s.goldstein, s.status, s.\"date\", s.date_precision, s.dates, s.event_ids, "
      + "s.doc_ids, s.outlets, s.num_articles, s.num_sources, s.first_seen, s.last_seen, s.label";
  private static final String CHANNEL_COLUMNS = "c.pair, c.channel, c.kind, c.owner, c.state, c.\"date\", "
      + "c.date_precision, c.status, c.story_id, c.event_id, c.evidence, c.figures, c.mentions";
  static final String REACTION_COLUMNS =
      "r.story_id, r.reacts_to, r.kind, r.cue, r.event_id, r.answered_event_id, r.lag_days";

  private final Connection c;
  private final String db;
  private final TableLoader loader;
  private final StoryBulkWriter writer;

  /**
   * @param connection the event store's connection (not closed here)
   * @param db         the database as named in messages
   * @param loader     the event store's bulk loader on that connection: every row is written through it
   */
  SqlStoryStore(Connection connection, String db, TableLoader loader) {
    this.c = connection;
    this.db = db;
    this.loader = loader;
    this.writer = new StoryBulkWriter(loader);
  }

  @Override
  public List<String> pendingDocs() throws StoreException {
    return query("list articles without stories", "SELECT a.id FROM articles a WHERE NOT EXISTS "
        + "(SELECT 1 FROM story_docs d WHERE d.doc_id = a.id) ORDER BY a.id", List.of(), r -> r.getString(1));
  }

  @Override
  public List<Article> articles(Collection<String> ids) throws StoreException {
    List<Article> out = new ArrayList<>();
    for (List<String> chunk : chunks(ids)) {
      out.addAll(query("read articles", "SELECT " + Columns.select(Columns.ARTICLES, "a") + " FROM articles a WHERE a.id IN ("
          + marks(chunk.size()) + ") ORDER BY a.id", List.copyOf(chunk), Rows::article));
    }
    return out;
  }

  @Override
  public List<StoryDoc> docs() throws StoreException {
    return query("list story documents", "SELECT a.id, a.outlet, a.published, d.group_id, d.signature, d.anchor FROM articles a"
        + " LEFT JOIN story_docs d ON d.doc_id = a.id ORDER BY a.id", List.of(),
        r -> new StoryDoc(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class),
            r.getString(4) == null ? r.getString(1) : r.getString(4), r.getString(5),
            r.getObject(6, LocalDate.class)));
  }

  @Override
  public List<Event> eventsOfDocs(Collection<String> docIds) throws StoreException {
    List<Event> out = new ArrayList<>();
    for (List<String> chunk : chunks(docIds)) {
      out.addAll(query("read events of articles", "SELECT " + Columns.select(Columns.EVENTS, "e")
          + " FROM events e WHERE e.doc_id IN (" + marks(chunk.size()) + ") AND " + SqlEventStore.savedArticle("e")
          + " ORDER BY e.id", List.copyOf(chunk), Rows::event));
    }
    return out;
  }

  @Override
  public List<Event> eventsOfPairs(Collection<String> pairs) throws StoreException {
    List<Event> out = new ArrayList<>();
    for (List<String> chunk : chunks(pairs)) {
      out.addAll(query("read events of pairs", "SELECT " + Columns.select(Columns.EVENTS, "e")
          + " FROM events e JOIN stories s ON s.id = e.story_id WHERE s.pair IN (" + marks(chunk.size()) + ")"
          + " ORDER BY e.id", List.copyOf(chunk), Rows::event));
    }
    return out;
  }

  @Override
  public Set<String> pairsOfDocs(Collection<String> docIds) throws StoreException {
    Set<String> out = new TreeSet<>();
    for (List<String> chunk : chunks(docIds)) {
      out.addAll(query("read pairs of articles", "SELECT DISTINCT s.pair FROM events e JOIN stories s ON s.id = "
          + "e.story_id WHERE e.doc_id IN (" + marks(chunk.size()) + ")", List.copyOf(chunk), r -> r.getString(1)));
    }
    return out;
  }

  @Override
  public void apply(StoryUpdate u) throws StoreException {
    inTransaction("update stories of " + u.pairs().size() + " pairs", () -> {
      loader.beginSave();
      for (List<String> chunk : chunks(u.pairs())) {
        String in = " IN (" + marks(chunk.size()) + ")";
        update("DELETE FROM reactions WHERE pair" + in, chunk);
        update("DELETE FROM channel_states WHERE pair" + in, chunk);
        update("UPDATE events SET story_id = NULL, reacts_to = '[]' WHERE story_id IN (SELECT id FROM stories WHERE pair"
            + in + ")", chunk);
        update("DELETE FROM stories WHERE pair" + in, chunk);
      }
      writer.stories(u.stories());
      writer.reactions(u.reactions(), u.stories());
      writer.channels(u.channels());
      // events get their stories in one set-based update from the scratch table story_links (V3), loaded in bulk:
      // row-by-row updates of an indexed table are slow in DuckDB
      try (Statement st = c.createStatement()) {
        st.execute("DELETE FROM story_links");
      }
      writer.links(u.links());
      try (Statement st = c.createStatement()) {
        st.execute("UPDATE events SET story_id = l.story_id, reacts_to = l.reacts_to FROM story_links l"
            + " WHERE events.id = l.event_id");
        st.execute("DELETE FROM story_links");
      }
      List<String> docIds = new ArrayList<>();
      for (var d : u.docs()) docIds.add(d.id());
      for (List<String> chunk : chunks(docIds)) {
        update("DELETE FROM story_docs WHERE doc_id IN (" + marks(chunk.size()) + ")", chunk);
      }
      writer.docs(u.docs());
    });
  }

  @Override
  public void clear() throws StoreException {
    inTransaction("clear stories", () -> {
      try (Statement s = c.createStatement()) {
        s.execute("DELETE FROM reactions");
        s.execute("DELETE FROM channel_states");
        s.execute("DELETE FROM stories");
        s.execute("DELETE FROM story_docs");
        s.execute("UPDATE events SET story_id = NULL, reacts_to = '[]' WHERE story_id IS NOT NULL OR reacts_to <> '[]'");
      }
    });
  }

  @Override
  public List<Story> stories(String pair) throws StoreException {
    return query("list stories", "SELECT " + STORY_COLUMNS + " FROM stories s" + (pair == null ? "" : " WHERE s.pair = ?")
        + " ORDER BY s.date_first NULLS LAST, s.id", pair == null ? List.of() : List.of(pair), SqlStoryStore::story);
  }

  @Override
  public Story story(String id) throws StoreException {
    List<Story> s = query("read story " + id, "SELECT " + STORY_COLUMNS + " FROM stories s WHERE s.id = ?",
        List.of(id), SqlStoryStore::story);
    return s.isEmpty() ? null : s.get(0);
  }

  @Override
  public List<Reaction> reactions(String pair) throws StoreException {
    return query("list reactions", "SELECT " + REACTION_COLUMNS + " FROM reactions r"
        + (pair == null ? "" : " WHERE r.pair = ?") + " ORDER BY r.story_id, r.reacts_to, r.kind",
        pair == null ? List.of() : List.of(pair),
        SqlStoryStore::reaction);
  }

  /** A row selected with {@link #REACTION_COLUMNS}. */
  static Reaction reaction(ResultSet r) throws SQLException {
    return new Reaction(r.getString(1), r.getString(2), Reaction.Kind.fromLabel(r.getString(3)), r.getString(4),
        r.getString(5), r.getString(6), integer(r, 7));
  }

  @Override
  public List<ChannelState> channels(String pair) throws StoreException {
    return query("list channel states", "SELECT " + CHANNEL_COLUMNS + " FROM channel_states c"
        + (pair == null ? "" : " WHERE c.pair = ?") + " ORDER BY c.channel, c.date_first NULLS LAST, c.story_id",
        pair == null ? List.of() : List.of(pair),
        r -> new ChannelState(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
            date(r.getString(6), r.getString(7)), r.getString(8) == null ? null : Status.fromLabel(r.getString(8)),
            r.getString(9), r.getString(10), r.getString(11), r.getString(12), r.getInt(13)));
  }

  /** A row selected with {@link #STORY_COLUMNS}. */
  static Story story(ResultSet r) throws SQLException {
    Map<String, Integer> dates = new LinkedHashMap<>();
    for (String d : JsonStrings.decode(r.getString(13))) {
      int eq = d.lastIndexOf('=');
      dates.put(d.substring(0, eq), Integer.parseInt(d.substring(eq + 1)));
    }
    return new Story(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
        r.getString(7), r.getInt(8), r.getDouble(9), r.getString(10) == null ? null : Status.fromLabel(r.getString(10)),
        date(r.getString(11), r.getString(12)), dates, JsonStrings.decode(r.getString(14)),
        JsonStrings.decode(r.getString(15)), JsonStrings.decode(r.getString(16)), r.getInt(17), r.getInt(18),
        r.getObject(19, LocalDate.class), r.getObject(20, LocalDate.class), r.getString(21));
  }

  private static EventDate date(String value, String precision) {
    DatePrecision p = DatePrecision.fromLabel(precision);
    return p == DatePrecision.UNKNOWN ? EventDate.UNKNOWN : new EventDate(value, p);
  }

  private static Integer integer(ResultSet r, int column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : v;
  }

  private void update(String sql, List<String> params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) p.setString(i + 1, params.get(i));
      p.executeUpdate();
    }
  }

  private static List<List<String>> chunks(Collection<String> values) {
    List<String> all = new ArrayList<>(new TreeSet<>(values));
    List<List<String>> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IN_CHUNK) {
      out.add(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
    }
    return out;
  }

  private static String marks(int n) { return String.join(", ", Collections.nCopies(n, "?")); }

  private void inTransaction(String operation, Work work) throws StoreException {
    try {
      Transactions.run(c, () -> {
        work.run();
        return null;
      });
    } catch (SQLException e) {
      throw new StoreException("database " + db + ": cannot " + operation + ": " + e.getMessage(), e);
    }
  }


  private <T> List<T> query(String operation, String sql, List<Object> params, Queries.RowReader<T> reader)
      throws StoreException {
    try {
      return Queries.list(c, sql, params, reader);
    } catch (SQLException e) {
      throw new StoreException("database " + db + ": cannot " + operation + ": " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Work {
    void run() throws SQLException;
  }
}
