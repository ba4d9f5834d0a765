package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.actors.DictionaryActorStage;
import org.riposte.api.Actor;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.EventDate;
import org.riposte.api.Pipeline;
import org.riposte.api.Quote;
import org.riposte.nlp.CoreNlpStage;
import org.riposte.nlp.NlpConfig;

/**
 * Quotes on the two seed reports (read from {@code riposte.shared}/seeds at run time), through the real CoreNLP, actor
 * and coder stages: every direct quotation a reader lists is found, in text order, with the right speaker; a
 * quotation the list does not name (a scare quote) may appear only without a speaker. Any wrong or invented speaker,
 * and any missing quotation, fails.
 */
class QuotesSeedsIT {

  /** A quotation a reader lists: what it is (in our words), the speaker's name (null: none), a check of the code. */
  private record Expected(String what, String speaker, Predicate<Actor> code, String codeRule) {}

  private static Expected said(String what, String speaker, String codeRule, Predicate<Actor> code) {
    return new Expected(what, speaker, code, codeRule);
  }

  private static Expected unattributed(String what) { return new Expected(what, null, a -> true, ""); }

  private static Predicate<Actor> code(String c) { return a -> c.equals(a.code()); }

  private static Predicate<Actor> country(String c) { return a -> c.equals(a.country()); }

  private static final List<Quote> FIRST = new ArrayList<>();
  private static final List<Quote> SECOND = new ArrayList<>();
  private static final List<Article> ARTICLES = new ArrayList<>();

  @BeforeAll
  static void readSeeds() throws Exception {
    String shared = System.getProperty("riposte.shared");
    assertNotNull(shared, "system property riposte.shared");
    Pipeline pipeline = Pipeline.of(List.of(CoreNlpStage.shared(NlpConfig.DEFAULT),
        DictionaryActorStage.defaultStage(), DependencyEventCoder.defaultCoder(), QuoteStage.defaultStage()));
    String[][] seeds = {{"000_2691972916377a45.txt", "2021-10-21"}, {"004_85cc2dbfdb940f6b.txt", "2021-10-20"}};
    for (int i = 0; i < seeds.length; i++) {
      String text = Files.readString(Path.of(shared, "seeds", seeds[i][0]));
      Analysis a = pipeline.run(Article.of(null, null, LocalDate.parse(seeds[i][1]), null, text));
      ARTICLES.add(a.article());
      (i == 0 ? FIRST : SECOND).addAll(a.quotes());
      System.out.println("== " + seeds[i][0]);
      for (Quote q : a.quotes()) {
        System.out.println("  " + (q.speaker() == null ? "-" : q.speaker().name() + " " + q.speaker().code()) + " "
            + q.verb() + " " + q.date().value() + " [" + q.start() + "," + q.end() + ")");
      }
    }
  }

  @Test
  void everyQuotationOfTheCommentaryHasItsSpeaker() {
    check(0, FIRST, List.of(
        said("the analyst on pretending to co-operate", "Sergey Utkin", "Russian", country("RUS")),
        said("the analyst's partial quote on the break with NATO", "Sergey Utkin", "Russian", country("RUS")),
        said("the diplomat's retort on Twitter", "Mikhail Ulyanov", "RUSDIP", code("RUSDIP")),
        said("the diplomat's second sentence, standing alone", "Mikhail Ulyanov", "RUSDIP", code("RUSDIP")),
        said("the London analyst on acts of war", "Keir Giles", "British", country("GBR")),
        said("the news agency's partial quote on the plan", "Reuters", "any", a -> true),
        said("the secretary-general on the new plan", "Jens Stoltenberg", "IGOWSTNAT", code("IGOWSTNAT")),
        said("the secretary-general on forces", "Jens Stoltenberg", "IGOWSTNAT", code("IGOWSTNAT")),
        said("the secretary-general, as 'he said', on mirroring", "Jens Stoltenberg", "IGOWSTNAT",
            code("IGOWSTNAT")),
        said("the president's red line", "Vladimir Putin", "RUSGOV", code("RUSGOV")),
        said("the London analyst's one-word quote", "Keir Giles", "British", country("GBR")),
        said("the London analyst's closing two sentences", "Keir Giles", "British", country("GBR"))));
  }

  @Test
  void everyQuotationOfTheAnalysisHasItsSpeaker() {
    check(1, SECOND, List.of(
        said("the foreign minister's reason, attributed two sentences later", "Sergey Lavrov", "RUSGOV",
            code("RUSGOV")),
        said("the alliance's accusation", "NATO", "IGOWSTNAT", code("IGOWSTNAT")),
        said("the spokesman's 'undermined'", "Dmitry Peskov", "RUSGOV", code("RUSGOV")),
        said("the spokesman's red line", "Dmitry Peskov", "RUSGOV", code("RUSGOV")),
        said("the spokesman's active measures", "Dmitry Peskov", "RUSGOV", code("RUSGOV")),
        unattributed("the author's closing question")));
  }

  @Test
  void aQuoteAttributedLaterTakesTheDateOfItsAttribution() {
    Quote lavrov = SECOND.stream().filter(q -> q.speaker() != null && "Sergey Lavrov".equals(q.speaker().name()))
        .findFirst().orElseThrow();
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 18)), lavrov.date());
    assertEquals("stated", lavrov.verb());
  }

  /**
   * Walks the quotes in text order against the expected list: each must be the next expected one with its speaker,
   * or an unlisted quote without speaker; at the end every expected one must have been met.
   */
  private static void check(int article, List<Quote> quotes, List<Expected> expected) {
    String text = ARTICLES.get(article).text();
    int next = 0;
    List<String> problems = new ArrayList<>();
    for (Quote q : quotes) {
      assertEquals(q.text(), text.substring(q.start(), q.end()), "offsets of " + q);
      Actor s = q.speaker();
      Expected e = next < expected.size() ? expected.get(next) : null;
      if (s == null && (e == null || e.speaker() != null)) continue;  // an unlisted quote, rightly without speaker
      if (e == null) {
        problems.add("unexpected speaker " + s.name() + " at [" + q.start() + "," + q.end() + ")");
        continue;
      }
      next++;
      if (e.speaker() == null) {
        if (s != null) problems.add(e.what() + ": expected no speaker, got " + s.name());
      } else if (s == null) {
        problems.add(e.what() + ": no speaker, expected " + e.speaker());
      } else if (!e.speaker().equals(s.name())) {
        problems.add(e.what() + ": speaker " + s.name() + ", expected " + e.speaker());
      } else if (!e.code().test(s)) {
        problems.add(e.what() + ": code " + s.code() + " of " + s.name() + ", expected " + e.codeRule());
      }
      if (!q.date().isKnown()) problems.add(e.what() + ": no date");
    }
    for (int i = next; i < expected.size(); i++) problems.add(expected.get(i).what() + ": not found");
    if (!problems.isEmpty()) fail(String.join("\n", problems));
    assertTrue(next == expected.size());
  }
}
