package org.riposte.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventQuery;
import org.riposte.api.EventStore;
import org.riposte.api.Outcome;
import org.riposte.api.Quote;
import org.riposte.api.StoreException;

/** An in-memory EventStore for runner tests; counts saves so tests can see double writes. */
final class MemoryStore implements EventStore {
  final Map<String, Analysis> saved = new LinkedHashMap<>();
  final Map<String, Outcome> outcomes = new LinkedHashMap<>();
  int saves;

  @Override
  public boolean contains(String articleId) { return saved.containsKey(articleId); }

  @Override
  public void save(Analysis analysis, Outcome outcome) throws StoreException {
    saves++;
    saved.put(analysis.article().id(), analysis);
    outcomes.put(outcome.origin(), outcome);
  }

  @Override
  public void recordOutcome(Outcome outcome) { outcomes.put(outcome.origin(), outcome); }

  @Override
  public List<Event> events(EventQuery query) {
    List<Event> out = new ArrayList<>();
    saved.values().forEach(a -> out.addAll(a.events()));
    return out;
  }

  @Override
  public List<Article> articles(int limit) {
    return saved.values().stream().map(Analysis::article).toList();
  }

  @Override
  public List<Quote> quotes(int limit) { return List.of(); }

  @Override
  public List<Outcome> outcomes() { return List.copyOf(outcomes.values()); }

  @Override
  public void close() {}
}
