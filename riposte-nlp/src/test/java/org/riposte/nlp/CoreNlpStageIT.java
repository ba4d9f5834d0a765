package org.riposte.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Sentence;
import org.riposte.api.Timex;

/** CoreNLP on a short report of our own: the dateline is not parsed, offsets point into the text, SUTime is anchored. */
class CoreNlpStageIT {

  private static final String TEXT = "Lithuania expels two diplomats\n\n"
      + "VILNIUS, March 4, 2020 (Example Wire) — Lithuania expelled two Belarusian diplomats on Tuesday, the foreign "
      + "ministry said.\n\nThe diplomats must leave by Friday.";

  @Test
  void parsesWithoutTheDatelineAndAnchorsRelativeDates() throws Exception {
    CoreNlpStage stage = CoreNlpStage.shared(NlpConfig.DEFAULT);
    assertSame(stage, CoreNlpStage.shared(NlpConfig.DEFAULT), "one pipeline per JVM");
    Article article = Article.of("test:1", "Example Wire", LocalDate.of(2020, 3, 4), null, TEXT);
    Analysis a = stage.process(Analysis.of(article));

    assertEquals(3, a.sentences().size());
    Sentence s = a.sentences().get(1);
    assertTrue(s.text().startsWith("Lithuania expelled"), s.text());
    assertEquals(1, s.paragraph());
    s.tokens().forEach(t -> assertEquals(t.word(), TEXT.substring(t.begin(), t.end()), "offsets into the text"));
    assertTrue(s.tokens().stream().noneMatch(t -> t.word().equals("VILNIUS")));

    Timex tuesday = s.timexes().stream().filter(t -> t.text().equals("Tuesday")).findFirst().orElseThrow();
    assertEquals("2020-03-03", tuesday.value());
    Timex friday = a.sentences().get(2).timexes().get(0);
    assertEquals("2020-03-06", friday.value());
  }

  @Test
  void aWeekdayResolvesTheSameWhateverTheJvmAnnotatedBefore() throws Exception {
    CoreNlpStage stage = CoreNlpStage.shared(NlpConfig.DEFAULT);
    Article plans = Article.of("test:plans", "Example Wire", LocalDate.of(2021, 10, 20), null,
        "Defence ministers of the alliance will gather in Brussels on Thursday and Friday.");
    // a Tuesday paper: SUTime's rules tag this "Friday" (next to a past-tense verb) to resolve to the past
    Article report = Article.of("test:report", "Example Wire", LocalDate.of(2022, 3, 1), null,
        "The ministry said Friday that Estonia would expel a Russian diplomat.");
    java.util.List<String> before = values(stage.process(Analysis.of(plans)));
    java.util.List<String> reported = values(stage.process(Analysis.of(report)));
    java.util.List<String> after = values(stage.process(Analysis.of(plans)));
    assertEquals(java.util.List.of("Thursday=2021-10-21", "Friday=2021-10-22"), before);
    assertEquals(before, after, "the report annotated in between left nothing behind");
    // the rules' shared "Friday" keeps no tense tag: the closest Friday; the coder reads the tense from the parse
    assertEquals(java.util.List.of("Friday=2022-03-04"), reported);
  }

  private static java.util.List<String> values(Analysis a) {
    return a.sentences().stream().flatMap(s -> s.timexes().stream()).map(t -> t.text() + "=" + t.value()).toList();
  }
}
