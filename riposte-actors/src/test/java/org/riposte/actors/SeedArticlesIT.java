package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Mention;
import org.riposte.nlp.CoreNlpStage;
import org.riposte.nlp.NlpConfig;

/**
 * The actor stage on the two seed articles of the shared reference folder, read at run time (never copied): the
 * actors a reader finds in them must be found and coded.
 */
class SeedArticlesIT {

  private static Analysis seed(String file) throws Exception {
    String shared = System.getProperty("riposte.shared");
    assertTrue(shared != null, "riposte.shared not set");
    Path p = Path.of(shared, "seeds", file);
    assertTrue(Files.isRegularFile(p), p + " missing");
    Article article = Article.of(p.toUri().toString(), null, LocalDate.of(2021, 10, 21), null, Files.readString(p));
    Analysis parsed = CoreNlpStage.shared(NlpConfig.DEFAULT).process(Analysis.of(article));
    return DictionaryActorStage.defaultStage().process(parsed);
  }

  /** The code of the first mention whose text is {@code text}. */
  private static String code(Analysis a, String text) {
    return mention(a, text).actor().code();
  }

  /** The mention {@code text} in the first sentence that contains {@code context}. */
  private static Mention in(Analysis a, String context, String text) {
    for (org.riposte.api.Sentence s : a.sentences()) {
      if (!s.text().contains(context)) continue;
      for (Mention m : a.mentionsIn(s.index())) if (m.text().equals(text)) return m;
      throw new AssertionError("no mention '" + text + "' in: " + s.text() + " " + a.mentionsIn(s.index()));
    }
    throw new AssertionError("no sentence with '" + context + "'");
  }

  private static Mention mention(Analysis a, String text) {
    for (Mention m : a.mentions()) if (m.text().equals(text)) return m;
    throw new AssertionError("no mention '" + text + "' among " + a.mentions().stream().map(Mention::text).toList());
  }

  @Test
  void globeArticle() throws Exception {
    Analysis a = seed("000_2691972916377a45.txt");
    assertEquals("IGOWSTNAT", code(a, "NATO staff"));
    assertEquals("IGOWSTNAT", code(a, "Brussels"));
    assertTrue(mention(a, "Brussels").place());
    assertEquals("IGOWSTNAT", code(a, "the Western military alliance"));
    assertEquals("RUSEDU", code(a, "Sergey Utkin"));
    assertEquals("RUSEDU", code(a, "Mr. Utkin"));
    assertEquals("RUSDIP", code(a, "Mikhail Ulyanov"));
    assertEquals("RUSDIP", code(a, "Russian diplomat"));
    assertEquals("GBREDU", code(a, "Keir Giles"));
    assertEquals("WSTGOV", code(a, "Western governments"));
    assertEquals("RUSSPY", code(a, "Russian agents"));
    assertEquals("POLMIL", code(a, "Polish troops"));
    assertEquals("UKRMIL", code(a, "Ukrainian military"));
    assertEquals("USAGOV", code(a, "U.S. Secretary of Defence Lloyd Austin"));
    assertEquals("RUSGOV", code(a, "Russian Defence Minister Sergei Shoigu"));
    assertEquals("IGOEUROSC", code(a, "Organization for Security and Co-operation in Europe"));
    assertEquals("RUS", code(a, "the Soviet Union"));
    List<Mention> utkin = a.mentions().stream().filter(m -> "Sergey Utkin".equals(m.actor().name())).toList();
    assertTrue(utkin.size() >= 2, utkin.toString());
    // The people of the report: dictionary roles at the date, or inferred from the article (Utkin and Giles are in
    // no dictionary: "the head of … at the Moscow-based Primakov Institute", "a Russia expert at Chatham House").
    assertEquals("RUSEDU", code(a, "Mr. Utkin"));
    assertEquals("GBREDU", code(a, "Mr. Giles"));
    assertEquals("Keir Giles", mention(a, "Mr. Giles").actor().name());
    assertEquals("IGOWSTNAT", code(a, "NATO Secretary-General Jens Stoltenberg"));
    assertEquals("RUSGOV", code(a, "Mr. Putin"));
    assertEquals("RUSGOV", code(a, "Andrei Rudenko"));
    assertEquals("BLRGOV", code(a, "Mr. Lukashenko"));
    assertEquals("BLRGOV", in(a, "The regime of Alexander Lukashenko", "regime").actor().code());
    // Pronouns: "He added …" is Giles, "However, he said" is Stoltenberg.
    assertEquals("Keir Giles", in(a, "He added a massive explosion", "He").actor().name());
    assertEquals("Jens Stoltenberg", in(a, "However, he said", "he").actor().name());
    // Rebels placed in Ukraine; monitors of the OSCE.
    assertEquals("UKRREB", in(a, "were prevented by separatists", "separatists").actor().code());
    assertEquals("IGOEUROSC", in(a, "were prevented by separatists", "monitors").actor().code());
  }

  @Test
  void euronewsArticle() throws Exception {
    Analysis a = seed("004_85cc2dbfdb940f6b.txt");
    assertEquals("RUSGOV", code(a, "Russian Minister of Foreign Affairs Sergey Lavrov"));
    assertEquals("IGOWSTNAT", code(a, "the Atlantic Alliance"));
    assertEquals("IGOWSTNAT", code(a, "the Alliance"));
    assertEquals("IGOWSTNAT", code(a, "NATO diplomats"));
    assertEquals("DIP", mention(a, "NATO diplomats").actor().role());
    assertEquals("RUSDIP", code(a, "Russian diplomats"));
    assertEquals("RUSGOV", code(a, "Kremlin spokesman Dmitry Peskov"));
    assertEquals("USAGOV", code(a, "Defense Secretary Lloyd Austin"));
    assertEquals("IGOWSTNAT", code(a, "Secretary General Jens Stoltenberg"));
    assertEquals("IGOWSTNAT", code(a, "NATO-Russia Council"));
    assertEquals("RUSGOV", code(a, "Minister Lavrov"));
    assertEquals("RUSGOV", code(a, "Vladimir Putin"));
    // "some 20 years ago, Vladimir Putin and U.S. President Bill Clinton discussed …": out of office at the
    // article's date; the event coder re-codes him at the event's date.
    Mention clinton = mention(a, "U.S. President Bill Clinton");
    assertEquals("USAELI", clinton.actor().code());
    ActorDictionary d = DictionaryActorStage.defaultStage().dictionary();
    assertEquals("USAGOV", d.atDate(clinton.actor(), LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31)).code());
    assertEquals("Dmitry Peskov", in(a, "the spokesman said that Russia", "spokesman").actor().name());
    assertEquals("RUSGOV", code(a, "Kremlin's spokesman"));
    assertEquals("Dmitry Peskov", mention(a, "Kremlin's spokesman").actor().name());
    assertEquals("Sergey Lavrov", in(a, "The news floored Minister Lavrov", "he").actor().name());
    assertEquals("Lloyd Austin", in(a, "The defense secretary stated", "defense secretary").actor().name());
  }
}
