package org.riposte.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The reference point of the benchmarks: CoreNLP as a PETRARCH-style coder needs it, {@code tokenize, ssplit, pos,
 * lemma, ner, parse} with CoreNLP's defaults (fine-grained NER on, the default PCFG constituency parser). Not used
 * for coding; {@code riposte bench --baseline} measures it on the same articles as the pipeline. Thread safe: one
 * instance serves all threads.
 */
public final class ConstituencyBaseline {

  private final StanfordCoreNLP pipeline;

  /** Loads the models (tens of seconds). */
  public ConstituencyBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates one text and returns its number of tokens. */
  public int annotate(String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    return a.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
