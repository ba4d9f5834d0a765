package org.riposte.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.ChannelState;
import org.riposte.api.Quote;
import org.riposte.api.QuoteQuery;
import org.riposte.api.Reaction;
import org.riposte.api.StoreException;
import org.riposte.api.Story;
import org.riposte.api.StoryStore;
import org.riposte.store.Queries.RowReader;

/**
 * The read side of a store for many threads at once (the web server's requests): a fixed pool of connections of its
 * own to the store's database, each used by one thread at a time, with paged, filtered and sorted searches over
 * articles, events, stories, quotes and actors. Thread safe.
 *
 * <p><b>Consistency.</b> Each call runs on one connection and sees committed data only: an ingest running on the
 * store's own connection (the single writer) becomes visible when its transaction commits — an article with all its
 * events at once, a pair's stories at once ({@link StoryStore#apply} is one transaction). DuckDB's connections are
 * duplicates of the store's ({@code DuckDBConnection.duplicate()}: one database instance, one process); PostgreSQL's
 * are new connections.
 *
 * <p>Every filter value is bound as a parameter. Paged searches run a count with the same conditions for the total.
 * Every {@link SQLException} becomes a {@link StoreException} naming the database and the operation.
 */
public final class StoreReader implements AutoCloseable {

  private static final String SAVED_EVENTS = "events e JOIN articles a ON a.id = e.doc_id";
  private static final String ARTICLE_COLUMNS = "a.id, a.url, a.outlet, a.published, a.title, a.language";
  private static final String COUNTS_STORIES = "s.status IN ('asserted', 'claimed', 'planned')"
      + " AND s.source_party IS NOT NULL AND s.target_party IS NOT NULL AND s.source_party <> s.target_party";

  private final String db;
  private final List<Connection> all;
  private final BlockingQueue<Connection> idle;
  private volatile boolean closed;

  private StoreReader(String db, List<Connection> connections) {
    this.db = db;
    this.all = List.copyOf(connections);
    this.idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
  }

  /**
   * Opens {@code connections} reading connections to the database of an open store (which stays open and is still
   * the writer).
   *
   * @throws IllegalArgumentException when {@code connections < 1} or the store is not one of this module's
   */
  public static StoreReader open(BatchEventStore store, int connections) throws StoreException {
    if (connections < 1) throw new IllegalArgumentException("connections must be 1 or more, was " + connections);
    if (!(store instanceof SqlEventStore s)) {
      throw new IllegalArgumentException("no reader for " + store.getClass().getName());
    }
    List<Connection> opened = new ArrayList<>();
    try {
      for (int i = 0; i < connections; i++) opened.add(s.openReader());
    } catch (SQLException e) {
      for (Connection c : opened) closeQuietly(c, e);
      throw new StoreException("database " + s.database() + ": cannot open a reading connection: " + e.getMessage(), e);
    }
    return new StoreReader(s.database(), opened);
  }

  /** The database as named in messages. */
  public String database() { return db; }

  /** Events, articles (completely saved) and stories. */
  public StoreCounts counts() throws StoreException {
    return with("count rows", c -> one(c, "SELECT (SELECT count(*) FROM " + SAVED_EVENTS + "), (SELECT count(*) FROM"
        + " articles), (SELECT count(*) FROM stories)", List.of(),
        r -> new StoreCounts(r.getLong(1), r.getLong(2), r.getLong(3))));
  }

  /**
   * A value that changes whenever articles are saved or stories are rebuilt (row counts and the latest ingest time),
   * for caches of derived views.
   */
  public String fingerprint() throws StoreException {
    return with("read the change fingerprint", c -> one(c, "SELECT (SELECT count(*) FROM articles),"
        + " (SELECT max(ingested_at) FROM articles), (SELECT count(*) FROM stories),"
        + " (SELECT count(*) FROM story_docs), (SELECT count(*) FROM reactions)", List.of(),
        r -> r.getLong(1) + "/" + r.getString(2) + "/" + r.getLong(3) + "/" + r.getLong(4) + "/" + r.getLong(5)));
  }

