package org.riposte.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Sentence;

/**
 * SUTime on the selected sentences only gives the same sentences — tokens with their NER labels, timexes,
 * dependencies — as SUTime on every sentence, on reports of our own and on the seeds.
 */
class SelectiveTimeIT {

  private static final String OWN = "Moldova expels Russian diplomat over embassy row\n\n"
      + "CHISINAU (Example Wire) — Moldova ordered a Russian diplomat to leave the country within 72 hours on Monday, "
      + "the foreign ministry said. The decision came two weeks after a drone crashed near the border. "
      + "Officials said the envoy had met opposition figures last month. "
      + "Moscow has not commented. The embassy said it regretted the move and would answer in kind. "
      + "Talks on the gas contract, worth $3.2 billion, resumed in the spring; a first round ended without a deal. "
      + "Analysts said relations were at their lowest point since 1992, when fighting broke out in Transnistria. "
      + "The ministry recalled its ambassador for consultations. Nobody expects a quick thaw.\n\n"
      + "The European Union urged both sides to show restraint. Its envoy will visit Chisinau next Wednesday "
      + "morning, a spokesperson said, and meet the president during the Christmas holidays at the latest.";

  @Test
  void sameSentencesAsSuTimeOnEverySentence() throws Exception {
    CoreNlpStage selective = CoreNlpStage.shared(NlpConfig.DEFAULT);
    CoreNlpStage every = CoreNlpStage.shared(new NlpConfig(false, 150, true));
    List<String> texts = new ArrayList<>(List.of(OWN));
    String shared = System.getProperty("riposte.shared");
    assertNotNull(shared, "system property riposte.shared");
    Path seeds = Path.of(shared, "seeds");
    try (var files = Files.list(seeds)) {
      for (Path p : files.sorted().toList()) if (p.toString().endsWith(".txt")) texts.add(Files.readString(p));
    }
    assertTrue(texts.size() >= 3, "our report and the two seeds");
    int skipped = 0;
    int timexes = 0;
    for (int i = 0; i < texts.size(); i++) {
      Article a = Article.of("test:" + i, "Example Wire", LocalDate.of(2021, 10, 20), null, texts.get(i));
      List<Sentence> got = selective.process(Analysis.of(a)).sentences();
      List<Sentence> want = every.process(Analysis.of(a)).sentences();
      assertEquals(want.size(), got.size());
      for (int k = 0; k < want.size(); k++) {
        assertEquals(want.get(k), got.get(k), "sentence " + k + " of text " + i);
        Sentence s = want.get(k);
        timexes += s.timexes().size();
        List<String> words = s.tokens().stream().map(t -> t.word()).toList();
        List<String> tags = s.tokens().stream().map(t -> t.pos()).toList();
        if (!TimeTriggers.mayHoldTime(words, tags)) skipped++;
      }
    }
    assertTrue(timexes >= 10, "the texts have time expressions to compare: " + timexes);
    assertTrue(skipped >= 3, "some sentences were left to the CRFs alone: " + skipped);
    assertFalse(TimeTriggers.mayHoldTime(List.of("Nobody", "expects", "a", "quick", "thaw", "."),
        List.of("NN", "VBZ", "DT", "JJ", "NN", ".")));
  }
}
