package org.riposte.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Visits the files under a folder, depth first, in a stable order: the entries of each folder sorted by name
 * (comparing the names' characters, so the order does not depend on the file system or the locale), files and
 * sub-folders interleaved. Hidden entries (names starting with {@code .}) are skipped, with everything under them.
 * Symbolic links are followed; a folder reached a second time (a link loop) is reported instead of walked again.
 * Not thread safe: one walker per walk.
 */
final class InputWalker {

  private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

  private final Consumer<Path> onFile;
  private final BiConsumer<Path, String> onProblem;
  private final Set<Path> seen = new HashSet<>();

  /**
   * @param onFile    receives each regular file, in order
   * @param onProblem receives a folder that cannot be listed, or an entry that is neither file nor folder, with the
   *                  reason
   */
  InputWalker(Consumer<Path> onFile, BiConsumer<Path, String> onProblem) {
    this.onFile = onFile;
    this.onProblem = onProblem;
  }

  /** Visits {@code folder} and everything under it. {@code folder} itself is walked even when hidden. */
  void walk(Path folder) {
    try {
      if (!seen.add(folder.toRealPath())) {
        onProblem.accept(folder, "folder already visited (symbolic link loop)");
        return;
      }
    } catch (IOException e) {
      onProblem.accept(folder, "unreadable folder: " + IoErrors.describe(e));
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path p : stream) {
        if (!p.getFileName().toString().startsWith(".")) entries.add(p);
      }
    } catch (IOException e) {
      onProblem.accept(folder, "unreadable folder: " + IoErrors.describe(e));
      return;
    }
    entries.sort(BY_NAME);
    for (Path p : entries) {
      if (Files.isDirectory(p)) {
        walk(p);
      } else if (Files.isRegularFile(p)) {
        onFile.accept(p);
      } else if (Files.isSymbolicLink(p)) {
        onProblem.accept(p, "broken symbolic link");
      } else {
        onProblem.accept(p, "not a regular file");
      }
    }
  }
}
