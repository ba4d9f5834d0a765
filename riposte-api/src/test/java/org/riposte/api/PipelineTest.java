package org.riposte.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {

  record FakeStage(String name, Set<Layer> requires, Set<Layer> produces) implements Stage {
    @Override
    public Analysis process(Analysis in) {
      return in.withSentences(in.sentences(), produces);
    }
  }

  private static final Stage NLP = new FakeStage("nlp", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.TOKENS,
      Layer.DEPENDENCIES));
  private static final Stage ACTORS = new FakeStage("actors", EnumSet.of(Layer.TOKENS), EnumSet.of(Layer.MENTIONS));
  private static final Stage CODER = new FakeStage("coder", EnumSet.of(Layer.DEPENDENCIES, Layer.MENTIONS),
      EnumSet.of(Layer.EVENTS));

  @Test
  void aWellOrderedPipelineRunsEveryStage() throws RiposteException {
    Pipeline p = Pipeline.of(List.of(NLP, ACTORS, CODER));
    Analysis a = p.run(Article.of(null, null, null, null, "Text."));
    assertTrue(a.layers().containsAll(EnumSet.of(Layer.TEXT, Layer.TOKENS, Layer.MENTIONS, Layer.EVENTS)));
  }

  @Test
  void aMissingRequirementIsRefusedWhenThePipelineIsBuilt() {
    ConfigException e = assertThrows(ConfigException.class, () -> Pipeline.of(List.of(NLP, CODER, ACTORS)));
    assertTrue(e.getMessage().contains("'coder' requires MENTIONS"), e.getMessage());
  }

  @Test
  void aRuntimeFailureInAStageBecomesAProcessingExceptionNamingTheStage() throws ConfigException {
    Stage broken = new Stage() {
      public String name() { return "broken"; }
      public Set<Layer> requires() { return Set.of(); }
      public Set<Layer> produces() { return Set.of(); }
      public Analysis process(Analysis in) { throw new IllegalStateException("boom"); }
    };
    Pipeline p = Pipeline.of(List.of(broken));
    ProcessingException e = assertThrows(ProcessingException.class,
        () -> p.run(Article.of(null, null, null, null, "x")));
    assertTrue(e.getMessage().contains("'broken'") && e.getMessage().contains("boom"), e.getMessage());
    assertEquals(IllegalStateException.class, e.getCause().getClass());
  }
}
