package org.riposte.cli;

import java.util.List;
import org.riposte.actors.ActorConfig;
import org.riposte.actors.DictionaryActorStage;
import org.riposte.api.ConfigException;
import org.riposte.api.NlpStage;
import org.riposte.api.Pipeline;
import org.riposte.coding.CoderConfig;
import org.riposte.coding.DependencyEventCoder;
import org.riposte.coding.QuoteStage;
import org.riposte.nlp.CoreNlpStage;
import org.riposte.nlp.NlpConfig;

/**
 * The pipeline every coding command runs: CoreNLP, then the actor dictionary, then the event coder, then quotes and
 * statements. Public so that other front ends (the Spark job in riposte-spark) run exactly the same stages.
 */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** Builds (and checks) the pipeline; loads the models on first call in a JVM. */
  public static Pipeline create() throws ConfigException {
    return create(ActorConfig.DEFAULT);
  }

  /**
   * The pipeline with the actor dictionaries a configuration names (the built-in ones plus the user's files of
   * {@code --actors}).
   *
   * @throws ConfigException when an actor dictionary is missing or malformed (the message names the file and line)
   */
  public static Pipeline create(ActorConfig actors) throws ConfigException {
    return create(actors, CoreNlpStage.shared(NlpConfig.DEFAULT));
  }

  /** The same stages after another NLP stage (one that gives what CoreNLP gives, e.g. a cache in front of it). */
  static Pipeline create(ActorConfig actors, NlpStage nlp) throws ConfigException {
    if (actors.equals(ActorConfig.DEFAULT)) {
      return Pipeline.of(List.of(nlp, DictionaryActorStage.defaultStage(),
          DependencyEventCoder.defaultCoder(), QuoteStage.defaultStage()));
    }
    // the user's dictionaries serve the coder too: places, and people's roles at the events' dates
    DictionaryActorStage actorStage = DictionaryActorStage.create(actors);
    return Pipeline.of(List.of(nlp, actorStage,
        new DependencyEventCoder(CoderConfig.DEFAULT, actorStage.dictionary()), QuoteStage.defaultStage()));
  }
}
