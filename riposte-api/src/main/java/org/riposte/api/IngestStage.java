package org.riposte.api;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns files and folders into articles. Reading never stops at a bad input: each input that gives no article is
 * reported as a {@link SourceRecord#problem} naming the file (and line) and the reason, and reading goes on.
 */
public interface IngestStage {

  /**
   * Reads every input (folders recursively, in a stable order) and hands each record to {@code sink}, in order.
   *
   * @throws IngestException only when an input does not exist at all (checked for every input before any record is
   *                         sent); a folder that cannot be listed is a problem record like any bad file
   */
  void read(List<Path> inputs, Consumer<SourceRecord> sink) throws IngestException;
}
