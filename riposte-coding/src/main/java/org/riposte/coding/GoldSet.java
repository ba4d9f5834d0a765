package org.riposte.coding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.riposte.api.IngestException;

/**
 * The sentences of one gold file, with the records that could not be read (each problem names the file and the
 * record; the other records are still evaluated).
 *
 * @param format    what kind of gold file it is
 * @param file      where it was read from
 * @param sentences the usable records, in file order
 * @param problems  one message per record that was skipped
 */
public record GoldSet(GoldFormat format, Path file, List<GoldSentence> sentences, List<String> problems) {

  public GoldSet {
    sentences = List.copyOf(sentences);
    problems = List.copyOf(problems);
  }

  /** The first {@code n} sentences (all when {@code n} is not positive or not smaller). */
  public GoldSet limit(int n) {
    if (n <= 0 || n >= sentences.size()) return this;
    return new GoldSet(format, file, sentences.subList(0, n), problems);
  }

  /**
   * Every {@code k}-th sentence, starting with the first (all when {@code k} is 1 or less): an evenly spread sample
   * of a file whose records are grouped by label.
   */
  public GoldSet every(int k) {
    if (k <= 1) return this;
    List<GoldSentence> out = new java.util.ArrayList<>();
    for (int i = 0; i < sentences.size(); i += k) out.add(sentences.get(i));
    return new GoldSet(format, file, out, problems);
  }

  /**
   * Reads a gold file of the given format.
   *
   * @throws IngestException naming the file when it cannot be read at all or holds no usable record
   */
  public static GoldSet read(GoldFormat format, Path file) throws IngestException {
    GoldSet set;
    try {
      set = switch (format) {
        case PLOVER -> PloverGoldReader.read(file);
        case CODEBOOK -> CodebookGoldReader.read(file);
        case FIVECLASS -> FiveClassGoldReader.read(file);
        case SPANS -> SpanGoldReader.read(file);
      };
    } catch (IOException e) {
      throw new IngestException(file + ": cannot read " + format.label() + " gold: " + e.getMessage(), e);
    }
    if (set.sentences().isEmpty()) {
      String why = set.problems().isEmpty() ? "it is empty" : set.problems().get(0);
      throw new IngestException(file + ": no usable " + format.label() + " gold record (" + why + ")");
    }
    return set;
  }
}