  /**
   * A page of events matching a search, each with its article's outlet, title and date. When no filter needs the
   * article's columns, the page is chosen over the events alone (the saved-article test is a semi-join) and only its
   * rows are joined with their articles: a top-N over narrow rows, not a sort of the whole join.
   */
  public Page<EventRow> events(EventSearch s) throws StoreException {
    boolean articleColumns = s.outlet() != null || s.text() != null;
    Conditions w = new Conditions();
    if (!articleColumns) w.add("e.doc_id IN (SELECT x.id FROM articles x)");
    if (s.actor() != null) {
      String p = EventFilter.likePrefix(s.actor());
      w.add("(e.source_code LIKE ? ESCAPE '!' OR e.target_code LIKE ? ESCAPE '!' OR e.source_country = ?"
          + " OR e.target_country = ?)", p, p, s.actor(), s.actor());
    }
    w.actorSide("source", s.source()).actorSide("target", s.target());
    if (s.root() != null) w.add("e.cameo LIKE ? ESCAPE '!'", EventFilter.likePrefix(s.root()));
    if (s.plover() != null) w.add("UPPER(e.plover) = ?", s.plover().toUpperCase(java.util.Locale.ROOT));
    if (s.quadClass() != null) w.add("e.quad_class = ?", s.quadClass());
    w.statuses("e.status", s.statuses());
    if (s.since() != null) w.add("e.date_first >= ?", s.since());
    if (s.until() != null) w.add("e.date_first <= ?", s.until());
    if (s.outlet() != null) w.add("LOWER(a.outlet) = ?", s.outlet().toLowerCase(java.util.Locale.ROOT));
    w.contains(s.text(), "e.evidence_sentence", "a.title");
    if (s.storyId() != null) w.add("e.story_id = ?", s.storyId());
    if (s.docId() != null) w.add("e.doc_id = ?", s.docId());
    String order = switch (s.sort()) {
      case "date" -> "e.date_first NULLS LAST, e.doc_id, e.evidence_start, e.id";
      case "-date" -> "e.date_first DESC NULLS LAST, e.doc_id, e.evidence_start, e.id";
      case "goldstein" -> "e.goldstein, e.date_first DESC NULLS LAST, e.id";
      default -> "e.goldstein DESC, e.date_first DESC NULLS LAST, e.id";
    };
    String from = articleColumns ? SAVED_EVENTS : "events e";
    String ids = "SELECT e.id FROM " + from + w.sql() + " ORDER BY " + order + limit(s.page(), s.size());
    String count = "SELECT count(*) FROM " + from + w.sql();
    List<Object> params = w.params();
    return with("search events", c -> inSnapshot(c, () -> {
      long total = one(c, count, params, r -> r.getLong(1));
      List<String> page = total == 0 ? List.of() : list(c, ids, params, r -> r.getString(1));
      return new Page<>(rows(c, page), s.page(), s.size(), total);
    }));
  }

  /**
   * The events with these ids, in this order, each with its article's fields: two narrow look-ups by key (events,
   * then their articles) rather than a join over whole tables. Ids not found are left out.
   */
  private static List<EventRow> rows(Connection c, List<String> ids) throws SQLException {
    if (ids.isEmpty()) return List.of();
    Map<String, Event> events = new HashMap<>();
    for (Event e : list(c, "SELECT " + Columns.select(Columns.EVENTS, "e") + " FROM events e WHERE e.id IN ("
        + marks(ids.size()) + ")", List.copyOf(ids), Rows::event)) {
      events.put(e.id(), e);
    }
    List<Object> docs = new ArrayList<>(new TreeSet<>(events.values().stream().map(Event::docId).toList()));
    Map<String, Object[]> articles = new HashMap<>();
    if (!docs.isEmpty()) {
      list(c, "SELECT a.id, a.outlet, a.title, a.published FROM articles a WHERE a.id IN (" + marks(docs.size()) + ")",
          docs, r -> articles.put(r.getString(1), new Object[] {r.getString(2), r.getString(3),
              r.getObject(4, LocalDate.class)}));
    }
    List<EventRow> out = new ArrayList<>();
    for (String id : ids) {
      Event e = events.get(id);
      Object[] a = e == null ? null : articles.get(e.docId());
      if (a != null) out.add(new EventRow(e, (String) a[0], (String) a[1], (LocalDate) a[2]));
    }
    return out;
  }

  /** Runs reads in one transaction, so that they see one state of the database (DuckDB: one snapshot). */
  private static <T> T inSnapshot(Connection c, Transactions.Body<T> work) throws SQLException, StoreException {
    return Transactions.run(c, work);
  }

  private static String marks(int n) { return String.join(", ", Collections.nCopies(n, "?")); }

  /** One event with its article's fields, or null. */
  public EventRow event(String id) throws StoreException {
    return with("read event " + id, c -> first(c, "SELECT " + Columns.select(Columns.EVENTS, "e")
        + ", a.outlet, a.title, a.published FROM " + SAVED_EVENTS + " WHERE e.id = ?", List.of(id),
        StoreReader::eventRow));
  }

