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
  }
}
