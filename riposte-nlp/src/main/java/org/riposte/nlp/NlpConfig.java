package org.riposte.nlp;

import java.util.Properties;

/**
 * Options of the CoreNLP stage.
 *
 * @param fineGrainedNer  run CoreNLP's fine-grained NER gazetteers (TITLE, COUNTRY, NATIONALITY, CITY…); slow, off
 *                        by default
 * @param maxSentenceTokens sentences longer than this are tagged but not parsed (depparse is linear, but a run-on
 *                        "sentence" of a thousand tokens from a table or list is not worth parsing); at least 10
 */
public record NlpConfig(boolean fineGrainedNer, int maxSentenceTokens) {

  public static final NlpConfig DEFAULT = new NlpConfig(false, 150);

  public NlpConfig {
    if (maxSentenceTokens < 10) {
      throw new IllegalArgumentException("maxSentenceTokens must be at least 10, was " + maxSentenceTokens);
    }
  }

  /** The CoreNLP properties this configuration stands for. */
  Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("pos.maxlen", Integer.toString(Math.max(maxSentenceTokens * 2, 200)));
    p.setProperty("depparse.maxLength", Integer.toString(maxSentenceTokens));
    return p;
  }
}
