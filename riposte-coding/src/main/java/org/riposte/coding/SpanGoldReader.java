package org.riposte.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads source/target spans in BIO form: one {@code token TAG} a line ({@code B-S}/{@code I-S} source,
 * {@code B-T}/{@code I-T} target, anything else outside), a blank line after each sentence. The sentence text is
 * the tokens joined with spaces, without a space before closing punctuation and clitics ({@code 's}, {@code n't});
 * each span keeps its character offsets in that text. The first span of each role is the gold actor.
 */
final class SpanGoldReader {
  private SpanGoldReader() {}

  private static final Pattern NO_SPACE_BEFORE = Pattern.compile("[.,;:!?%)\\]}]|'s|'|n't|'re|'ve|'ll|'d|'m");

  static GoldSet read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<GoldSentence> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String[]> tokens = new ArrayList<>();
    int start = 1;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).replace("\r", "").strip() : "";
      if (!line.isEmpty()) {
        int sp = line.lastIndexOf(' ');
        if (sp < 0) sp = line.lastIndexOf('\t');
        tokens.add(sp < 0 ? new String[] {line, "O"} : new String[] {line.substring(0, sp).strip(),
            line.substring(sp + 1)});
        continue;
      }
      if (!tokens.isEmpty()) out.add(sentence(tokens, "line " + start));
      tokens.clear();
      start = i + 2;
    }
    if (out.isEmpty()) problems.add(file + ": no token lines found");
    return new GoldSet(GoldFormat.SPANS, file, out, problems);
  }

  private static GoldSentence sentence(List<String[]> tokens, String id) {
    StringBuilder text = new StringBuilder();
    int[][] span = {{-1, -1}, {-1, -1}};  // source, target
    boolean[] closed = {false, false};
    int open = -1;
    for (int i = 0; i < tokens.size(); i++) {
      String[] t = tokens.get(i);
      if (text.length() > 0 && !NO_SPACE_BEFORE.matcher(t[0]).matches() && !endsWithOpening(text)
          && !splitNumber(tokens, i)) {
        text.append(' ');
      }
      int b = text.length();
      text.append(t[0]);
      String tag = t[1];
      int role = tag.endsWith("-S") ? 0 : tag.endsWith("-T") ? 1 : -1;
      if (open >= 0 && (role != open || tag.startsWith("B-"))) {
        closed[open] = true;
        open = -1;
      }
      if (role >= 0 && !closed[role] && (tag.startsWith("B-") || open == role || span[role][0] < 0)) {
        if (span[role][0] < 0) span[role][0] = b;
        span[role][1] = text.length();
        open = role;
      }
    }
    String s = text.toString();
    return new GoldSentence(id, s, null, Map.of(), actor(s, span[0]), actor(s, span[1]));
  }

  /**
   * Whether token {@code i} is the rest of a number the gold's tokenizer split at its point or thousands comma
   * ("6 . 3 million", "1 , 500 people"): digits after a "." or "," that follows one to three digits, after a comma
   * only a group of three. It joins them again ("6.3", "1,500"), as the article wrote them; a year before a comma
   * ("In 1998, 300 people") keeps its space.
   */
  private static boolean splitNumber(List<String[]> tokens, int i) {
    if (i < 2 || !tokens.get(i)[0].matches("\\d+")) return false;
    String mark = tokens.get(i - 1)[0];
    if (!tokens.get(i - 2)[0].matches("\\d{1,3}")) return false;
    return mark.equals(".") || mark.equals(",") && tokens.get(i)[0].matches("\\d{3}");
  }

  private static boolean endsWithOpening(StringBuilder text) {
    char c = text.charAt(text.length() - 1);
    return c == '(' || c == '$' || c == '[';
  }

  private static List<GoldActor> actor(String text, int[] span) {
    return span[0] < 0 ? List.of() : List.of(GoldActor.span(text.substring(span[0], span[1]), span[0], span[1]));
  }
}
