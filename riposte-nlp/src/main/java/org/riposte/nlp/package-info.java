/**
 * The CoreNLP stage: tokenize, ssplit, pos, lemma, ner (with SUTime anchored on the publication date) and depparse
 * (enhanced++ Universal Dependencies), converted to Riposte's {@link org.riposte.api.Sentence} records.
 *
 * <h2>Hints, tips and traps</h2>
 * <ul>
 *   <li>Models are loaded once per JVM and configuration ({@link org.riposte.nlp.CoreNlpStage#shared}); loading takes
 *       several seconds and about a gigabyte, so never create a stage per document.</li>
 *   <li>Fine-grained NER is off by default: its gazetteers cost half the time and the actor dictionary does that job
 *       (see ../shared/NLP-NOTES.md).</li>
 *   <li>NER runs two CRFs (3-class, then CoNLL 4-class for MISC) instead of CoreNLP's three: the MUC 7-class model
 *       only added date and money classes that SUTime gives (same output, one model fewer, a small gain). Depparse is about half of the pipeline's time, SUTime
 *       the largest part of the rest (BENCHMARKS.md). The CoNLL model alone is faster but changes actors ("Austin").</li>
 *   <li>SUTime and the numeric classifiers run only on sentences that can hold a time, number or amount
 *       ({@link org.riposte.nlp.TimeTriggers}, {@link org.riposte.nlp.SelectiveTimeAnnotator}): a third to two fifths of
 *       news sentences have none, and SUTime's rules ran over each of them for nothing. The output is the same as
 *       with SUTime on every sentence: {@code SelectiveTimeIT} compares both on our own report and the seeds, and
 *       {@code bench/time-gate} compares them on any corpus (no difference on 2,207 sentences of the development
 *       sets). A word missing from the trigger list would show there as a difference; add it to the list.</li>
 *   <li>{@link org.riposte.nlp.ConstituencyBaseline} is the benchmarks' reference point (constituency parse, as
 *       PETRARCH-style coders need), never used for coding.</li>
 *   <li>Paragraphs (blank-line separated) always end a sentence, so headlines without a full stop stand alone.</li>
 *   <li>SUTime is stateful: its rules tag the shared constant of a weekday or month ("Friday") with the tense of the
 *       sentence it was last seen in, and the tag stayed for every later document of the JVM, so the same article
 *       got other dates after other articles (the CLI and a Spark executor disagreed). {@link
 *       org.riposte.nlp.OccurrenceTenseTags} keeps such tags off the shared constants; the coder reads the tense from
 *       the parse instead. {@code CoreNlpStageIT} checks that a date does not depend on what was annotated before.</li>
 * </ul>
 */
package org.riposte.nlp;
