package org.riposte.cli;

import java.util.List;
import org.riposte.actors.DictionaryActorStage;
import org.riposte.api.ConfigException;
import org.riposte.api.Pipeline;
import org.riposte.coding.DependencyEventCoder;
import org.riposte.nlp.CoreNlpStage;
import org.riposte.nlp.NlpConfig;

/**
 * The pipeline every coding command runs: CoreNLP, then the actor dictionary, then the event coder. Public so that
 * other front ends (the Spark job in riposte-spark) run exactly the same stages.
 */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** Builds (and checks) the pipeline; loads the models on first call in a JVM. */
  public static Pipeline create() throws ConfigException {
    return Pipeline.of(List.of(CoreNlpStage.shared(NlpConfig.DEFAULT), DictionaryActorStage.defaultStage(),
        DependencyEventCoder.defaultCoder()));
  }
}
