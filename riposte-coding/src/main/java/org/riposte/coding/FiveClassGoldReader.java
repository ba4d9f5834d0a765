package org.riposte.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads five-class gold: one sentence a line, tab-separated, the last column the class 0–4 (see
 * {@link EvalLevel#FIVECLASS}); CRLF or LF line ends. A line whose last column is not 0–4 is reported and skipped.
 */
final class FiveClassGoldReader {
  private FiveClassGoldReader() {}

  static GoldSet read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<GoldSentence> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\r", "");
      if (line.isBlank()) continue;
      int tab = line.lastIndexOf('\t');
      String label = tab < 0 ? "" : line.substring(tab + 1).strip();
      String text = tab < 0 ? "" : line.substring(0, tab).replace('\t', ' ').strip();
      if (!label.matches("[0-4]") || text.isEmpty()) {
        problems.add(file + ":" + (i + 1) + ": expected a sentence, a tab and a class 0-4; skipped");
        continue;
      }
      out.add(new GoldSentence("line " + (i + 1), text, null, Map.of(EvalLevel.FIVECLASS, label), List.of(),
          List.of()));
    }
    return new GoldSet(GoldFormat.FIVECLASS, file, out, problems);
  }
}
