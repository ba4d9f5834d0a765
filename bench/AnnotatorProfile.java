import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Per-annotator CPU time of the CoreNLP part of the pipeline (run by bench/annotators): tokenize..lemma, ner and
 * depparse as three pipelines over the same annotation, thread CPU time summed over the measured passes (less
 * disturbed by other processes than wall time). Arguments: "key=value;key=value" CoreNLP overrides (or "-"), a folder
 * of .txt files, measured passes.
 */
public class AnnotatorProfile {
  public static void main(String[] a) throws Exception {
    RedwoodConfiguration.current().clear().apply();
    List<String> texts = new ArrayList<>();
    try (var s = Files.list(Path.of(a[1]))) {
      for (Path p : s.sorted().toList()) if (p.toString().endsWith(".txt")) texts.add(Files.readString(p));
    }
    String[] stages = {"tokenize,ssplit,pos,lemma", "ner", "depparse"};
    List<StanfordCoreNLP> ps = new ArrayList<>();
    for (String st : stages) {
      Properties p = new Properties();
      p.setProperty("ssplit.newlineIsSentenceBreak", "two");
      p.setProperty("tokenize.options", "untokenizable=noneKeep");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.buildEntityMentions", "false");
      p.setProperty("depparse.maxLength", "150");
      p.setProperty("enforceRequirements", "false");
      p.setProperty("annotators", st);
      for (String kv : a[0].split(";")) {
        if (kv.contains("=")) p.setProperty(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
      }
      ps.add(new StanfordCoreNLP(p));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int reps = Integer.parseInt(a[2]);
    int warm = 2;
    long[] cpu = new long[3];
    long tokens = 0;
    for (int r = 0; r < warm + reps; r++) {
      for (String t : texts) {
        Annotation an = new Annotation(t);
        an.set(CoreAnnotations.DocDateAnnotation.class, "2021-10-20");
        for (int i = 0; i < 3; i++) {
          long c0 = mx.getCurrentThreadCpuTime();
          ps.get(i).annotate(an);
          if (r >= warm) cpu[i] += mx.getCurrentThreadCpuTime() - c0;
        }
        if (r >= warm) tokens += an.get(CoreAnnotations.TokensAnnotation.class).size();
      }
    }
    long all = cpu[0] + cpu[1] + cpu[2];
    System.out.printf("%s: %d tokens; tokens per CPU second: pos+lemma %.0f, ner %.0f, depparse %.0f, all %.0f%n",
        a[0], tokens, tokens / (cpu[0] / 1e9), tokens / (cpu[1] / 1e9), tokens / (cpu[2] / 1e9), tokens / (all / 1e9));
  }
}
