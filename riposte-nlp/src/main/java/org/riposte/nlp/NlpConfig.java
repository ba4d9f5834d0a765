package org.riposte.nlp;

import java.util.Properties;

/**
 * Options of the CoreNLP stage.
 *
 * @param fineGrainedNer  run CoreNLP's fine-grained NER gazetteers (TITLE, COUNTRY, NATIONALITY, CITY…); slow, off
 *                        by default
 * @param maxSentenceTokens sentences longer than this are tagged but not parsed (depparse is linear, but a run-on
 *                        "sentence" of a thousand tokens from a table or list is not worth parsing); at least 10
 * @param timeOnEverySentence run SUTime and the numeric classifiers on every sentence, as CoreNLP's {@code ner} does,
 *                        instead of only on the sentences that can hold a time or number ({@link TimeTriggers}); the
 *                        output is the same (checked by {@code bench/time-gate}), only slower. Off by default
 */
public record NlpConfig(boolean fineGrainedNer, int maxSentenceTokens, boolean timeOnEverySentence) {

  public static final NlpConfig DEFAULT = new NlpConfig(false, 150, false);

  /** The NER models, in order of precedence: 3-class (PERSON, ORGANIZATION, LOCATION), then CoNLL 4-class for MISC. */
  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
      + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  public NlpConfig {
    if (maxSentenceTokens < 10) {
      throw new IllegalArgumentException("maxSentenceTokens must be at least 10, was " + maxSentenceTokens);
    }
  }

  /** The CoreNLP properties this configuration stands for. */
  Properties toProperties() {
    Properties p = new Properties();
    if (timeOnEverySentence) {
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    } else {
      // NER's CRFs on every sentence, then SUTime and the numeric classifiers only where a time or number can be
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner," + SelectiveTimeAnnotator.NAME + ",depparse");
      p.setProperty("customAnnotatorClass." + SelectiveTimeAnnotator.NAME, SelectiveTimeAnnotator.class.getName());
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.useSUTime", "false");
    }
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    // Two CRFs instead of CoreNLP's three: the 3-class model gives PERSON, ORGANIZATION and LOCATION (it comes first,
    // so its labels win, as before) and the CoNLL model adds MISC; the MUC 7-class model in between only added
    // DATE/TIME/MONEY/PERCENT, which SUTime and the numeric classifiers give anyway (and which the coder reads from
    // SUTime's timexes). The CoNLL model alone would be faster still but tags "Austin" as a place (BENCHMARKS.md).
    p.setProperty("ner.model", NER_MODEL);
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
    p.setProperty("ner.buildEntityMentions", "false");
    // SUTime's holidays plus OccurrenceTenseTags: no tense tag left on the rules' shared weekday and month constants,
    // so that a date never depends on the documents annotated before it in the JVM
    p.setProperty("sutime.binders", "2");
    p.setProperty("sutime.binder.1", "edu.stanford.nlp.time.JollyDayHolidays");
    p.setProperty("sutime.binder.2", OccurrenceTenseTags.class.getName());
    p.setProperty("pos.maxlen", Integer.toString(Math.max(maxSentenceTokens * 2, 200)));
    p.setProperty("depparse.maxLength", Integer.toString(maxSentenceTokens));
    return p;
  }
}