  /** A page of articles (without text) matching a search, each with its number of events. */
  public Page<ArticleRow> articles(ArticleSearch s) throws StoreException {
    Conditions w = new Conditions();
    w.contains(s.text(), "a.title", "a.text");
    if (s.outlet() != null) w.add("LOWER(a.outlet) = ?", s.outlet().toLowerCase(java.util.Locale.ROOT));
    if (s.since() != null) w.add("a.published >= ?", s.since());
    if (s.until() != null) w.add("a.published <= ?", s.until());
    String order = switch (s.sort()) {
      case "published" -> "a.published NULLS LAST, a.id";
      case "-published" -> "a.published DESC NULLS LAST, a.id";
      default -> "LOWER(a.title) NULLS LAST, a.id";
    };
    String select = "SELECT " + ARTICLE_COLUMNS + ", (SELECT count(*) FROM events e WHERE e.doc_id = a.id)"
        + " FROM articles a" + w.sql() + " ORDER BY " + order + limit(s.page(), s.size());
    return page("search articles", select, "SELECT count(*) FROM articles a" + w.sql(), w.params(), s.page(),
        s.size(), r -> new ArticleRow(r.getString(1), r.getString(2), r.getString(3),
            r.getObject(4, LocalDate.class), r.getString(5), r.getString(6), r.getLong(7)));
  }

  /** One completely saved article with its text, or null. */
  public Article article(String id) throws StoreException {
    return with("read article " + id, c -> first(c, "SELECT " + Columns.select(Columns.ARTICLES, "a")
        + " FROM articles a WHERE a.id = ?", List.of(id), Rows::article));
  }

  /** The quotes of one article, in text order. */
  public List<Quote> quotesOf(String docId) throws StoreException {
    QuoteFilter f = QuoteFilter.of(new QuoteQuery(null, null, docId, 0));
    return with("read quotes of " + docId, c -> list(c, f.sql(), f.params(), Rows::quote));
  }

  /** A page of quotes matching a search, each with its article's fields: newest article first. */
  public Page<QuoteRow> quotes(QuoteSearch s) throws StoreException {
    Conditions w = new Conditions();
    w.contains(s.speaker(), "q.speaker_name");
    if (s.actor() != null) {
      w.add("(q.speaker_code LIKE ? ESCAPE '!' OR q.speaker_country = ?)", EventFilter.likePrefix(s.actor()),
          s.actor());
    }
    w.contains(s.text(), "q.text");
    if (s.docId() != null) w.add("q.doc_id = ?", s.docId());
    String from = " FROM quotes q JOIN articles a ON a.id = q.doc_id";
    String select = "SELECT " + Columns.select(Columns.QUOTES, "q") + ", a.outlet, a.title, a.published" + from
        + w.sql() + " ORDER BY a.published DESC NULLS LAST, q.doc_id, q.\"start\", q.id" + limit(s.page(), s.size());
    return page("search quotes", select, "SELECT count(*)" + from + w.sql(), w.params(), s.page(), s.size(),
        r -> new QuoteRow(Rows.quote(r), r.getString(14), r.getString(15), r.getObject(16, LocalDate.class)));
  }

  /** A page of stories matching a search. */
  public Page<Story> stories(StorySearch s) throws StoreException {
    Conditions w = new Conditions();
    if (s.pair() != null) w.add("s.pair = ?", s.pair());
    if (s.actor() != null) w.add("(s.source_party = ? OR s.target_party = ?)", s.actor(), s.actor());
    if (s.root() != null) w.add("s.cameo LIKE ? ESCAPE '!'", EventFilter.likePrefix(s.root()));
    w.statuses("s.status", s.statuses());
    if (s.since() != null) w.add("s.date_first >= ?", s.since());
    if (s.until() != null) w.add("s.date_first <= ?", s.until());
    if (s.text() != null) {
      String p = "%" + EventFilter.likePrefix(s.text().toLowerCase(java.util.Locale.ROOT));
      w.add("(LOWER(s.label) LIKE ? ESCAPE '!' OR EXISTS (SELECT 1 FROM " + SAVED_EVENTS + " WHERE e.story_id = s.id"
          + " AND (LOWER(e.evidence_sentence) LIKE ? ESCAPE '!' OR LOWER(a.title) LIKE ? ESCAPE '!')))", p, p, p);
    }
    String order = switch (s.sort()) {
      case "date" -> "s.date_first NULLS LAST, s.id";
      case "-date" -> "s.date_first DESC NULLS LAST, s.id";
      case "sources" -> "s.num_sources, s.date_first DESC NULLS LAST, s.id";
      default -> "s.num_sources DESC, s.date_first DESC NULLS LAST, s.id";
    };
    return page("search stories", "SELECT " + SqlStoryStore.STORY_COLUMNS + " FROM stories s" + w.sql()
        + " ORDER BY " + order + limit(s.page(), s.size()), "SELECT count(*) FROM stories s" + w.sql(), w.params(),
        s.page(), s.size(),
        SqlStoryStore::story);
  }

