package org.riposte.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens, dependency arcs and temporal expressions.
 *
 * @param index        0-based index within the article
 * @param begin        character offset of the sentence in {@link Article#text()}
 * @param end          character offset after the sentence
 * @param text         the sentence text, equal to {@code article.text().substring(begin, end)}
 * @param paragraph    0-based paragraph index (paragraphs are separated by blank lines)
 * @param tokens       its tokens in order
 * @param dependencies its dependency arcs (empty when no parser ran)
 * @param timexes      its temporal expressions (empty when none or when no temporal tagger ran)
 */
public record Sentence(int index, int begin, int end, String text, int paragraph, List<Token> tokens,
                       List<Dependency> dependencies, List<Timex> timexes) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    timexes = List.copyOf(timexes);
  }

  public Token token(int i) { return tokens.get(i); }

  /** Arcs whose governor is {@code tokenIndex}, in dependent order. */
  public List<Dependency> children(int tokenIndex) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) if (d.governor() == tokenIndex) out.add(d);
    out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return out;
  }

  /** Arcs whose dependent is {@code tokenIndex} (enhanced graphs can give a token several heads). */
  public List<Dependency> parents(int tokenIndex) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) if (d.dependent() == tokenIndex) out.add(d);
    return out;
  }

  /** The timex covering a token, or null. */
  public Timex timexAt(int tokenIndex) {
    for (Timex t : timexes) if (t.covers(tokenIndex)) return t;
    return null;
  }
}
