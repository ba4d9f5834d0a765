package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Article;
import org.riposte.api.Outcome;
import org.riposte.api.Quote;
import org.riposte.api.QuoteQuery;

/** Stored quotes filtered by speaker name, actor code or party, article and limit, in SQL and in memory alike. */
class QuoteQueryTest {

  @TempDir Path dir;

  private static final Actor PERSKY = new Actor("RUSGOV", "Anton Persky", "RUS", "GOV", ActorKind.PERSON);
  private static final Actor ANALYST = new Actor("GBREDU", "Mary 50% Hall", "GBR", "EDU", ActorKind.PERSON);
  private static final Actor ENVOY = Actor.unknown("a Latvian envoy");

  private Article first;
  private Article second;
  private List<Quote> quotes;
  private String db;

  @BeforeEach
  void save() throws Exception {
    db = dir.resolve("q.duckdb").toString();
    first = Fixtures.article("Persky said one thing and Hall another.", LocalDate.of(2021, 10, 18));
    second = Fixtures.article("An envoy spoke, then Persky again.", LocalDate.of(2021, 10, 19));
    Quote a = Fixtures.quote(first, "1", PERSKY, 0);
    Quote b = Fixtures.quote(first, "2", ANALYST, 20);
    Quote c = Fixtures.quote(second, "3", ENVOY, 0);
    Quote d = Fixtures.quote(second, "4", PERSKY, 30);
    Quote e = Fixtures.quote(second, "5", null, 50);
    try (BatchEventStore store = EventStores.open(db)) {
      store.saveAll(List.of(Fixtures.analysis(first, List.of(), List.of(a, b)),
              Fixtures.analysis(second, List.of(), List.of(c, d, e))),
          List.of(Outcome.ok("a.txt", first.id(), ""), Outcome.ok("b.txt", second.id(), "")));
      quotes = store.quotes(0);
    }
    assertEquals(5, quotes.size());
  }

  private List<Quote> sql(QuoteQuery q) throws Exception {
    try (BatchEventStore store = EventStores.open(db)) {
      return store.quotes(q);
    }
  }

  private List<Quote> memory(QuoteQuery q) {
    return quotes.stream().filter(q::matches).toList();
  }

  private void same(QuoteQuery q, int expected) throws Exception {
    List<Quote> got = sql(q);
    assertEquals(memory(q), got, q.toString());
    assertEquals(expected, got.size(), q.toString());
  }

  @Test
  void speakerMatchesWordsOfTheNameIgnoringCase() throws Exception {
    same(new QuoteQuery("persky", null, null, 0), 2);
    same(new QuoteQuery("LATVIAN ENVOY", null, null, 0), 1);
    same(new QuoteQuery("Nobody", null, null, 0), 0);
  }

  @Test
  void actorMatchesCodePrefixOrCountry() throws Exception {
    same(new QuoteQuery(null, "RUS", null, 0), 2);
    same(new QuoteQuery(null, "GBREDU", null, 0), 1);
    same(new QuoteQuery(null, "GBR", null, 0), 1);
    same(new QuoteQuery(null, "USA", null, 0), 0);
  }

  @Test
  void filtersCombineAndLimitCuts() throws Exception {
    same(new QuoteQuery("persky", "RUS", second.id(), 0), 1);
    assertEquals(1, sql(new QuoteQuery("persky", null, null, 1)).size());
    same(QuoteQuery.all(), 5);
  }

  @Test
  void valuesAreBoundNotSpliced() throws Exception {
    same(new QuoteQuery("x' OR '1'='1", null, null, 0), 0);
    same(new QuoteQuery(null, "%", null, 0), 0);
    same(new QuoteQuery("50%", null, null, 0), 1);
    same(new QuoteQuery("_", null, null, 0), 0);
  }
}
