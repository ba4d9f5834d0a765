package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Outcome;
import org.riposte.api.Reaction;
import org.riposte.api.Status;
import org.riposte.api.Story;
import org.riposte.api.StoryUpdate;

/**
 * The read side for the web server on a DuckDB file: searches with filters, totals, paging and sorting, stories and
 * reactions, pairs, and reads from many threads while the store's own connection writes. {@link
 * PostgresStoreReaderIT} runs every test here on PostgreSQL too.
 */
class StoreReaderTest {

  @TempDir Path dir;

  TestDatabases databases;
  private BatchEventStore store;
  private StoreReader reader;
  private Article a1;
  private Article a2;
  private Event e1;
  private Event e2;
  private Event e3;

  TestDatabases databases() { return TestDatabases.duckDb(dir); }

  @BeforeEach
  void fill() throws Exception {
    databases = databases();
    store = EventStores.open(databases.create());
    a1 = Article.of("https://example.org/1", "Northern Courier", LocalDate.of(2021, 10, 18), "Moscow suspends mission",
        "Russia suspended its mission to NATO. The 100% certain decision stands.");
    a2 = Article.of("https://example.org/2", "Western Gazette", LocalDate.of(2021, 10, 6), "Alliance expels envoys",
        "NATO expelled eight Russian envoys.");
    e1 = Fixtures.event(a1, "1", EventDate.day(LocalDate.of(2021, 10, 18)), Fixtures.RUSGOV, Fixtures.NATO, "164", 0);
    e2 = new Event(a1.id().substring(0, 8) + "-e2", null, a1.id(), EventDate.month(2021, 11), Status.PLANNED,
        Fixtures.RUSGOV, Fixtures.NATO, "1312", "13", "THREATEN", -5.8, 3, null, null, "threatened", List.of());
    e3 = Fixtures.event(a2, "3", EventDate.day(LocalDate.of(2021, 10, 6)), Fixtures.NATO, Fixtures.RUSGOV, "174", 0);
    store.saveAll(List.of(Fixtures.analysis(a1, List.of(e1, e2), List.of(Fixtures.quote(a1, "1", Fixtures.RUSGOV, 5))),
        Fixtures.analysis(a2, List.of(e3), List.of())), List.of(Outcome.ok("1", a1.id(), "2"),
        Outcome.ok("2", a2.id(), "1")));
    Story s1 = story("s1", "RUS", "IGOWSTNAT", "164", 4, -7.0, e1, 2);
    Story s3 = story("s3", "IGOWSTNAT", "RUS", "174", 4, -5.0, e3, 1);
    StoryStores.of(store).apply(new StoryUpdate(Set.of("IGOWSTNAT|RUS"), List.of(s1, s3),
        List.of(new Reaction("s1", "s3", Reaction.Kind.WINDOW, "reverse dyad", e1.id(), e3.id(), 12)), List.of(),
        List.of(new StoryUpdate.EventLink(e1.id(), "IGOWSTNAT|RUS", "s1", List.of(e3.id())),
            new StoryUpdate.EventLink(e3.id(), "IGOWSTNAT|RUS", "s3", List.of())), List.of(), Set.of()));
    reader = StoreReader.open(store, 3);
  }

  @AfterEach
  void close() throws Exception {
    if (reader != null) reader.close();
    if (store != null) store.close();
    if (databases != null) databases.close();
  }

  private static Story story(String id, String src, String tgt, String cameo, int quad, double gold, Event e,
                             int sources) {
    String pair = src.compareTo(tgt) < 0 ? src + "|" + tgt : tgt + "|" + src;
    return new Story(id, pair, src, tgt, cameo.substring(0, 2), cameo, null, quad, gold, Status.ASSERTED, e.date(),
        Map.of(e.date().value(), 1), List.of(e.id()), List.of(e.docId()), List.of("Northern Courier"), 1, sources,
        null, null, "suspend");
  }

