package org.riposte.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Dependency;
import org.riposte.api.Layer;
import org.riposte.api.Mention;
import org.riposte.api.Sentence;
import org.riposte.api.Token;

/**
 * Builds analyses by hand for unit tests: each sentence is given as words with their tags, named-entity labels and
 * dependency arcs, in the shape CoreNLP gives them.
 *
 * <pre>{@code
 * Analysis a = Fixture.article(LocalDate.of(2021, 10, 21))
 *     .sentence("Russian diplomats left", "JJ NNS VBD", "MISC O O", "amod 1 0", "nsubj 2 1", "root -1 2")
 *     .build();
 * }</pre>
 */
final class Fixture {

  private final LocalDate date;
  private final List<String[]> sentences = new ArrayList<>();
  private final List<List<Dependency>> deps = new ArrayList<>();
  private final List<Integer> paragraphs = new ArrayList<>();
  private int paragraph;

  private Fixture(LocalDate date) {
    this.date = date;
  }

  static Fixture article(LocalDate published) {
    return new Fixture(published);
  }

  /** Starts a new paragraph for the sentences that follow. */
  Fixture paragraph() {
    paragraph++;
    return this;
  }

  /**
   * Adds a sentence.
   *
   * @param words space-separated words
   * @param tags  space-separated Penn tags, one per word
   * @param ner   space-separated entity labels, one per word ({@code O} for none)
   * @param arcs  arcs as "relation governor dependent" (0-based, governor -1 for the root); none = unparsed
   */
  Fixture sentence(String words, String tags, String ner, String... arcs) {
    String[] w = words.split(" ");
    String[] t = tags.split(" ");
    String[] n = ner.split(" ");
    if (w.length != t.length || w.length != n.length) {
      throw new IllegalArgumentException("words, tags and labels differ in length: " + words);
    }
    List<Dependency> d = new ArrayList<>();
    for (String arc : arcs) {
      String[] p = arc.split(" ");
      d.add(new Dependency(Integer.parseInt(p[1]), Integer.parseInt(p[2]), p[0]));
    }
    sentences.add(new String[] {words, tags, ner});
    deps.add(d);
    paragraphs.add(paragraph);
    return this;
  }

  /** The mention the actor stage gives the token of the fixture's first sentence; fails when there is none. */
  Mention mentionAt(DictionaryActorStage stage, int token) throws Exception {
    for (Mention m : stage.process(build()).mentions()) if (m.sentence() == 0 && m.covers(token)) return m;
    throw new AssertionError("no mention at " + token);
  }

  /** The analysis as the NLP stage would have produced it. */
  Analysis build() {
    StringBuilder text = new StringBuilder();
    List<int[]> offsets = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (i > 0) text.append(paragraphs.get(i).equals(paragraphs.get(i - 1)) ? " " : "\n\n");
      int begin = text.length();
      text.append(sentences.get(i)[0]);
      offsets.add(new int[] {begin, text.length()});
    }
    Article article = new Article(Article.idOf(text.toString()), null, null, date, null, "en", text.toString());
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      String[] w = sentences.get(i)[0].split(" ");
      String[] t = sentences.get(i)[1].split(" ");
      String[] n = sentences.get(i)[2].split(" ");
      List<Token> tokens = new ArrayList<>();
      int pos = offsets.get(i)[0];
      for (int k = 0; k < w.length; k++) {
        tokens.add(new Token(k, w[k], w[k].toLowerCase(), t[k], n[k], pos, pos + w[k].length()));
        pos += w[k].length() + 1;
      }
      int b = offsets.get(i)[0];
      int e = offsets.get(i)[1];
      out.add(new Sentence(i, b, e, text.substring(b, e), paragraphs.get(i), tokens, deps.get(i), List.of()));
    }
    return Analysis.of(article).withSentences(out,
        EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER, Layer.DEPENDENCIES));
  }
}
