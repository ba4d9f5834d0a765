package org.riposte.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Dependency;
import org.riposte.api.Sentence;
import org.riposte.api.Timex;
import org.riposte.api.Token;

/**
 * A developer's tool: prints tokens, dependencies and timexes of a text file or a sentence, for writing patterns.
 * {@code java -cp … org.riposte.nlp.DumpParse [--date 2021-10-21] FILE|"a sentence"}.
 */
public final class DumpParse {
  private DumpParse() {}

  public static void main(String[] args) throws Exception {
    LocalDate date = null;
    int i = 0;
    if (args.length > 1 && args[0].equals("--date")) {
      date = LocalDate.parse(args[1]);
      i = 2;
    }
    StringBuilder sb = new StringBuilder();
    for (; i < args.length; i++) {
      Path p = Path.of(args[i]);
      sb.append(Files.isRegularFile(p) ? Files.readString(p) : args[i]).append("\n\n");
    }
    Analysis a = CoreNlpStage.shared(NlpConfig.DEFAULT).process(Analysis.of(Article.of(null, null, date, null,
        sb.toString())));
    for (Sentence s : a.sentences()) {
      System.out.println("# " + s.index() + " (para " + s.paragraph() + "): " + s.text());
      for (Token t : s.tokens()) {
        System.out.printf("  %2d %-15s %-12s %-5s %s%n", t.index(), t.word(), t.lemma(), t.pos(), t.ner());
      }
      for (Dependency d : s.dependencies()) {
        String gov = d.governor() < 0 ? "ROOT" : s.token(d.governor()).word() + "-" + d.governor();
        System.out.println("  " + d.relation() + "(" + gov + ", " + s.token(d.dependent()).word() + "-"
            + d.dependent() + ")");
      }
      for (Timex t : s.timexes()) System.out.println("  TIMEX " + t);
    }
  }
}
