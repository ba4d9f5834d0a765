package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.EventQuery;
import org.riposte.api.Quote;
import org.riposte.api.StoreException;

/**
 * Every test of {@link DuckDbEventStoreTest} on PostgreSQL (the database of {@value TestDatabases#ENV}), and what
 * only a server has: credentials, and text that COPY must escape.
 */
class PostgresEventStoreIT extends DuckDbEventStoreTest {

  @Override
  TestDatabases databases() { return TestDatabases.postgres(); }

  @Test
  void copyKeepsTextThatCsvMustEscape() throws Exception {
    String text = "Line one, with \"quotes\"\nand a second line;\ttab, backslash \\N and \\. and é中\r\nend";
    Article a = new Article(Fixtures.article(text, LocalDate.of(2021, 1, 2)).id(), "https://x.test/?a=1,b=\"2\"",
        "", LocalDate.of(2021, 1, 2), "\"Quoted\" title", "en", text);
    Event e = new Event("copy-e1", null, a.id(), EventDate.day(LocalDate.of(2021, 1, 2)),
        org.riposte.api.Status.ASSERTED, Fixtures.RUSGOV, null, "010", "01", null, 1.0E-4, 1, null,
        new org.riposte.api.Evidence(text, 0, text.length()), "", List.of("a,b", "c\"d", "\\N"));
    Quote q = new Quote("copy-q1", a.id(), "", Fixtures.NATO, ",", 0, 1, null);
    try (BatchEventStore store = EventStores.open(db())) {
      store.save(Fixtures.analysis(a, List.of(e), List.of(q)), null);
      assertEquals(List.of(a), store.articles(0), "empty strings stay empty, nulls stay null");
      assertEquals(List.of(e), store.events(EventQuery.all()));
      assertEquals(List.of(q), store.quotes(0));
    }
  }

  @Test
  void aNulCharacterIsRefusedWithTheReasonAndNothingIsStored() throws Exception {
    Article a = Fixtures.article("Nul \0 inside.", null);
    try (BatchEventStore store = EventStores.open(db())) {
      StoreException x = assertThrows(StoreException.class, () -> store.save(Analysis.of(a), null));
      assertTrue(x.getMessage().contains("U+0000"), x.getMessage());
      assertFalse(store.contains(a.id()));
      Article ok = Fixtures.article("Fine.", null);
      store.save(Analysis.of(ok), null);
      assertEquals(1, store.countArticles(), "the connection is usable after the failed save");
    }
  }

  @Test
  void aWrongPasswordIsAClearErrorThatDoesNotShowIt() throws Exception {
    PostgresUrl u = PostgresUrl.parse(db());
    String wrong = "postgresql://" + u.user() + ":Wrong-Secret-42@" + u.jdbcUrl().substring("jdbc:postgresql://".length());
    StoreException x = assertThrows(StoreException.class, () -> EventStores.open(wrong));
    assertTrue(x.getMessage().contains("cannot connect"), x.getMessage());
    assertFalse(x.getMessage().contains("Wrong-Secret-42"), x.getMessage());
    assertTrue(x.getMessage().contains(":***@"), x.getMessage());
  }

  @Test
  void aMissingDatabaseIsAClearError() throws Exception {
    PostgresUrl u = PostgresUrl.parse(db());
    String missing = u.jdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/no_such_riposte_db");
    StoreException x = assertThrows(StoreException.class,
        () -> PostgresEventStore.open(missing.replace("jdbc:postgresql://",
            "postgresql://" + u.user() + ":" + u.password() + "@")));
    assertTrue(x.getMessage().contains("no_such_riposte_db"), x.getMessage());
  }
}
