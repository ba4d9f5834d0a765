package org.riposte.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Evidence;
import org.riposte.api.Outcome;
import org.riposte.api.Quote;
import org.riposte.api.Status;
import org.riposte.api.StoreException;
import org.riposte.store.BatchEventStore;
import org.riposte.store.DuckDbEventStore;
import org.riposte.store.StoryStores;
import org.riposte.stories.StoryConfig;
import org.riposte.stories.StoryStage;

/**
 * An in-memory store filled with invented reports (no CoreNLP): Russia suspends its mission to NATO (told by two
 * outlets), NATO expels Russian diplomats first, Washington sanctions Moscow with a quote, and a report whose title,
 * text and quote carry a script tag. Stories are built by {@link StoryStage} as {@code riposte ingest} does.
 */
final class Newsroom {

  static final Actor RUS = new Actor("RUSGOV", "Russian government", "RUS", "GOV", ActorKind.STATE);
  static final Actor LAVROV = new Actor("RUSGOV", "Sergey Lavrov", "RUS", "GOV", ActorKind.PERSON);
  static final Actor NATO = new Actor("IGOWSTNAT", "NATO", null, null, ActorKind.ORGANISATION);
  static final Actor USA = new Actor("USAGOV", "US government", "USA", "GOV", ActorKind.STATE);
  static final Actor UKR = new Actor("UKRGOV", "Ukrainian government", "UKR", "GOV", ActorKind.STATE);
  static final String SCRIPT = "<script>alert(1)</script>";

  final List<Article> articles = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  final List<Quote> quotes = new ArrayList<>();

  private Newsroom() {}

  /** A fresh in-memory store with the reports saved and stories built. */
  static BatchEventStore store() throws StoreException {
    BatchEventStore store = DuckDbEventStore.open(DuckDbEventStore.IN_MEMORY);
    new Newsroom().fill(store);
    return store;
  }

  void fill(BatchEventStore store) throws StoreException {
    String suspend = "Russia suspended its permanent mission to NATO on Monday.";
    report(store, "Northern Courier", LocalDate.of(2021, 10, 18), "Moscow suspends its NATO mission",
        suspend + " The foreign ministry said the decision was final.",
        List.of(new Ev(suspend, RUS, NATO, "164", "REDUCE", -7.0, 4, "2021-10-18", Status.ASSERTED, "suspended")),
        List.of());
    report(store, "Western Gazette", LocalDate.of(2021, 10, 18), "Russia cuts ties with the alliance",
        "Officials in Brussels were surprised. " + suspend,
        List.of(new Ev(suspend, RUS, NATO, "164", "REDUCE", -7.0, 4, "2021-10-18", Status.ASSERTED, "suspended")),
        List.of());
    String expel = "NATO expelled eight members of the Russian mission to NATO.";
    report(store, "Northern Courier", LocalDate.of(2021, 10, 6), "Alliance expels Russian envoys",
        expel + " The envoys were given a week to leave.",
        List.of(new Ev(expel, NATO, RUS, "174", "COERCE", -5.0, 4, "2021-10-06", Status.ASSERTED, "expelled")),
        List.of());
    String sanction = "Washington imposed new sanctions on Moscow on Monday.";
    String said = "\"These measures will hurt ordinary people,\" said Sergey Lavrov.";
    report(store, "Transatlantic Wire", LocalDate.of(2022, 2, 28), "Washington sanctions Moscow again",
        sanction + " " + said,
        List.of(new Ev(sanction, USA, RUS, "163", "SANCTION", -8.0, 4, "2022-02-28", Status.ASSERTED, "imposed"),
            new Ev(sanction, USA, RUS, "1312", "THREATEN", -5.8, 3, "2022-03", Status.PLANNED, "threatened")),
        List.of(new Qt("These measures will hurt ordinary people", LAVROV)));
    String agree = "Ukraine and Russia agreed to hold talks " + SCRIPT + " next week.";
    report(store, "Eastern Review", LocalDate.of(2022, 3, 1), "Talks agreed " + SCRIPT,
        agree + " \"" + SCRIPT + " is no answer,\" said Sergey Lavrov.",
        List.of(new Ev(agree, UKR, RUS, "036", "CONSULT", 4.0, 1, "2022-03-01", Status.ASSERTED, "agreed")),
        List.of(new Qt(SCRIPT + " is no answer", LAVROV)));
    new StoryStage(StoryConfig.DEFAULT).update(StoryStores.of(store));
  }

  record Ev(String sentence, Actor source, Actor target, String cameo, String plover, double goldstein, int quad,
            String date, Status status, String trigger) {}

  record Qt(String text, Actor speaker) {}

  private void report(BatchEventStore store, String outlet, LocalDate published, String title, String text,
                      List<Ev> evs, List<Qt> qts) throws StoreException {
    Article a = Article.of("https://example.org/" + outlet.replace(' ', '-') + "/" + Math.abs(text.hashCode()),
        outlet, published, title, text);
    List<Event> mine = new ArrayList<>();
    int n = 0;
    for (Ev e : evs) {
      int start = a.text().indexOf(e.sentence());
      EventDate date = e.date().length() == 10 ? EventDate.day(LocalDate.parse(e.date()))
          : EventDate.month(Integer.parseInt(e.date().substring(0, 4)), Integer.parseInt(e.date().substring(5)));
      mine.add(new Event(a.id().substring(0, 12) + "-e" + n++, null, a.id(), date, e.status(), e.source(),
          e.target(), e.cameo(), e.cameo().substring(0, 2), e.plover(), e.goldstein(), e.quad(), null,
          new Evidence(e.sentence(), start, start + e.sentence().length()), e.trigger(), List.of()));
    }
    List<Quote> qs = new ArrayList<>();
    for (Qt q : qts) {
      int start = a.text().indexOf(q.text());
      qs.add(new Quote(a.id().substring(0, 12) + "-q" + qs.size(), a.id(), q.text(), q.speaker(), "said", start,
          start + q.text().length(), EventDate.day(published)));
    }
    store.save(Analysis.of(a).withEvents(mine).withQuotes(qs), Outcome.ok("test:" + outlet + title, a.id(),
        mine.size() + " events"));
    articles.add(a);
    events.addAll(mine);
    quotes.addAll(qs);
  }
}
