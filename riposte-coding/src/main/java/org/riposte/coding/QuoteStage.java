package org.riposte.coding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.riposte.api.Analysis;
import org.riposte.api.ConfigException;
import org.riposte.api.Event;
import org.riposte.api.Layer;
import org.riposte.api.ProcessingException;
import org.riposte.api.Quote;
import org.riposte.api.Stage;
import org.riposte.api.Sentence;

/**
 * Finds an article's direct quotations with their speakers ({@link SpeakerResolver} says how), speech verbs, offsets
 * and dates, and codes speech acts as statement events ({@link StatementCoder}). Runs after the event coder, whose
 * events it needs to avoid coding a speech act twice; adds {@link Layer#QUOTES} and appends its statements to
 * {@link Layer#EVENTS}.
 *
 * <p>A quote's {@code start}/{@code end} are the offsets of the quoted words in the article text, without the marks
 * (and without a trailing comma); its date is that of the clause of the attributing verb, as the coder dates events:
 * a time expression there, else the publication day for a report of the day, unknown for background.
 *
 * <p>Thread safe: the lexicons are loaded once, when the stage is created; each call keeps its state to itself.
 */
public final class QuoteStage implements Stage {

  private static final class Shared {
    static final QuoteStage INSTANCE = createDefault();

    private static QuoteStage createDefault() {
      try {
        return new QuoteStage(QuoteConfig.DEFAULT);
      } catch (ConfigException e) {
        throw new IllegalStateException("the quote stage's built-in resources are broken: " + e.getMessage(), e);
      }
    }
  }

  private final QuoteConfig config;
  private final SpeechLexicon speech;
  private final Lexicon lexicon;
  private final StatementCoder statements;

  /**
   * A stage with its own configuration.
   *
   * @throws ConfigException when the configuration is invalid or a built-in resource is broken
   */
  public QuoteStage(QuoteConfig config) throws ConfigException {
    this.config = config.validated();
    CameoOntology ontology = CameoOntology.builtIn();
    this.speech = SpeechLexicon.builtIn(ontology);
    this.lexicon = Lexicon.builtIn();
    this.statements = new StatementCoder(speech, ontology, lexicon);
  }

  /** The JVM's stage with {@link QuoteConfig#DEFAULT}, created on first use. */
  public static QuoteStage defaultStage() { return Shared.INSTANCE; }

  public QuoteConfig config() { return config; }

  @Override
  public String name() { return "quotes"; }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.DEPENDENCIES, Layer.TIMEX, Layer.MENTIONS, Layer.EVENTS);
  }

  @Override
  public Set<Layer> produces() { return EnumSet.of(Layer.QUOTES, Layer.EVENTS); }

  /**
   * Adds the quotations, in text order, and the statement events after the coder's.
   *
   * @throws ProcessingException naming the document when the stage fails on it
   */
  @Override
  public Analysis process(Analysis in) throws ProcessingException {
    String docId = in.article().id();
    try {
      List<ParseGraph> graphs = new ArrayList<>();
      for (Sentence s : in.sentences()) graphs.add(new ParseGraph(s));
      DateResolver dates = new DateResolver(in.article().published());
      SentenceDates clauseDates = new SentenceDates(graphs, dates);
      SpeakerResolver resolver = new SpeakerResolver(in, graphs, speech, lexicon, clauseDates, config.lookAhead());
      List<Quote> quotes = new ArrayList<>();
      String text = in.article().text();
      for (SpeakerResolver.Attributed q : resolver.run()) {
        int start = q.span().start();
        int end = q.span().end();
        String verb = q.verb() < 0 ? null : graphs.get(q.sentence()).token(q.verb()).word();
        quotes.add(new Quote(EventIds.ofQuote(docId, start, end), docId, text.substring(start, end), q.speaker(),
            verb, start, end, q.date()));
      }
      Analysis out = in.withQuotes(quotes);
      if (!config.statements()) return out;
      List<Event> events = new ArrayList<>(in.events());
      events.addAll(statements.code(in, graphs, resolver.statements(), dates));
      return out.withEvents(events);
    } catch (RuntimeException e) {
      throw new ProcessingException("quote stage failed on article " + docId + ": " + e, e);
    }
  }
}
