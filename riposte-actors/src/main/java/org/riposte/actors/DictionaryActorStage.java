package org.riposte.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riposte.api.ActorStage;
import org.riposte.api.Analysis;
import org.riposte.api.ConfigException;
import org.riposte.api.Layer;
import org.riposte.api.Mention;
import org.riposte.api.ProcessingException;
import org.riposte.api.Sentence;

/**
 * The dictionary-based {@link ActorStage}: finds countries, organisations, agents and people in the tokens of each
 * sentence and codes every mention as it was on the article's publication date (the latest role when the date is
 * unknown).
 *
 * <p>Thread safe: the dictionaries are loaded once, when the stage is created, and never change; all per-article
 * state lives in a context made for each call to {@link #process}. Use {@link #defaultStage()} for the built-in
 * dictionaries (loaded once per JVM) or {@link #create(ActorConfig)} for extra user dictionaries.
 *
 * <p>Mentions of one sentence never overlap and come in token order. Each mention's
 * {@link Mention#headToken() head} is the token by which the parser attaches the phrase to the rest of the sentence,
 * so a coder that has found a subject or object token can look up the mention covering it.
 */
public final class DictionaryActorStage implements ActorStage {

  private static volatile DictionaryActorStage defaultStage;

  private final ActorDictionary dictionary;
  private final SentenceScanner scanner;
  private final PhraseComposer composer;

  private DictionaryActorStage(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    this.scanner = new SentenceScanner(dictionary.index());
    this.composer = new PhraseComposer(dictionary::countryName);
  }

  /**
   * The stage with the built-in dictionaries, loaded on first use and shared by the whole JVM.
   *
   * @throws ConfigException when a built-in dictionary is missing or malformed (a packaging error)
   */
  public static DictionaryActorStage defaultStage() throws ConfigException {
    DictionaryActorStage s = defaultStage;
    if (s == null) {
      synchronized (DictionaryActorStage.class) {
        s = defaultStage;
        if (s == null) {
          s = new DictionaryActorStage(ActorDictionary.load(ActorConfig.DEFAULT));
          defaultStage = s;
        }
      }
    }
    return s;
  }

  /**
   * A stage with the dictionaries a configuration names (each call loads them anew: keep the stage).
   *
   * @throws ConfigException when a dictionary is missing or malformed; the message names the file and line
   */
  public static DictionaryActorStage create(ActorConfig config) throws ConfigException {
    return new DictionaryActorStage(ActorDictionary.load(config));
  }

  /** A stage over an already loaded dictionary. */
  public static DictionaryActorStage of(ActorDictionary dictionary) {
    return new DictionaryActorStage(dictionary);
  }

  /** The dictionaries this stage matches with. */
  public ActorDictionary dictionary() { return dictionary; }

  @Override
  public String name() { return "actors"; }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER, Layer.DEPENDENCIES);
  }

  @Override
  public Set<Layer> produces() { return EnumSet.of(Layer.MENTIONS); }

  /**
   * Adds the {@link Layer#MENTIONS} layer.
   *
   * @throws ProcessingException when the analysis lacks tokens (the NLP stage did not run)
   */
  @Override
  public Analysis process(Analysis in) throws ProcessingException {
    if (!in.has(Layer.TOKENS)) {
      throw new ProcessingException("article " + in.article().id() + ": the actor stage needs tokens; run the NLP"
          + " stage first");
    }
    return in.withMentions(mentions(in));
  }

  /**
   * Whether a name is used as a place: after a preposition, past determiners and adjectives ("in eastern Ukraine",
   * "the city of Donetsk", "of the Donbas"), not as an actor ("Russia sent …").
   */
  private static boolean afterPreposition(Sentence s, int begin) {
    int k = begin - 1;
    while (k >= 0 && (s.token(k).pos().equals("DT") || s.token(k).pos().startsWith("JJ"))) k--;
    return k >= 0 && (s.token(k).pos().equals("IN") || s.token(k).pos().equals("TO"));
  }

  /** The mentions of an analysis's sentences, in sentence and token order. */
  public List<Mention> mentions(Analysis in) {
    ArticleContext ctx = new ArticleContext(in.article().published());
    // First pass: who is named where, for conditions ("Brussels", "the alliance") and for surnames.
    List<Map.Entry<Sentence, Atom>> placeAtoms = new ArrayList<>();
    for (Sentence s : in.sentences()) {
      for (Atom a : scanner.scan(s, p -> false)) {
        if (a.kind() == Atom.Kind.PERSON && a.known() && a.end() - a.begin() > 1) ctx.seen(a.entries().get(0));
        if (a.kind() == Atom.Kind.MODIFIER && !a.sponsor() && afterPreposition(s, a.begin())) {
          placeAtoms.add(Map.entry(s, a));
        }
        if (a.kind() == Atom.Kind.MODIFIER || (a.kind() == Atom.Kind.PERSON && a.known())) {
          for (Entry e : a.entries()) {
            if (e.options().condition() != null) continue;
            String code = e.type() == EntryType.PERSON ? e.personAt(ctx.date()).code() : e.code();
            ctx.sighted(code, s.index(), s.paragraph());
            break;
          }
        }
      }
    }
    // Places where groups are ("militias in Tripoli"), read once the conditions are known: a name of two places
    // is the one its context names ("Tripoli" is Lebanon's port when Lebanon is named nearby), as mentions read it.
    for (Map.Entry<Sentence, Atom> pa : placeAtoms) {
      Entry e = PhraseComposer.choose(pa.getValue(), pa.getKey(), ctx);
      boolean place = e != null && (e.type() == EntryType.COUNTRY || e.type() == EntryType.CAPITAL
          || e.type() == EntryType.CITY);
      if (place && e.country() != null) {
        ctx.placeSighted(e.country(), pa.getKey().index(), pa.getKey().paragraph(), pa.getValue().begin());
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Sentence s : in.sentences()) {
      out.addAll(composer.compose(s, scanner.scan(s, ctx::wasSeen), ctx));
    }
    // Acronyms defined in parentheses after a coded name ("the Serbian Workers' Union (SSS)") name it everywhere.
    out = new ArrayList<>(Acronyms.resolve(in.sentences(), out));
    // Third pass: pronouns ("he added", "its mission") get the actor they refer to.
    out.addAll(Coreference.of(in.withMentions(out)).pronounMentions());
    out.sort(java.util.Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::beginToken));
    return out;
  }
}
