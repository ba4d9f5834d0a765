package org.riposte.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.riposte.api.Analysis;
import org.riposte.api.Dependency;
import org.riposte.api.Layer;
import org.riposte.api.NlpStage;
import org.riposte.api.ProcessingException;
import org.riposte.api.Sentence;
import org.riposte.api.Timex;
import org.riposte.api.Token;

/**
 * {@link NlpStage} on Stanford CoreNLP. Thread safe: one instance (and one CoreNLP pipeline) serves all threads of a
 * JVM; obtain it with {@link #shared(NlpConfig)}.
 */
public final class CoreNlpStage implements NlpStage {

  private static final Map<NlpConfig, CoreNlpStage> SHARED = new ConcurrentHashMap<>();

  private final NlpConfig config;
  private final StanfordCoreNLP pipeline;

  private CoreNlpStage(NlpConfig config) {
    this.config = config;
    this.pipeline = new StanfordCoreNLP(config.toProperties());
  }

  /** The JVM's stage for this configuration, loading the models on first use. */
  public static CoreNlpStage shared(NlpConfig config) {
    return SHARED.computeIfAbsent(config, CoreNlpStage::new);
  }

  public NlpConfig config() { return config; }

  @Override
  public String name() { return "corenlp"; }

  @Override
  public Set<Layer> requires() { return EnumSet.of(Layer.TEXT); }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER, Layer.TIMEX, Layer.DEPENDENCIES);
  }

  @Override
  public Analysis process(Analysis in) throws ProcessingException {
    String text = in.article().text();
    Annotation ann = new Annotation(Datelines.mask(text));
    if (in.article().published() != null) {
      ann.set(CoreAnnotations.DocDateAnnotation.class, in.article().published().toString());
    }
    try {
      pipeline.annotate(ann);
    } catch (RuntimeException e) {
      throw new ProcessingException("CoreNLP failed on article " + in.article().id() + ": " + e, e);
    }
    List<Sentence> out = new ArrayList<>();
    List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap s : sentences) out.add(convert(out.size(), s, text));
    return in.withSentences(out, produces());
  }

  private static Sentence convert(int index, CoreMap s, String text) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    Map<String, int[]> timexSpans = new LinkedHashMap<>();
    Map<String, edu.stanford.nlp.time.Timex> timexById = new LinkedHashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(i, l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), ner,
          l.beginPosition(), l.endPosition()));
      edu.stanford.nlp.time.Timex tx = l.get(TimeAnnotations.TimexAnnotation.class);
      if (tx != null && tx.tid() != null) {
        int[] span = timexSpans.computeIfAbsent(tx.tid(), k -> new int[] {Integer.MAX_VALUE, -1});
        span[0] = Math.min(span[0], i);
        span[1] = Math.max(span[1], i + 1);
        timexById.putIfAbsent(tx.tid(), tx);
      }
    }
    List<Timex> timexes = new ArrayList<>();
    for (Map.Entry<String, int[]> e : timexSpans.entrySet()) {
      edu.stanford.nlp.time.Timex tx = timexById.get(e.getKey());
      int b = e.getValue()[0];
      int en = e.getValue()[1];
      String words = text.substring(tokens.get(b).begin(), tokens.get(en - 1).end());
      timexes.add(new Timex(b, en, words, tx.timexType(), tx.value()));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g != null) {
      for (var root : g.getRoots()) {
        if (root.copyCount() == 0) deps.add(new Dependency(-1, root.index() - 1, "root"));
      }
      for (SemanticGraphEdge e : g.edgeIterable()) {
        if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) continue;
        deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
            e.getRelation().toString()));
      }
    }
    int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, begin, end, text.substring(begin, end), paragraphOf(text, begin), tokens, deps,
        timexes);
  }

  /** Number of blank-line paragraph breaks before {@code offset}. */
  static int paragraphOf(String text, int offset) {
    int p = 0;
    int i = text.indexOf("\n\n");
    while (i >= 0 && i < offset) {
      p++;
      int j = i + 2;
      while (j < text.length() && text.charAt(j) == '\n') j++;
      i = text.indexOf("\n\n", j);
    }
    return p;
  }
}
