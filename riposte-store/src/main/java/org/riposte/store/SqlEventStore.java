package org.riposte.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventQuery;
import org.riposte.api.Outcome;
import org.riposte.api.Quote;
import org.riposte.api.QuoteQuery;
import org.riposte.api.StoreException;

/**
 * The portable half of a store over JDBC: every query, every delete and the crash-safe order of a save, in SQL that
 * DuckDB and PostgreSQL both accept, with all values bound as parameters. Bulk inserts go through the dialect's
 * {@link BulkWriter}.
 *
 * <p><b>Save order.</b> {@link #saveAll} runs in one transaction and, within it, takes the dialect's save lock
 * ({@link BulkWriter#beginSave}), leaves out the articles another writer saved completely in the meantime (first
 * complete save wins, so their story links stay), deletes the remaining articles' rows,
 * then any events and quotes of those articles (leftovers of a killed run or an earlier save), appends and flushes all
 * the batch's events and quotes, then appends the article rows, then replaces the outcomes. The order alone keeps a
 * killed run safe even where a dialect's bulk write cannot join the transaction: an article row exists only once its
 * events and quotes do, and readers ({@link #events}, {@link #quotes}, the counts) see only rows of articles with an
 * article row.
 *
 * <p>Every {@link SQLException} is rethrown as a {@link StoreException} naming the database and the operation. Not
 * thread safe: one thread at a time per instance.
 */
abstract class SqlEventStore implements BatchEventStore {

  /** At most this many values in one {@code IN (…)} list. */
  private static final int IN_CHUNK = 500;

  private final Connection connection;
  private final String db;
  private final BulkWriter writer;
  private final Clock clock;

  /**
   * @param connection an open connection with an up-to-date schema; the store owns it and closes it
   * @param db         the database as named in messages (file path or {@code :memory:})
   * @param writer     bulk writes on the same connection
   * @param clock      time of {@code ingested_at} and {@code recorded_at}; UTC
   */
  SqlEventStore(Connection connection, String db, BulkWriter writer, Clock clock) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.db = Objects.requireNonNull(db, "db");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The condition "the row of alias {@code x} belongs to a completely saved article". */
  static String savedArticle(String alias) {
    return "EXISTS (SELECT 1 FROM articles a WHERE a.id = " + alias + ".doc_id)";
  }

  @Override
  public String database() { return db; }

  /** The store's connection, for the {@link SqlStoryStore} that shares it. */
  Connection connection() { return connection; }

  /**
   * A new connection to the same database for reading in another thread ({@link StoreReader}): the caller owns and
   * closes it. DuckDB duplicates the store's connection (same database instance, its own transactions); PostgreSQL
   * opens a new connection.
   */
  abstract Connection openReader() throws SQLException;

  /** The store's bulk loader on that connection, for the {@link SqlStoryStore} that shares it. */
  TableLoader loader() { return writer.loader(); }

  @Override
  public boolean contains(String articleId) throws StoreException {
    return !query("look up article " + articleId, "SELECT 1 FROM articles WHERE id = ?",
        p -> p.setString(1, articleId), r -> Boolean.TRUE).isEmpty();
  }

  /** Saves one article and its outcome: {@link #saveAll} with one of each ({@code outcome} may be null). */
  @Override
  public void save(Analysis analysis, Outcome outcome) throws StoreException {
    saveAll(List.of(analysis), outcome == null ? List.of() : List.of(outcome));
  }

  @Override
  public void recordOutcome(Outcome outcome) throws StoreException {
    saveAll(List.of(), List.of(outcome));
  }

  @Override
  public void saveAll(List<Analysis> analyses, List<Outcome> outcomes) throws StoreException {
    Map<String, Analysis> byId = new LinkedHashMap<>();
    for (Analysis a : analyses) byId.put(a.article().id(), a);
    Map<String, Outcome> byOrigin = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      if (o.origin() == null || o.kind() == null) {
        throw new StoreException("database " + db + ": an outcome needs an origin and a kind: " + o);
      }
      byOrigin.put(o.origin(), o);
    }
    if (byId.isEmpty() && byOrigin.isEmpty()) return;

    List<Article> articles = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (Analysis a : byId.values()) {
      String id = a.article().id();
      for (Event e : a.events()) {
        if (!id.equals(e.docId())) throw foreign("event", e.id(), e.docId(), id);
        checkDate(e, id);
        events.add(e);
      }
      for (Quote q : a.quotes()) {
        if (!id.equals(q.docId())) throw foreign("quote", q.id(), q.docId(), id);
        quotes.add(q);
      }
      articles.add(a.article());
    }
    List<String> ids = List.copyOf(byId.keySet());
    List<String> origins = List.copyOf(byOrigin.keySet());
    List<Outcome> latest = List.copyOf(byOrigin.values());
    LocalDateTime now = LocalDateTime.now(clock);

