package org.riposte.coding;

import java.nio.file.Files;
import java.nio.file.Path;
import org.riposte.api.ConfigException;

/**
 * Options of the {@link DependencyEventCoder}.
 *
 * @param patternFile      a pattern file to use instead of the built-in {@code patterns.txt} (same format), or null
 * @param maxArgumentDepth how deep the search for an actor goes inside an argument ("eight members of Russia's mission"
 *                         needs 2); 1 to 8
 * @param contextTargets   whether patterns flagged {@code about} ("warned that…") may take their target from the
 *                         context: the nearest preceding actor subject of another party in the sentence or the
 *                         previous one
 */
public record CoderConfig(Path patternFile, int maxArgumentDepth, boolean contextTargets) {

  /** The built-in patterns, argument search depth 3, context targets on. */
  public static final CoderConfig DEFAULT = new CoderConfig(null, 3, true);

  /** Checks the values; called by the coder when it starts. */
  public CoderConfig validated() throws ConfigException {
    if (maxArgumentDepth < 1 || maxArgumentDepth > 8) {
      throw new ConfigException("maxArgumentDepth must be 1 to 8, was " + maxArgumentDepth);
    }
    if (patternFile != null && !Files.isReadable(patternFile)) {
      throw new ConfigException("pattern file " + patternFile + " is not readable");
    }
    return this;
  }
}
