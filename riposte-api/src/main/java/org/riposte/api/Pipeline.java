package org.riposte.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Stages in order, checked when built: every stage's requirements must be produced by an earlier stage (or be
 * {@link Layer#TEXT}). Thread safe when its stages are.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) { this.stages = List.copyOf(stages); }

  /**
   * Builds a pipeline.
   *
   * @throws ConfigException naming the first stage whose requirement no earlier stage produces
   */
  public static Pipeline of(List<? extends Stage> stages) throws ConfigException {
    Set<Layer> available = EnumSet.of(Layer.TEXT);
    for (Stage s : stages) {
      for (Layer need : s.requires()) {
        if (!available.contains(need)) {
          throw new ConfigException("stage '" + s.name() + "' requires " + need
              + ", which no earlier stage produces (have " + available + ")");
        }
      }
      available.addAll(s.produces());
    }
    return new Pipeline(List.copyOf(stages));
  }

  public List<Stage> stages() { return stages; }

  /** Runs every stage on one article. */
  public Analysis run(Article article) throws RiposteException {
    Analysis a = Analysis.of(article);
    for (Stage s : stages) {
      try {
        a = s.process(a);
      } catch (RiposteException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new ProcessingException("stage '" + s.name() + "' failed: " + e, e);
      }
    }
    return a;
  }
}