  @Test
  void eventsFilterCountAndPage() throws Exception {
    Page<EventRow> all = reader.events(EventSearch.all(1, 2));
    assertEquals(3, all.total());
    assertEquals(2, all.items().size());
    assertEquals(e2.id(), all.items().get(0).event().id(), "newest first: November");
    assertEquals("Northern Courier", all.items().get(0).outlet());
    assertEquals(LocalDate.of(2021, 10, 18), all.items().get(0).published());
    assertEquals(List.of(e3.id()), ids(reader.events(EventSearch.all(2, 2))));
    assertEquals(2, search(null, "RUS", null, null, null, null, Set.of(), null, null, null, null).total());
    assertEquals(1, search("RUS", null, "RUS", null, null, null, Set.of(), null, null, null, null).total());
    assertEquals(1, search(null, null, null, "16", null, null, Set.of(), null, null, null, null).total());
    assertEquals(1, search(null, null, null, null, "threaten", 3, Set.of(), null, null, null, null).total());
    assertEquals(1, search(null, null, null, null, null, null, Set.of(Status.PLANNED), null, null, null, null).total());
    assertEquals(2, search(null, null, null, null, null, null, Set.of(), LocalDate.of(2021, 10, 7), null, null, null)
        .total());
    assertEquals(1, search(null, null, null, null, null, null, Set.of(), null, null, "WESTERN gazette", null).total());
    assertEquals(1, search(null, null, null, null, null, null, Set.of(), null, null, null, "EXPELS").total(), "title");
    assertEquals(0, search(null, null, null, null, null, null, Set.of(), null, null, null, "100%").total(),
        "the article text is not searched for events, and % is literal");
    assertEquals(List.of(e3.id(), e1.id(), e2.id()), ids(reader.events(sorted("date"))));
    assertEquals(e2.id(), reader.events(sorted("goldstein")).items().get(0).event().id(), "-5.8 before -4");
    assertEquals(e2.id(), reader.events(sorted("-goldstein")).items().get(2).event().id());
    assertEquals(2, reader.events(EventSearch.ofArticle(a1.id())).total());
    assertEquals(List.of(e1.id()), ids(reader.events(EventSearch.ofStory("s1"))));
    assertEquals("Alliance expels envoys", reader.event(e3.id()).title());
    assertNull(reader.event("nope"));
  }

