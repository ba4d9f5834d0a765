package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Mention;
import org.riposte.api.Pipeline;
import org.riposte.api.Sentence;
import org.riposte.nlp.CoreNlpStage;
import org.riposte.nlp.NlpConfig;

/** The actor stage on real CoreNLP parses of news-style sentences written for this test. */
class DictionaryActorStageIT {

  private static final LocalDate OCT_2021 = LocalDate.of(2021, 10, 21);
  private static CoreNlpStage nlp;
  private static DictionaryActorStage actors;

  @BeforeAll
  static void load() throws Exception {
    nlp = CoreNlpStage.shared(NlpConfig.DEFAULT);
    actors = DictionaryActorStage.defaultStage();
  }

  private static Analysis run(LocalDate date, String text) throws Exception {
    Analysis in = nlp.process(Analysis.of(Article.of(null, "test", date, null, text)));
    return actors.process(in);
  }

  /** The mention covering the first token spelled {@code word} in a sentence. */
  private static Mention at(Analysis a, int sentence, String word) {
    Sentence s = a.sentences().get(sentence);
    for (int i = 0; i < s.tokens().size(); i++) {
      if (!s.token(i).word().equals(word)) continue;
      for (Mention m : a.mentionsIn(sentence)) if (m.covers(i)) return m;
      throw new AssertionError("no mention covers '" + word + "' in: " + s.text() + " " + a.mentionsIn(sentence));
    }
    throw new AssertionError("no token '" + word + "' in: " + s.text());
  }

  private static String word(Analysis a, Mention m) {
    return a.sentences().get(m.sentence()).token(m.headToken()).word();
  }

  @Test
  void runsInAPipeline() throws Exception {
    Pipeline p = Pipeline.of(List.of(nlp, actors));
    assertNotNull(p);
  }

  @Test
  void titlesNamesAndApposition() throws Exception {
    Analysis a = run(OCT_2021, String.join(" ",
        "Russia's deputy foreign minister, Andrei Rudenko, told reporters on Monday that Moscow would not back down.",
        "Kremlin spokesman Dmitry Peskov said the decision was final.",
        "Mikhail Ulyanov, a senior Russian diplomat, wrote on Twitter that the talks had failed.",
        "The announcement was made by the Russian Minister of Foreign Affairs Sergey Lavrov."));
    Mention minister = at(a, 0, "minister");
    assertEquals("RUSGOV", minister.actor().code());
    assertEquals("minister", word(a, minister));
    assertEquals("RUSGOV", at(a, 0, "Rudenko").actor().code());
    Mention moscow = at(a, 0, "Moscow");
    assertEquals("RUSGOV", moscow.actor().code());
    assertTrue(moscow.place());

    Mention peskov = at(a, 1, "Peskov");
    assertEquals("RUSGOV", peskov.actor().code());
    assertEquals("Dmitry Peskov", peskov.actor().name());
    assertTrue(peskov.covers(a.sentences().get(1).tokens().stream()
        .filter(t -> t.word().equals("spokesman")).findFirst().orElseThrow().index()), "title and name together");

    assertEquals("RUSDIP", at(a, 2, "Ulyanov").actor().code());
    assertEquals("Mikhail Ulyanov", at(a, 2, "diplomat").actor().name());

    Mention lavrov = at(a, 3, "Lavrov");
    assertEquals("RUSGOV", lavrov.actor().code());
    assertEquals("Sergey Lavrov", lavrov.actor().name());
    assertTrue(lavrov.covers(a.sentences().get(3).tokens().stream()
        .filter(t -> t.word().equals("Russian")).findFirst().orElseThrow().index()));
  }

