package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Pipeline;
import org.riposte.coding.EvalReport;
import org.riposte.coding.EvalScore;
import org.riposte.coding.GoldFormat;
import org.riposte.coding.GoldSet;

/**
 * CI's pass mark for the coder: {@code riposte eval} on the development gold sets of ../shared/reference (read at run
 * time) must score at least the marks below. A mark is the target where the coder reaches it, else the figure
 * last measured minus 0.01 (the gap is stated in EVALUATION.md). Raise a mark when the coder improves; never lower
 * one to let a change through.
 */
class EvalIT {

  static Pipeline pipeline;

  @BeforeAll
  static void loadPipeline() throws Exception {
    pipeline = StandardPipeline.create();
  }

  private static EvalReport eval(GoldFormat format) throws Exception {
    Path reference = Path.of(System.getProperty("riposte.shared", "../shared"), "reference");
    Path file = reference.resolve(format.defaultPath());
    assertTrue(Files.isRegularFile(file), "gold file not found: " + file.toAbsolutePath());
    GoldSet set = GoldSet.read(format, file);
    EvalReport r = EvalCommand.evaluate(set, pipeline, Runtime.getRuntime().availableProcessors(), 0, System.err);
    EvalCommand.printTable(r, file, System.out);
    return r;
  }

  /** Fails with every measure below its mark, not just the first. */
  private static void assertMarks(EvalReport r, Map<String, Double> marks) {
    List<String> below = new ArrayList<>();
    marks.forEach((measure, mark) -> {
      double got;
      if (measure.startsWith("recall of ")) {
        got = r.perClass().getOrDefault(measure.substring("recall of ".length()), 0.0);
      } else {
        EvalScore s = r.score(measure);
        got = s == null ? 0 : s.accuracy();
      }
      if (got < mark) below.add(String.format(Locale.ROOT, "%s %.3f < %.3f", measure, got, mark));
    });
    assertTrue(below.isEmpty(), r.format().label() + " gold below the pass mark: " + below);
  }

  @Test
  void ploverGold() throws Exception {
    assertMarks(eval(GoldFormat.PLOVER), Map.of("plover", PassMarks.PLOVER_TYPE, "triple", PassMarks.PLOVER_TRIPLE,
        "source country", PassMarks.PLOVER_SOURCE_COUNTRY, "target country", PassMarks.PLOVER_TARGET_COUNTRY,
        "source country+sector", PassMarks.PLOVER_SOURCE_SECTOR,
        "target country+sector", PassMarks.PLOVER_TARGET_SECTOR));
  }

  @Test
  void codebookExamples() throws Exception {
    assertMarks(eval(GoldFormat.CODEBOOK), Map.of("root", PassMarks.CODEBOOK_ROOT, "code3", PassMarks.CODEBOOK_CODE3));
  }

  @Test
  void fiveClassSentences() throws Exception {
    EvalReport r = eval(GoldFormat.FIVECLASS);
    assertMarks(r, Map.of("fiveclass", PassMarks.FIVECLASS, "recall of 0", PassMarks.FIVECLASS_RECALL[0],
        "recall of 1", PassMarks.FIVECLASS_RECALL[1], "recall of 2", PassMarks.FIVECLASS_RECALL[2],
        "recall of 3", PassMarks.FIVECLASS_RECALL[3], "recall of 4", PassMarks.FIVECLASS_RECALL[4]));
  }

  @Test
  void sourceAndTargetSpans() throws Exception {
    assertMarks(eval(GoldFormat.SPANS), Map.of("source country", PassMarks.SPANS_SOURCE_COUNTRY,
        "target country", PassMarks.SPANS_TARGET_COUNTRY, "source country+sector", PassMarks.SPANS_SOURCE_SECTOR,
        "target country+sector", PassMarks.SPANS_TARGET_SECTOR));
  }
}
