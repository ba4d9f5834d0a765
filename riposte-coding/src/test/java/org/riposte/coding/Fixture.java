package org.riposte.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Dependency;
import org.riposte.api.Event;
import org.riposte.api.Layer;
import org.riposte.api.Mention;
import org.riposte.api.Sentence;
import org.riposte.api.Timex;
import org.riposte.api.Token;

/**
 * Builds hand-made analyses for unit tests, without CoreNLP or the actor stage.
 *
 * <pre>
 * Fixture.published("2021-10-20")
 *     .sentence("Poland/NNP expelled/VBD/expel three/CD Russian/JJ diplomats/NNS/diplomat ./.")
 *     .deps("nsubj(expelled, Poland) obj(expelled, diplomats) amod(diplomats, Russian) nummod(diplomats, three)")
 *     .actor("Poland", "POL").actor("Russian diplomats", "RUSDIP")
 *     .events();
 * </pre>
 * Tokens are {@code word/POS[/lemma]} (the lemma defaults to the word, lower-cased unless it is a proper noun).
 * Dependencies name tokens by word, or {@code word-N} (N the 0-based index) when a word repeats. Actor codes of three
 * letters are states (role codes such as {@code MIL} are generic groups), {@code IGO…}/{@code NGO…} organisations,
 * six letters a country with a role.
 */
final class Fixture {

  /** Role codes that alone name no party ("troops" {@code MIL}). */
  private static final Set<String> ROLES = Set.of("GOV", "MIL", "DIP", "REB", "OPP", "MED", "COP", "SPY", "CVL");

  private record Draft(List<Token> tokens, List<Dependency> deps, List<Timex> timexes, List<Mention> mentions) {}

  private final LocalDate published;
  private final List<Draft> sentences = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private Fixture(LocalDate published) { this.published = published; }

  /** An article published on a date ({@code yyyy-mm-dd}), or null for none. */
  static Fixture published(String date) { return new Fixture(date == null ? null : LocalDate.parse(date)); }

