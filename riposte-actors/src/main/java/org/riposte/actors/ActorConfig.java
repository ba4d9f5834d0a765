package org.riposte.actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.riposte.api.ConfigException;

/**
 * Options of the actor stage.
 *
 * @param dictionaries extra dictionary files in the format of the built-in ones (see the package documentation);
 *                     their entries take precedence over built-in entries for the same phrase, earlier files over
 *                     later ones
 * @param builtIn      whether to load the built-in dictionaries as well (false only for tests and special
 *                     vocabularies)
 */
public record ActorConfig(List<Path> dictionaries, boolean builtIn) {

  /** The built-in dictionaries only. */
  public static final ActorConfig DEFAULT = new ActorConfig(List.of(), true);

  public ActorConfig {
    dictionaries = List.copyOf(Objects.requireNonNull(dictionaries, "dictionaries"));
  }

  /** The built-in dictionaries plus the given files. */
  public static ActorConfig withDictionaries(Path... files) {
    return new ActorConfig(List.of(files), true);
  }

  /**
   * Checks the configuration before anything is loaded.
   *
   * @throws ConfigException when a dictionary file does not exist or cannot be read, or when no dictionary at all
   *                         is configured
   */
  public void validate() throws ConfigException {
    if (!builtIn && dictionaries.isEmpty()) {
      throw new ConfigException("actor configuration names no dictionary: enable builtIn or list files");
    }
    for (Path p : dictionaries) {
      if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
        throw new ConfigException(p + ": actor dictionary file does not exist or cannot be read");
      }
    }
  }
}
