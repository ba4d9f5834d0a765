package org.riposte.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Evidence;
import org.riposte.api.Location;
import org.riposte.api.Outcome;
import org.riposte.api.Quote;
import org.riposte.api.Status;

/** Records survive the trip to Spark rows and back, nulls included, and rows match the table schemas. */
class TableRowsTest {

  private static final Article ARTICLE = Article.of("hdfs://nn/news/a.txt", "Harbour Gazette",
      LocalDate.of(2024, 3, 5), "Ministers meet", "The foreign ministers of Norland and Sudia met on Tuesday.");

  @Test
  void anEventWithEveryFieldRoundTrips() {
    Event e = new Event("e1", "s1", ARTICLE.id(), EventDate.day(LocalDate.of(2024, 3, 4)), Status.PLANNED,
        new Actor("NORGOV", "Norland", "NOR", "GOV", ActorKind.STATE),
        new Actor("IGOUNO", "United Nations", null, null, ActorKind.ORGANISATION), "036", "03", "CONSULT", 4.0, 1,
        new Location("Harbour City", "NOR"), new Evidence("The ministers met.", 0, 18), "met", List.of("e0", "e9"));
    Row r = TableRows.toRow(e);
    assertEquals(TableRows.EVENTS.size(), r.size());
    assertEquals(e, TableRows.event(r));
  }

  @Test
  void anEventWithoutTargetLocationOrDateRoundTrips() {
    Event e = new Event("e2", null, ARTICLE.id(), EventDate.UNKNOWN, Status.ASSERTED, Actor.unknown("the rebels"),
        null, "190", "19", "ASSAULT", -10.0, 4, null, new Evidence("The rebels fought.", 3, 21), "fought", List.of());
    assertEquals(e, TableRows.event(TableRows.toRow(e)));
  }

  @Test
  void quotesWithAndWithoutSpeakerRoundTrip() {
    Quote q = new Quote("q1", ARTICLE.id(), "We will not give in", new Actor("SUDGOV", "Sudia", "SUD", "GOV",
        ActorKind.STATE), "said", 10, 30, EventDate.week(LocalDate.of(2024, 3, 4)));
    Quote anonymous = new Quote("q2", ARTICLE.id(), "Nothing changes", null, null, 40, 57, EventDate.UNKNOWN);
    assertEquals(TableRows.QUOTES.size(), TableRows.toRow(q).size());
    assertEquals(q, TableRows.quote(TableRows.toRow(q)));
    assertEquals(anonymous, TableRows.quote(TableRows.toRow(anonymous)));
  }

  @Test
  void articlesAndOutcomesRoundTrip() {
    assertEquals(ARTICLE, TableRows.article(TableRows.toRow(ARTICLE)));
    Article undated = new Article(ARTICLE.id(), null, null, null, null, "en", ARTICLE.text());
    assertEquals(undated, TableRows.article(TableRows.toRow(undated)));
    Outcome o = Outcome.failed("hdfs://nn/news/b.jsonl:4", null, "malformed JSON on line 4");
    assertEquals(o, TableRows.outcome(TableRows.toRow(o)));
    assertEquals("failed", TableRows.toRow(o).getString(2));
  }
}