  /** Starts a sentence of {@code word/POS[/lemma]} tokens separated by spaces. */
  Fixture sentence(String spec) {
    if (text.length() > 0) text.append(' ');
    List<Token> tokens = new ArrayList<>();
    for (String t : spec.trim().split("\\s+")) {
      String[] f = t.split("/");
      if (f.length < 2) throw new IllegalArgumentException("token needs word/POS: " + t);
      String lemma = f.length > 2 ? f[2] : f[1].startsWith("NNP") ? f[0] : f[0].toLowerCase(Locale.ROOT);
      if (tokens.size() > 0) text.append(' ');
      int begin = text.length();
      text.append(f[0]);
      tokens.add(new Token(tokens.size(), f[0], lemma, f[1], "O", begin, text.length()));
    }
    sentences.add(new Draft(tokens, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    return this;
  }

  /** Adds arcs written {@code rel(governor, dependent)}; the root is added for the first governor. */
  Fixture deps(String spec) {
    Draft s = current();
    for (String arc : spec.trim().split("\\)\\s*")) {
      int open = arc.indexOf('(');
      String rel = arc.substring(0, open).trim();
      String[] args = arc.substring(open + 1).split(",");
      int gov = index(s, args[0].trim());
      int dep = index(s, args[1].trim());
      if (s.deps().isEmpty()) s.deps().add(new Dependency(-1, gov, "root"));
      s.deps().add(new Dependency(gov, dep, rel));
    }
    return this;
  }

  /** A mention of a (non-place) actor over consecutive words; its head is the last word. */
  Fixture actor(String words, String code) { return mention(words, actorFor(code, words, null), false); }

  /** A mention of a named person holding a coded role. */
  Fixture person(String words, String code) { return mention(words, actorFor(code, words, ActorKind.PERSON), false); }

  /** A mention that can be read as a place ("Kyiv", "Moscow"). */
  Fixture place(String words, String code) { return mention(words, actorFor(code, words, ActorKind.STATE), true); }

  /** A DATE time expression over consecutive words with its TIMEX3 value. */
  Fixture timex(String words, String value) { return timex(words, "DATE", value); }

  /** A time expression of a TIMEX3 type ({@code DURATION} for SUTime's "that year") over consecutive words. */
  Fixture timex(String words, String type, String value) {
    Draft s = current();
    int[] span = span(s, words);
    s.timexes().add(new Timex(span[0], span[1], words, type, value));
    for (int i = span[0]; i < span[1]; i++) {
      Token t = s.tokens().get(i);
      s.tokens().set(i, new Token(t.index(), t.word(), t.lemma(), t.pos(), "DATE", t.begin(), t.end()));
    }
    return this;
  }

  /** Sets the NER tag of a word. */
  Fixture ner(String word, String tag) {
    Draft s = current();
    int i = index(s, word);
    Token t = s.tokens().get(i);
    s.tokens().set(i, new Token(t.index(), t.word(), t.lemma(), t.pos(), tag, t.begin(), t.end()));
    return this;
  }

  /** The analysis as the NLP and actor stages would give it. */
  Analysis analysis() {
    Article article = Article.of(null, null, published, null, text.toString());
    List<Sentence> out = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (Draft d : sentences) {
      int index = out.size();
      int begin = d.tokens().get(0).begin();
      int end = d.tokens().get(d.tokens().size() - 1).end();
      out.add(new Sentence(index, begin, end, article.text().substring(begin, end), 0, d.tokens(), d.deps(),
          d.timexes()));
      for (Mention m : d.mentions()) {
        mentions.add(new Mention(index, m.beginToken(), m.endToken(), m.headToken(), m.text(), m.actor(), m.place()));
      }
    }
    Analysis a = Analysis.of(article).withSentences(out, EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER, Layer.TIMEX,
        Layer.DEPENDENCIES));
    return a.withMentions(mentions);
  }

  /** The events the default coder finds. */
  List<Event> events() throws Exception {
    return DependencyEventCoder.defaultCoder().process(analysis()).events();
  }

  private Fixture mention(String words, Actor actor, boolean place) {
    Draft s = current();
    int[] span = span(s, words);
    s.mentions().add(new Mention(-1, span[0], span[1], span[1] - 1, words, actor, place));
    return this;
  }

  private static Actor actorFor(String code, String name, ActorKind kind) {
    if (ROLES.contains(code)) return new Actor(code, name, null, code, kind == null ? ActorKind.GROUP : kind);
    if (code.startsWith("IGO") || code.startsWith("NGO")) {
      return new Actor(code, name, null, null, kind == null ? ActorKind.ORGANISATION : kind);
    }
    if (code.length() == 3) return new Actor(code, name, code, null, kind == null ? ActorKind.STATE : kind);
    return new Actor(code, name, code.substring(0, 3), code.substring(3), kind == null ? ActorKind.GROUP : kind);
  }

  private Draft current() {
    if (sentences.isEmpty()) throw new IllegalStateException("call sentence(…) first");
    return sentences.get(sentences.size() - 1);
  }

  private static int index(Draft s, String ref) {
    int dash = ref.lastIndexOf('-');
    if (dash > 0 && ref.substring(dash + 1).matches("\\d+")) {
      int i = Integer.parseInt(ref.substring(dash + 1));
      if (!s.tokens().get(i).word().equals(ref.substring(0, dash))) {
        throw new IllegalArgumentException("token " + i + " is not " + ref);
      }
      return i;
    }
    for (Token t : s.tokens()) if (t.word().equals(ref)) return t.index();
    throw new IllegalArgumentException("no token '" + ref + "'");
  }

  private static int[] span(Draft s, String words) {
    String[] w = words.split(" ");
    for (int i = 0; i + w.length <= s.tokens().size(); i++) {
      boolean ok = true;
      for (int j = 0; j < w.length && ok; j++) ok = s.tokens().get(i + j).word().equals(w[j]);
      if (ok) return new int[] {i, i + w.length};
    }
    throw new IllegalArgumentException("no words '" + words + "'");
  }
}
