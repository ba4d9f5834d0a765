package org.riposte.cli;

import java.util.List;
import org.riposte.actors.DictionaryActorStage;
import org.riposte.api.ConfigException;
import org.riposte.api.Pipeline;
import org.riposte.coding.DependencyEventCoder;
import org.riposte.coding.QuoteStage;
import org.riposte.nlp.CoreNlpStage;
import org.riposte.nlp.NlpConfig;

/**
 * The pipeline every coding command runs: CoreNLP, then the actor dictionary, then the event coder, then quotes and
 * statements.
 */
final class StandardPipeline {
  private StandardPipeline() {}

  /** Builds (and checks) the pipeline; loads the models on first call in a JVM. */
  static Pipeline create() throws ConfigException {
    return Pipeline.of(List.of(CoreNlpStage.shared(NlpConfig.DEFAULT), DictionaryActorStage.defaultStage(),
        DependencyEventCoder.defaultCoder(), QuoteStage.defaultStage()));
  }
}
