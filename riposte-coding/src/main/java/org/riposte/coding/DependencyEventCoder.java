package org.riposte.coding;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.riposte.actors.DictionaryActorStage;
import org.riposte.api.Analysis;
import org.riposte.api.CodingStage;
import org.riposte.api.ConfigException;
import org.riposte.api.Event;
import org.riposte.api.Layer;
import org.riposte.api.ProcessingException;
import org.riposte.api.Sentence;

/**
 * Codes who-did-what-to-whom events from dependency parses and actor mentions: CAMEO code with PLOVER type, Goldstein
 * value and QuadClass, source and target actors, date, status, location and the sentence as evidence.
 *
 * <p>Thread safe: the ontology, lexicon and patterns are loaded once, when the coder is created, and never change;
 * each call of {@link #process} keeps its working state to itself. Share one instance ({@link #defaultCoder()}).
 *
 * <p>Design decision: patterns are a text resource ({@code patterns.txt}) rather than code, so that a linguist can
 * add a verb or a noun with an example and see it refused at start-up, with its line number, when it names an
 * unknown code or class.
 */
public final class DependencyEventCoder implements CodingStage {

  private static final class Shared {
    static final DependencyEventCoder INSTANCE = createDefault();

    private static DependencyEventCoder createDefault() {
      try {
        return new DependencyEventCoder(CoderConfig.DEFAULT);
      } catch (ConfigException e) {
        throw new IllegalStateException("the coder's built-in resources are broken: " + e.getMessage(), e);
      }
    }
  }

  private final CoderConfig config;
  private final CameoOntology ontology;
  private final Lexicon lexicon;
  private final PatternBook patterns;
  private final PatternMatcher matcher;
  private final PlaceCountries places;
  private final org.riposte.actors.ActorDictionary roles;

  /**
   * A coder with its own configuration.
   *
   * @throws ConfigException when the configuration is invalid or a pattern names an unknown code or word class
   */
  public DependencyEventCoder(CoderConfig config) throws ConfigException {
    this(config, DictionaryActorStage.defaultStage().dictionary());
  }

  /**
   * A coder with its own configuration that places locations and re-dates people's roles with {@code actors} (the
   * dictionary the actor stage of the same pipeline uses, e.g. with a user's {@code --actors} files).
   *
   * @throws ConfigException when the configuration is invalid or a pattern names an unknown code or word class
   */
  public DependencyEventCoder(CoderConfig config, org.riposte.actors.ActorDictionary actors) throws ConfigException {
    this.config = config.validated();
    this.ontology = CameoOntology.builtIn();
    this.lexicon = Lexicon.builtIn();
    if (config.patternFile() == null) {
      this.patterns = PatternBook.builtIn(lexicon, ontology);
    } else {
      try (Reader r = Files.newBufferedReader(config.patternFile(), StandardCharsets.UTF_8)) {
        this.patterns = PatternBook.read(r, config.patternFile().toString(), lexicon, ontology);
      } catch (IOException e) {
        throw new ConfigException("cannot read pattern file " + config.patternFile() + ": " + e.getMessage(), e);
      }
    }
    this.matcher = new PatternMatcher(patterns, lexicon);
    this.places = new PlaceCountries(actors);
    this.roles = actors;
  }

  /** The JVM's coder with {@link CoderConfig#DEFAULT}, created on first use. */
  public static DependencyEventCoder defaultCoder() { return Shared.INSTANCE; }

  public CoderConfig config() { return config; }

  public CameoOntology ontology() { return ontology; }

  public PatternBook patterns() { return patterns; }

  @Override
  public String name() { return "coder"; }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.DEPENDENCIES, Layer.TIMEX, Layer.MENTIONS);
  }

  @Override
  public Set<Layer> produces() { return EnumSet.of(Layer.EVENTS); }

  /**
   * Adds the events of every sentence, in sentence and predicate order.
   *
   * @throws ProcessingException naming the document and sentence when the coder fails on it
   */
  @Override
  public Analysis process(Analysis in) throws ProcessingException {
    String docId = in.article().id();
    SentenceCoder coder = new SentenceCoder(docId, matcher, ontology, lexicon,
        new DateResolver(in.article().published()), config, places);
    List<Event> events = new ArrayList<>();
    List<Party> previousSubjects = List.of();
    for (Sentence s : in.sentences()) {
      try {
        SentenceCoder.Result r = coder.code(s, in.mentionsIn(s.index()), previousSubjects);
        events.addAll(r.events());
        previousSubjects = r.subjects();
      } catch (RuntimeException e) {
        throw new ProcessingException("coder failed on article " + docId + ", sentence " + s.index() + ": " + e, e);
      }
    }
    // People are coded at the article's date by the actor stage; an event dated otherwise takes their role then.
    return in.withEvents(roles.atEventDates(events));
  }
}