    inTransaction(describeSave(ids, origins), () -> {
      writer.beginSave();
      // an article another writer saved completely in the meantime stays as it is (with its story links)
      Set<String> done = savedAmong(ids);
      List<String> fresh = done.isEmpty() ? ids : ids.stream().filter(id -> !done.contains(id)).toList();
      deleteWhereIn("articles", "id", fresh);
      deleteWhereIn("events", "doc_id", fresh);
      deleteWhereIn("quotes", "doc_id", fresh);
      writer.events(done.isEmpty() ? events : events.stream().filter(e -> !done.contains(e.docId())).toList());
      writer.quotes(done.isEmpty() ? quotes : quotes.stream().filter(q -> !done.contains(q.docId())).toList());
      writer.articles(done.isEmpty() ? articles : articles.stream().filter(a -> !done.contains(a.id())).toList(), now);
      deleteWhereIn("outcomes", "origin", origins);
      writer.outcomes(latest, now);
    });
  }

  @Override
  public List<Event> events(EventQuery q) throws StoreException {
    EventFilter f = EventFilter.of(q);
    return query("query events " + q, f.sql(), f::bind, Rows::event);
  }

  /** Stored articles, newest publication first (unknown dates last, then by id); all of them when limit ≤ 0. */
  @Override
  public List<Article> articles(int limit) throws StoreException {
    String sql = "SELECT " + Columns.select(Columns.ARTICLES, "a") + " FROM articles a"
        + " ORDER BY a.published DESC NULLS LAST, a.id" + (limit > 0 ? " LIMIT ?" : "");
    return query("list articles", sql, p -> {
      if (limit > 0) p.setInt(1, limit);
    }, Rows::article);
  }

  /** Quotes of saved articles, grouped by article id and in text order within one; all of them when limit ≤ 0. */
  @Override
  public List<Quote> quotes(int limit) throws StoreException {
    String sql = "SELECT " + Columns.select(Columns.QUOTES, "q") + " FROM quotes q WHERE " + savedArticle("q")
        + " ORDER BY q.doc_id, q.\"start\", q.id" + (limit > 0 ? " LIMIT ?" : "");
    return query("list quotes", sql, p -> {
      if (limit > 0) p.setInt(1, limit);
    }, Rows::quote);
  }

  /** Quotes of saved articles matching a query, filtered in the database ({@link QuoteFilter}). */
  @Override
  public List<Quote> quotes(QuoteQuery q) throws StoreException {
    QuoteFilter f = QuoteFilter.of(q);
    return query("query quotes " + q, f.sql(), f::bind, Rows::quote);
  }

  /** The latest outcome of each origin, ordered by origin. */
  @Override
  public List<Outcome> outcomes() throws StoreException {
    String sql = "SELECT " + Columns.select(Columns.OUTCOMES, "o") + " FROM outcomes o ORDER BY o.origin";
    return query("list outcomes", sql, p -> {}, Rows::outcome);
  }

  @Override
  public long countEvents() throws StoreException {
    return count("count events", "SELECT count(*) FROM events e WHERE " + savedArticle("e"));
  }

  @Override
  public long countArticles() throws StoreException {
    return count("count articles", "SELECT count(*) FROM articles");
  }

  @Override
  public long countQuotes() throws StoreException {
    return count("count quotes", "SELECT count(*) FROM quotes q WHERE " + savedArticle("q"));
  }

  @Override
  public List<ActorCount> actorCounts(boolean unknown, int limit) throws StoreException {
    return query(unknown ? "list unknown actors" : "list actors", ActorCounts.sql(unknown, limit > 0), p -> {
      if (limit > 0) p.setInt(1, limit);
    }, r -> new ActorCount(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
        r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9)));
  }

  /** Closes the connection; closing twice does nothing. */
  @Override
  public void close() throws StoreException {
    try {
      if (!connection.isClosed()) connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  /** The exception for a failed operation, naming the database and the operation. */
  StoreException failure(String operation, SQLException e) {
    return new StoreException("database " + db + ": cannot " + operation + ": " + e.getMessage(), e);
  }

  /** The ids among {@code ids} whose article row exists: articles saved completely before. */
  private Set<String> savedAmong(List<String> ids) throws SQLException {
    Set<String> out = new java.util.HashSet<>();
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      out.addAll(Queries.list(connection, "SELECT id FROM articles WHERE id IN (" + marks + ")",
          new ArrayList<Object>(chunk), r -> r.getString(1)));
    }
    return out;
  }

  private void deleteWhereIn(String table, String column, List<String> values) throws SQLException {
    for (int from = 0; from < values.size(); from += IN_CHUNK) {
      List<String> chunk = values.subList(from, Math.min(values.size(), from + IN_CHUNK));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement p =
               connection.prepareStatement("DELETE FROM " + table + " WHERE " + column + " IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
        p.executeUpdate();
      }
    }
  }

  private void inTransaction(String operation, SqlWork work) throws StoreException {
    try {
      Transactions.run(connection, () -> {
        work.run();
        return null;
      });
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }


  private <T> List<T> query(String operation, String sql, Queries.Binder binder, Queries.RowReader<T> reader)
      throws StoreException {
    try {
      return Queries.list(connection, sql, binder, reader);
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  private long count(String operation, String sql) throws StoreException {
    return query(operation, sql, p -> {}, r -> r.getLong(1)).get(0);
  }

  private StoreException foreign(String what, String id, String docId, String articleId) {
    return new StoreException("database " + db + ": cannot save article " + articleId + ": its " + what + " " + id
        + " names article " + docId);
  }

  private void checkDate(Event e, String articleId) throws StoreException {
    try {
      e.date().firstDay();
    } catch (RuntimeException x) {
      throw new StoreException("database " + db + ": cannot save article " + articleId + ": event " + e.id()
          + " has an unreadable " + e.date().precision().label() + " date '" + e.date().value() + "'", x);
    }
  }

  private static String describeSave(List<String> ids, List<String> origins) {
    if (ids.isEmpty()) return origins.size() == 1 ? "record the outcome of " + origins.get(0)
        : "record " + origins.size() + " outcomes (first " + origins.get(0) + ")";
    return ids.size() == 1 ? "save article " + ids.get(0)
        : "save " + ids.size() + " articles (first " + ids.get(0) + ")";
  }

  @FunctionalInterface
  private interface SqlWork {
    void run() throws SQLException;
  }

}