  @Test
  void misTaggedTitleAndDatedRoles() throws Exception {
    String text = "U.S. Secretary of Defence Lloyd Austin arrived in Kyiv on Tuesday.";
    Analysis a2021 = run(OCT_2021, text);
    Mention austin = at(a2021, 0, "Austin");
    assertEquals("USAGOV", austin.actor().code());
    assertEquals("Austin", word(a2021, austin));
    assertEquals("UKRGOV", at(a2021, 0, "Kyiv").actor().code());
    Analysis a2010 = run(LocalDate.of(2010, 6, 1), "General Lloyd Austin visited Baghdad on Tuesday.");
    assertEquals("USAMIL", at(a2010, 0, "Austin").actor().code());
    Analysis a2019 = run(LocalDate.of(2019, 6, 1), "Joe Biden spoke to voters in Iowa on Tuesday.");
    assertEquals("USAELI", at(a2019, 0, "Biden").actor().code());
  }

  @Test
  void groupsOrganisationsAndContext() throws Exception {
    Analysis a = run(OCT_2021, String.join("\n\n",
        "NATO expelled eight Russian diplomats this month. The alliance said its door remained open.",
        "The Ukrainian military said Russian-backed separatists had shelled its positions near Donetsk.",
        "Polish troops reinforced the border with Belarus, and NATO staff left Moscow.",
        "Ministers gathered in Brussels for a meeting of the European Union."));
    assertEquals("IGOWSTNAT", at(a, 0, "NATO").actor().code());
    Mention diplomats = at(a, 0, "diplomats");
    assertEquals("RUSDIP", diplomats.actor().code());
    assertEquals("diplomats", word(a, diplomats));
    assertEquals("IGOWSTNAT", at(a, 1, "alliance").actor().code());
    assertEquals("UKRMIL", at(a, 2, "military").actor().code());
    Mention separatists = at(a, 2, "separatists");
    assertEquals("UKRREB", separatists.actor().code(), "placed near Donetsk; Russia is their sponsor");
    assertEquals("UKR", separatists.actor().country());
    assertEquals("RUS", at(a, 2, "Russian").actor().code());
    assertEquals("POLMIL", at(a, 3, "troops").actor().code());
    assertEquals("BLR", at(a, 3, "Belarus").actor().code());
    assertEquals("IGOWSTNAT", at(a, 3, "staff").actor().code());
    Mention brussels = at(a, 4, "Brussels");
    assertEquals("IGOEUREEC", brussels.actor().code());
    assertTrue(brussels.place());
  }

  @Test
  void namesIdentifiedOnceAreReused() throws Exception {
    Analysis a = run(OCT_2021, String.join(" ",
        "Anna Kowalczyk, a researcher at the London-based International Institute for Strategic Studies, said the"
            + " move was symbolic.",
        "Ms. Kowalczyk added that Moscow had little to lose.",
        "Oleg Sidorov, a researcher at the Moscow-based Primakov Institute, disagreed.",
        "Sidorov said the West had ignored Russia's concerns."));
    assertEquals("GBREDU", at(a, 0, "Kowalczyk").actor().code());
    assertEquals("GBREDU", at(a, 1, "Kowalczyk").actor().code());
    assertEquals("Anna Kowalczyk", at(a, 1, "Kowalczyk").actor().name());
    assertEquals("RUSEDU", at(a, 2, "Sidorov").actor().code());
    assertEquals("RUSEDU", at(a, 3, "Sidorov").actor().code());
    assertEquals("WST", at(a, 3, "West").actor().code());
    Mention russia = at(a, 3, "Russia");
    assertEquals("RUS", russia.actor().code());
    assertEquals(russia.beginToken() + 1, russia.endToken(), "the possessive is not in the span");
  }

  @Test
  void unknownNamesAreKept() throws Exception {
    Analysis a = run(OCT_2021, "Tomasz Wrobel said the talks would resume next week.");
    Mention m = at(a, 0, "Wrobel");
    assertNull(m.actor().code());
    assertEquals("Tomasz Wrobel", m.actor().name());
    List<Mention> all = a.mentions();
    assertEquals(1, all.size(), all.toString());
  }
}
