import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Sentence;
import org.riposte.api.Token;
import org.riposte.nlp.CoreNlpStage;
import org.riposte.nlp.NlpConfig;
import org.riposte.nlp.TimeTriggers;

/**
 * Checks that SUTime on the selected sentences only (Riposte's default) gives the same sentences as SUTime on every
 * sentence (CoreNLP's way), and measures what it saves (run by bench/time-gate). Arguments: documents limit, then
 * inputs: a folder (its .txt files), a .txt file (one document), or any other file with one document per line (a JSON
 * object's "text" field, else the line's longest tab-separated field).
 */
public class TimeGateCheck {
  private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  public static void main(String[] a) throws Exception {
    int limit = Integer.parseInt(a[0]);
    List<String> texts = new ArrayList<>();
    for (int i = 1; i < a.length && texts.size() < limit; i++) read(Path.of(a[i]), texts, limit);
    CoreNlpStage every = CoreNlpStage.shared(new NlpConfig(false, 150, true));
    CoreNlpStage selective = CoreNlpStage.shared(NlpConfig.DEFAULT);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    // warm-up on the first documents, so that JIT compilation is not measured
    for (int i = 0; i < Math.min(20, texts.size()); i++) {
      every.process(Analysis.of(article(i, texts.get(i))));
      selective.process(Analysis.of(article(i, texts.get(i))));
    }
    long cpuEvery = 0, cpuSelective = 0, tokens = 0, sentences = 0, selected = 0, timexes = 0, differing = 0;
    for (int i = 0; i < texts.size(); i++) {
      Article art = article(i, texts.get(i));
      long c0 = mx.getCurrentThreadCpuTime();
      List<Sentence> want = every.process(Analysis.of(art)).sentences();
      long c1 = mx.getCurrentThreadCpuTime();
      List<Sentence> got = selective.process(Analysis.of(art)).sentences();
      long c2 = mx.getCurrentThreadCpuTime();
      cpuEvery += c1 - c0;
      cpuSelective += c2 - c1;
      for (int k = 0; k < want.size(); k++) {
        Sentence s = want.get(k);
        sentences++;
        tokens += s.tokens().size();
        timexes += s.timexes().size();
        if (TimeTriggers.mayHoldTime(s.tokens().stream().map(Token::word).toList(),
            s.tokens().stream().map(Token::pos).toList())) selected++;
        if (k >= got.size() || !s.equals(got.get(k))) {
          differing++;
          if (differing <= 20) report(i, s, k < got.size() ? got.get(k) : null);
        }
      }
    }
    System.out.printf("%d documents, %d sentences, %d tokens, %d timexes; sentences selected for SUTime: %d (%.1f %%)%n",
        texts.size(), sentences, tokens, timexes, selected, 100.0 * selected / Math.max(1, sentences));
    System.out.printf("sentences that differ: %d%n", differing);
    System.out.printf("CoreNLP tokens per CPU second (tokenize..depparse): SUTime on every sentence %.0f, on the selected"
        + " ones %.0f (%.2fx)%n", tokens / (cpuEvery / 1e9), tokens / (cpuSelective / 1e9),
        (double) cpuEvery / Math.max(1, cpuSelective));
    if (differing > 0) System.exit(1);
  }

  private static Article article(int i, String text) {
    return Article.of("check:" + i, "check", LocalDate.of(2021, 10, 20), null, text);
  }

  private static void report(int doc, Sentence want, Sentence got) {
    System.out.println("DIFF in document " + doc + ": " + want.text());
    if (got == null) return;
    for (int t = 0; t < Math.min(want.tokens().size(), got.tokens().size()); t++) {
      Token w = want.tokens().get(t), g = got.tokens().get(t);
      if (!w.equals(g)) System.out.println("   token " + w.word() + ": " + w.ner() + " / " + g.ner());
    }
    if (!want.timexes().equals(got.timexes())) {
      System.out.println("   timexes " + want.timexes() + " / " + got.timexes());
    }
  }

  private static void read(Path p, List<String> texts, int limit) throws Exception {
    if (Files.isDirectory(p)) {
      try (var s = Files.list(p)) {
        for (Path f : s.sorted().toList()) {
          if (f.toString().endsWith(".txt") && texts.size() < limit) texts.add(Files.readString(f));
        }
      }
    } else if (p.toString().endsWith(".txt")) {
      texts.add(Files.readString(p));
    } else {
      for (String line : Files.readAllLines(p)) {
        if (texts.size() >= limit) return;
        Matcher m = TEXT.matcher(line);
        String t;
        if (m.find()) {
          t = m.group(1).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
        } else {
          t = "";
          for (String f : line.split("\t")) if (f.length() > t.length()) t = f;
        }
        if (t.strip().length() > 20) texts.add(t);
      }
    }
  }
}
