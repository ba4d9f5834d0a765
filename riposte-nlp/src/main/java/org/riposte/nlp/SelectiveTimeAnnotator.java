package org.riposte.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's numeric classifiers and SUTime, run after the statistical NER and only on the sentences that can hold a
 * time, number or money expression ({@link TimeTriggers}).
 *
 * <p>CoreNLP's {@code ner} annotator runs SUTime on every sentence, and SUTime's rules cost most of NER's time
 * (BENCHMARKS.md). Here {@code ner} runs its CRFs only ({@code ner.applyNumericClassifiers=false}) and this annotator
 * runs the numeric classifiers with SUTime — CoreNLP's {@code ner} annotator again, built with no statistical model —
 * on the selected sentences, gathered as a document of their own. On a selected sentence the result is what CoreNLP's
 * {@code ner} gives: the annotator labels and normalizes numbers and times and moves SUTime's timexes onto the tokens,
 * then {@link #merge} applies CoreNLP's rule to the CRF labels the tokens carried (a numeric label replaces {@code O}
 * and {@code MISC} only). A sentence left out gets nothing, which is what SUTime would have found in it.
 *
 * <p>Registered by name in the pipeline properties ({@link NlpConfig#toProperties()}): CoreNLP calls the
 * {@code (String, Properties)} constructor and passes the {@code sutime.*} options (binders) on. Thread safe as the
 * {@code ner} annotator is: one instance serves every worker.
 */
public final class SelectiveTimeAnnotator implements Annotator {

  /** The name under which {@link NlpConfig} registers this annotator. */
  public static final String NAME = "riposte_time";

  private final NERCombinerAnnotator annotator;

  /** Called by CoreNLP with the pipeline's properties. */
  public SelectiveTimeAnnotator(String name, Properties props) {
    Properties timeOnly = new Properties();
    timeOnly.putAll(props);
    timeOnly.setProperty("ner.model", "");  // no statistical model: the CRFs ran in ner
    timeOnly.setProperty("ner.applyNumericClassifiers", "true");
    timeOnly.setProperty("ner.useSUTime", "true");
    timeOnly.setProperty("ner.applyFineGrained", "false");
    timeOnly.setProperty("ner.buildEntityMentions", "false");
    try {
      annotator = new NERCombinerAnnotator(timeOnly);
    } catch (IOException e) {
      throw new UncheckedIOException("SUTime could not be set up: " + e.getMessage(), e);
    }
  }

  @Override
  public void annotate(Annotation document) {
    List<CoreMap> selected = new ArrayList<>();
    List<CoreLabel> selectedTokens = new ArrayList<>();
    List<String> crf = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<String> words = new ArrayList<>(tokens.size());
      List<String> tags = new ArrayList<>(tokens.size());
      for (CoreLabel t : tokens) {
        words.add(t.word());
        tags.add(t.tag());
      }
      if (!TimeTriggers.mayHoldTime(words, tags)) continue;
      selected.add(sentence);
      for (CoreLabel t : tokens) {
        // inside CoreNLP's ner the NER field is still empty when SUTime's rules (which read it) run
        crf.add(t.ner());
        t.remove(CoreAnnotations.NamedEntityTagAnnotation.class);
        t.remove(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
        selectedTokens.add(t);
      }
    }
    if (selected.isEmpty()) return;
    // the selected sentences as a document of their own (same sentence and token objects, same text and date), so
    // that ner's whole procedure runs on them: its own tokenization of hyphenated words, SUTime, the document's
    // finalization, the clean-up of money and numbers, and the transfer back onto these tokens
    Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
    part.set(CoreAnnotations.DocDateAnnotation.class, document.get(CoreAnnotations.DocDateAnnotation.class));
    part.set(CoreAnnotations.DocIDAnnotation.class, document.get(CoreAnnotations.DocIDAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, selected);
    part.set(CoreAnnotations.TokensAnnotation.class, selectedTokens);
    annotator.annotate(part);
    for (int i = 0; i < selectedTokens.size(); i++) merge(selectedTokens.get(i), crf.get(i));
  }

  /**
   * CoreNLP's rule for a token both classifiers labelled: the numeric label replaces a CRF's {@code O} or
   * {@code MISC}, never another CRF label; SUTime's timex stays on the token either way.
   */
  static void merge(CoreLabel token, String crfLabel) {
    String numeric = token.ner();
    boolean numericFound = numeric != null && !numeric.equals("O");
    boolean crfYields = crfLabel == null || crfLabel.equals("O") || crfLabel.equals("MISC");
    if (numericFound && crfYields) return;
    token.setNER(crfLabel);
    token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, crfLabel);
    token.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, TimeAnnotations.TimexAnnotation.class);
  }
}