  /** One story, or null. */
  public Story story(String id) throws StoreException {
    return with("read story " + id, c -> first(c, "SELECT " + SqlStoryStore.STORY_COLUMNS
        + " FROM stories s WHERE s.id = ?", List.of(id), SqlStoryStore::story));
  }

  /** The stories with these ids, by date then id; unknown ids are left out. */
  public List<Story> stories(Collection<String> ids) throws StoreException {
    List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
    if (sorted.isEmpty()) return List.of();
    List<Story> out = new ArrayList<>();
    for (int from = 0; from < sorted.size(); from += 500) {
      List<String> chunk = sorted.subList(from, Math.min(sorted.size(), from + 500));
      out.addAll(with("read stories", c -> list(c, "SELECT " + SqlStoryStore.STORY_COLUMNS + " FROM stories s"
          + " WHERE s.id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")"
          + " ORDER BY s.date_first NULLS LAST, s.id", List.copyOf(chunk), SqlStoryStore::story)));
    }
    return out;
  }

  /** The reactions in which a story answers or is answered. */
  public List<Reaction> reactionsOf(String storyId) throws StoreException {
    return with("read reactions of story " + storyId, c -> list(c, "SELECT " + SqlStoryStore.REACTION_COLUMNS
        + " FROM reactions r WHERE r.story_id = ? OR r.reacts_to = ? ORDER BY r.story_id, r.reacts_to, r.kind",
        List.of(storyId, storyId), SqlStoryStore::reaction));
  }

  /** A pair's stories, reactions and channel states, read in one go (as {@link StoryStore} gives them). */
  public PairData pair(String pair) throws StoreException {
    return with("read pair " + pair, c -> {
      StoryStore st = new SqlStoryStore(c, db, null);
      return new PairData(st.stories(pair), st.reactions(pair), st.channels(pair));
    });
  }

  /** Channel states of one pair or (null) all. */
  public List<ChannelState> channels(String pair) throws StoreException {
    return with("read channel states", c -> new SqlStoryStore(c, db, null).channels(pair));
  }

  /** Reactions of one pair or (null) all. */
  public List<Reaction> reactions(String pair) throws StoreException {
    return with("read reactions", c -> new SqlStoryStore(c, db, null).reactions(pair));
  }

  /**
   * Pairs of parties by their stories that count, busiest first (ties by pair): the overview's pairs and the actor
   * network's edges.
   *
   * @param since only stories dated on or after (null: no bound)
   * @param until only stories dated on or before (null: no bound)
   * @param min   only pairs with at least this many stories
   */
  public List<PairActivity> pairs(LocalDate since, LocalDate until, int min) throws StoreException {
    Conditions w = new Conditions().add(COUNTS_STORIES);
    if (since != null) w.add("s.date_first >= ?", since);
    if (until != null) w.add("s.date_first <= ?", until);
    List<Object> params = new ArrayList<>(w.params());
    params.add(Math.max(1, min));
    return with("count stories by pair", c -> list(c, "SELECT s.pair, min(s.source_party), max(s.source_party),"
        + " min(s.target_party), max(s.target_party), count(*),"
        + " sum(CASE WHEN s.quad_class >= 3 THEN 1 ELSE 0 END), sum(CASE WHEN s.quad_class <= 2 THEN 1 ELSE 0 END),"
        + " sum(s.goldstein) FROM stories s" + w.sql() + " GROUP BY s.pair HAVING count(*) >= ?"
        + " ORDER BY count(*) DESC, s.pair", params, r -> {
          TreeSet<String> parties = new TreeSet<>(List.of(r.getString(2), r.getString(3), r.getString(4),
              r.getString(5)));
          return new PairActivity(r.getString(1), parties.first(), parties.last(), r.getLong(6), r.getLong(7),
              r.getLong(8), r.getDouble(9));
        }));
  }

  /**
   * The most frequent name of each of these actor codes as a source or target of stored events; codes never seen
   * are left out.
   */
  public Map<String, String> names(Collection<String> codes) throws StoreException {
    List<String> sorted = new ArrayList<>(new TreeSet<>(codes));
    Map<String, String> out = new HashMap<>();
    for (int from = 0; from < sorted.size(); from += 500) {
      List<String> chunk = sorted.subList(from, Math.min(sorted.size(), from + 500));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      List<Object> params = new ArrayList<>(chunk);
      params.addAll(chunk);
      with("read actor names", c -> list(c, "SELECT o.code, o.name, count(*) FROM (SELECT e.source_code AS code,"
          + " e.source_name AS name FROM events e WHERE e.source_code IN (" + marks + ") UNION ALL SELECT"
          + " e.target_code, e.target_name FROM events e WHERE e.target_code IN (" + marks + ")) o"
          + " GROUP BY o.code, o.name ORDER BY o.code, count(*) DESC, o.name", params, r -> {
            if (!out.containsKey(r.getString(1))) out.put(r.getString(1), r.getString(2));
            return Boolean.TRUE;
          }));
    }
    return out;
  }

  /**
   * A page of coded actors (sources, targets, speakers) with their counts, most frequent first, as
   * {@link BatchEventStore#actorCounts} gives them; {@code text} (null: all) keeps those whose code starts with it or
   * whose name contains it, case-insensitive.
   */
  public Page<ActorCount> actors(String text, int page, int size) throws StoreException {
    Paging.check(page, size);
    Conditions w = new Conditions();
    if (text != null) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      w.add("(LOWER(x.code) LIKE ? ESCAPE '!' OR LOWER(x.name) LIKE ? ESCAPE '!')", EventFilter.likePrefix(lower),
          "%" + EventFilter.likePrefix(lower));
    }
    String from = " FROM (" + ActorCounts.sql(false, false) + ") x" + w.sql();
    return page("list actors", "SELECT x.code, x.name, x.country, x.role, x.names, x.src, x.tgt, x.spk, x.docs" + from
        + " ORDER BY x.src + x.tgt + x.spk DESC, x.code" + limit(page, size), "SELECT count(*)" + from, w.params(), page, size,
        r -> new ActorCount(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
            r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9)));
  }

  /** Closes every connection of the pool (not the store's own); closing twice does nothing. */
  @Override
  public void close() {
    closed = true;
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        // nothing more to do for a connection that cannot close
      }
    }
  }

  /** What a pair view reads. */
  public record PairData(List<Story> stories, List<Reaction> reactions, List<ChannelState> channels) {}

  /**
   * Counts with {@code count}, then reads the page with {@code select}, which already ends in {@link #limit}; both
   * take {@code params}.
   */
  private <T> Page<T> page(String operation, String select, String count, List<Object> params, int page, int size,
                           RowReader<T> reader) throws StoreException {
    return with(operation, c -> {
      long total = one(c, count, params, r -> r.getLong(1));
      List<T> items = total == 0 ? List.of() : list(c, select, params, reader);
      return new Page<>(items, page, size, total);
    });
  }

  /**
   * {@code LIMIT size OFFSET …} of a checked page as SQL text: both are integers checked by {@link Paging#check}
   * (never text from a request), written as literals so that the database plans a top-N rather than a full sort.
   */
  private static String limit(int page, int size) {
    Paging.check(page, size);
    return " LIMIT " + size + " OFFSET " + Paging.offset(page, size);
  }

  private <T> T with(String operation, Work<T> work) throws StoreException {
    if (closed) throw new StoreException("database " + db + ": cannot " + operation + ": the reader is closed");
    Connection c;
    try {
      c = idle.poll(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("database " + db + ": interrupted while waiting to " + operation, e);
    }
    if (c == null) throw new StoreException("database " + db + ": cannot " + operation + ": no free connection");
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("database " + db + ": cannot " + operation + ": " + e.getMessage(), e);
    } finally {
      idle.add(c);
    }
  }

  private static EventRow eventRow(ResultSet r) throws SQLException {
    int n = Columns.EVENTS.size();
    return new EventRow(Rows.event(r), r.getString(n + 1), r.getString(n + 2), r.getObject(n + 3, LocalDate.class));
  }

  private static <T> List<T> list(Connection c, String sql, List<Object> params, RowReader<T> reader)
      throws SQLException {
    return Queries.list(c, sql, params, reader);
  }

  private static <T> T first(Connection c, String sql, List<Object> params, RowReader<T> reader) throws SQLException {
    List<T> l = list(c, sql, params, reader);
    return l.isEmpty() ? null : l.get(0);
  }

  private static <T> T one(Connection c, String sql, List<Object> params, RowReader<T> reader) throws SQLException {
    return list(c, sql, params, reader).get(0);
  }

  private static void closeQuietly(Connection c, Exception cause) {
    try {
      c.close();
    } catch (SQLException x) {
      cause.addSuppressed(x);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException, StoreException;
  }
}
