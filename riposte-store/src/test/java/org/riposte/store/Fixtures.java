package org.riposte.store;

import java.time.LocalDate;
import java.util.List;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Evidence;
import org.riposte.api.Location;
import org.riposte.api.Quote;
import org.riposte.api.Status;

/** Hand-built articles, events and quotes for the tests. */
final class Fixtures {

  private Fixtures() {}

  static final Actor RUSGOV = new Actor("RUSGOV", "Sergey Lavrov", "RUS", "GOV", ActorKind.PERSON);
  static final Actor NATO = new Actor("IGOWSTNAT", "NATO", null, null, ActorKind.ORGANISATION);
  static final Actor POLMIL = new Actor("POLMIL", "Polish army", "POL", "MIL", ActorKind.GROUP);
  static final Actor USA = new Actor("USA", "United States", "USA", null, ActorKind.STATE);

  static Article article(String text, LocalDate published) {
    return Article.of("https://example.org/" + text.hashCode(), "Example News", published, "Title of " + text, text);
  }

  /** An event of {@code article} with the given parts and evidence at {@code start}. */
  static Event event(Article article, String n, EventDate date, Actor source, Actor target, String cameo,
                     int start) {
    return new Event(article.id().substring(0, 8) + "-e" + n, null, article.id(), date, Status.ASSERTED, source,
        target, cameo, cameo.substring(0, 2), "SANCTION", -4.0, 4, new Location("Moscow", "RUS"),
        new Evidence("Sentence " + n + ".", start, start + 12), "suspend", List.of());
  }

  static Quote quote(Article article, String n, Actor speaker, int start) {
    return new Quote(article.id().substring(0, 8) + "-q" + n, article.id(), "We will respond " + n, speaker, "said",
        start, start + 18, EventDate.day(LocalDate.of(2021, 10, 18)));
  }

  static Analysis analysis(Article article, List<Event> events, List<Quote> quotes) {
    return Analysis.of(article).withEvents(events).withQuotes(quotes);
  }
}
