package org.riposte.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An article and everything the stages have found in it so far. Immutable: each stage returns a new analysis with
 * its layer added ({@code withSentences}, {@code withMentions}, …).
 *
 * @param article   the article
 * @param sentences its sentences (empty before the NLP stage)
 * @param mentions  actor mentions (empty before the actor stage)
 * @param events    coded events (empty before the coding stage)
 * @param quotes    quotations (empty before the quote stage)
 * @param layers    the layers present
 */
public record Analysis(Article article, List<Sentence> sentences, List<Mention> mentions, List<Event> events,
                       List<Quote> quotes, Set<Layer> layers) {

  public Analysis {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    layers = Set.copyOf(layers);
  }

  /** The starting point for an article: only {@link Layer#TEXT}. */
  public static Analysis of(Article article) {
    return new Analysis(article, List.of(), List.of(), List.of(), List.of(), EnumSet.of(Layer.TEXT));
  }

  public boolean has(Layer layer) { return layers.contains(layer); }

  public Analysis withSentences(List<Sentence> s, Set<Layer> added) {
    return new Analysis(article, s, mentions, events, quotes, plus(added));
  }

  public Analysis withMentions(List<Mention> m) {
    return new Analysis(article, sentences, m, events, quotes, plus(Set.of(Layer.MENTIONS)));
  }

  public Analysis withEvents(List<Event> e) {
    return new Analysis(article, sentences, mentions, e, quotes, plus(Set.of(Layer.EVENTS)));
  }

  public Analysis withQuotes(List<Quote> q) {
    return new Analysis(article, sentences, mentions, events, q, plus(Set.of(Layer.QUOTES)));
  }

  /** Mentions in one sentence, in token order. */
  public List<Mention> mentionsIn(int sentenceIndex) {
    return mentions.stream().filter(m -> m.sentence() == sentenceIndex).toList();
  }

  private Set<Layer> plus(Set<Layer> added) {
    EnumSet<Layer> all = EnumSet.of(Layer.TEXT);
    all.addAll(layers);
    all.addAll(added);
    return all;
  }
}