  @Test
  void searchesRefuseBadPagesAndSorts() {
    assertEquals("size must be 1 to 500, was 501",
        assertThrows(IllegalArgumentException.class, () -> EventSearch.all(1, 501)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> EventSearch.all(0, 10));
    assertThrows(IllegalArgumentException.class, () -> new ArticleSearch(null, null, null, null, "id", 1, 10));
  }

  @Test
  void articlesQuotesAndActors() throws Exception {
    Page<ArticleRow> p = reader.articles(new ArticleSearch(null, null, null, null, null, 1, 10));
    assertEquals(List.of(a1.id(), a2.id()), p.items().stream().map(ArticleRow::id).toList());
    assertEquals(2, p.items().get(0).events());
    assertEquals(1, reader.articles(new ArticleSearch("100%", null, null, null, null, 1, 10)).total(), "text");
    assertEquals(List.of(a2.id(), a1.id()), reader.articles(new ArticleSearch(null, null, null, null, "title", 1, 10))
        .items().stream().map(ArticleRow::id).toList());
    assertEquals(1, reader.articles(new ArticleSearch(null, "northern courier", LocalDate.of(2021, 10, 18),
        LocalDate.of(2021, 10, 18), null, 1, 10)).total());
    assertEquals(a1.text(), reader.article(a1.id()).text());
    assertEquals(1, reader.quotesOf(a1.id()).size());
    Page<QuoteRow> q = reader.quotes(new QuoteSearch("LAVROV", "RUS", "respond", null, 1, 10));
    assertEquals(1, q.total());
    assertEquals("Moscow suspends mission", q.items().get(0).title());
    Page<ActorCount> actors = reader.actors(null, 1, 10);
    assertEquals(2, actors.total());
    assertEquals("RUSGOV", actors.items().get(0).code());
    assertEquals(List.of("IGOWSTNAT"), reader.actors("nat", 1, 10).items().stream().map(ActorCount::code).toList());
    assertEquals(Map.of("RUSGOV", "Sergey Lavrov", "IGOWSTNAT", "NATO"), reader.names(List.of("RUSGOV", "IGOWSTNAT", "X")));
  }

  @Test
  void storiesReactionsAndPairs() throws Exception {
    Page<Story> p = reader.stories(new StorySearch("IGOWSTNAT|RUS", null, null, Set.of(), null, null, null, null, 1, 10));
    assertEquals(List.of("s1", "s3"), p.items().stream().map(Story::id).toList());
    assertEquals(List.of("s3"), reader.stories(new StorySearch(null, "RUS", "17", Set.of(Status.ASSERTED), null, null,
        null, null, 1, 10)).items().stream().map(Story::id).toList());
    assertEquals(List.of("s1"), reader.stories(new StorySearch(null, null, null, Set.of(), null, null, "SENTENCE 1",
        null, 1, 10)).items().stream().map(Story::id).toList(), "a mention's evidence");
    assertEquals(List.of("s1", "s3"), reader.stories(new StorySearch(null, null, null, Set.of(), null, null, null,
        "-sources", 1, 10)).items().stream().map(Story::id).toList());
    assertEquals("s1", reader.story("s1").id());
    assertEquals(List.of("s3", "s1"), reader.stories(List.of("s1", "s3", "none")).stream().map(Story::id).toList());
    assertEquals(1, reader.reactionsOf("s3").size());
    assertEquals(2, reader.pair("IGOWSTNAT|RUS").stories().size());
    PairActivity pa = reader.pairs(null, null, 1).get(0);
    assertEquals(new PairActivity("IGOWSTNAT|RUS", "IGOWSTNAT", "RUS", 2, 2, 0, -12.0), pa);
    assertEquals(-1.0, pa.balance());
    assertEquals(List.of(), reader.pairs(null, null, 3));
    assertEquals(1, reader.pairs(LocalDate.of(2021, 10, 10), null, 1).get(0).stories());
  }

  @Test
  void theFingerprintChangesWhenArticlesAreSaved() throws Exception {
    String before = reader.fingerprint();
    assertEquals(before, reader.fingerprint());
    Article a3 = Fixtures.article("Poland condemned Russia.", LocalDate.of(2022, 1, 1));
    store.save(Fixtures.analysis(a3, List.of(), List.of()), Outcome.ok("3", a3.id(), "0"));
    assertNotEquals(before, reader.fingerprint());
  }

  @Test
  void readersOnManyThreadsSeeWholeArticlesWhileTheStoreWrites() throws Exception {
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        readers.add(pool.submit(() -> {
          int reads = 0;
          while (writing.get() || reads < 5) {
            StoreCounts c = reader.counts();
            // the two fixture articles hold 3 events; every article written below holds 2
            assertEquals(3 + 2 * (c.articles() - 2), c.events(), "a half-saved article was visible: " + c);
            reads++;
          }
          return reads;
        }));
      }
      for (int i = 0; i < 30; i++) {
        Article a = Fixtures.article("Poland condemned Russia, report " + i + ".", LocalDate.of(2022, 1, 1));
        store.save(Fixtures.analysis(a, List.of(
            Fixtures.event(a, "x", EventDate.day(LocalDate.of(2022, 1, 1)), Fixtures.POLMIL, Fixtures.RUSGOV, "122", 0),
            Fixtures.event(a, "y", EventDate.day(LocalDate.of(2022, 1, 1)), Fixtures.POLMIL, Fixtures.RUSGOV, "112", 0)),
            List.of()), Outcome.ok("w" + i, a.id(), "2"));
      }
      writing.set(false);
      for (Future<Integer> f : readers) assertTrue(f.get(60, TimeUnit.SECONDS) >= 5);
      assertEquals(63, reader.counts().events());
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }
  }

  private EventSearch sorted(String sort) {
    return new EventSearch(null, null, null, null, null, null, Set.of(), null, null, null, null, null, null, sort, 1,
        10);
  }

  private Page<EventRow> search(String actor, String source, String target, String root, String plover,
                                Integer quad, Set<Status> statuses, LocalDate since, LocalDate until, String outlet,
                                String text) throws Exception {
    return reader.events(new EventSearch(actor, source, target, root, plover, quad, statuses, since, until, outlet,
        text, null, null, null, 1, 10));
  }

  private static List<String> ids(Page<EventRow> p) {
    return p.items().stream().map(r -> r.event().id()).toList();
  }
}
