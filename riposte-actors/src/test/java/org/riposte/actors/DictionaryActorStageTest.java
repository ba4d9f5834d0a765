package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.api.ActorKind;
import org.riposte.api.Analysis;
import org.riposte.api.Layer;
import org.riposte.api.Mention;

class DictionaryActorStageTest {

  private static final LocalDate OCT_2021 = LocalDate.of(2021, 10, 21);
  private static DictionaryActorStage stage;

  @BeforeAll
  static void load() throws Exception {
    stage = DictionaryActorStage.defaultStage();
  }

  private static List<Mention> mentions(Fixture f) throws Exception {
    Analysis out = stage.process(f.build());
    assertTrue(out.has(Layer.MENTIONS));
    return out.mentions();
  }

  private static Mention at(List<Mention> ms, int sentence, int token) {
    for (Mention m : ms) if (m.sentence() == sentence && m.covers(token)) return m;
    throw new AssertionError("no mention covers token " + token + " of sentence " + sentence + " in " + ms);
  }

  private static Fixture rudenko() {
    return Fixture.article(OCT_2021).sentence(
        "Russia 's deputy foreign minister , Ivan Petrov , said",
        "NNP POS NN JJ NN , NNP NNP , VBD",
        "LOCATION O O O O O PERSON PERSON O O",
        "nmod:poss 4 0", "case 0 1", "compound 4 2", "amod 4 3", "punct 4 5", "appos 4 7", "compound 7 6",
        "punct 4 8", "nsubj 9 4", "root -1 9");
  }

  @Test
  void stageContract() {
    assertEquals("actors", stage.name());
    assertTrue(stage.requires().containsAll(List.of(Layer.TOKENS, Layer.POS, Layer.NER, Layer.DEPENDENCIES)));
    assertEquals(java.util.Set.of(Layer.MENTIONS), stage.produces());
  }

  @Test
  void adjectiveAndAgentMakeCountryAndRole() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "NATO expelled eight Russian diplomats", "NNP VBD CD JJ NNS", "ORGANIZATION O NUMBER MISC O",
        "nsubj 1 0", "root -1 1", "nummod 4 2", "amod 4 3", "obj 1 4"));
    assertEquals(2, ms.size(), ms.toString());
    assertEquals("IGOWSTNAT", ms.get(0).actor().code());
    Mention diplomats = ms.get(1);
    assertEquals("RUSDIP", diplomats.actor().code());
    assertEquals("RUS", diplomats.actor().country());
    assertEquals("DIP", diplomats.actor().role());
    assertEquals(ActorKind.GROUP, diplomats.actor().kind());
    assertEquals(3, diplomats.beginToken());
    assertEquals(5, diplomats.endToken());
    assertEquals(4, diplomats.headToken());
    assertEquals("Russian diplomats", diplomats.text());
  }

  @Test
  void unparsedSentencesComposeByAdjacency() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Polish troops and the Ukrainian military", "JJ NNS CC DT JJ NN", "MISC O O O MISC O"));
    assertEquals("POLMIL", at(ms, 0, 1).actor().code());
    assertEquals(1, at(ms, 0, 0).headToken());
    assertEquals("UKRMIL", at(ms, 0, 5).actor().code());
  }

  @Test
  void organisationAndAgentKeepTheOrganisationCode() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Moscow ordered NATO staff to leave", "NNP VBD NNP NN TO VB", "LOCATION O ORGANIZATION O O O",
        "nsubj 1 0", "root -1 1", "compound 3 2", "obj 1 3", "mark 5 4", "xcomp 1 5"));
    Mention staff = at(ms, 0, 3);
    assertEquals("IGOWSTNAT", staff.actor().code());
    assertNull(staff.actor().country());
    assertEquals(2, staff.beginToken());
    Mention moscow = at(ms, 0, 0);
    assertEquals("RUSGOV", moscow.actor().code());
    assertTrue(moscow.place());
  }

  @Test
  void possessiveTitleAndAppositiveName() throws Exception {
    List<Mention> ms = mentions(rudenko());
    assertEquals(2, ms.size(), ms.toString());
    Mention title = ms.get(0);
    assertEquals(0, title.beginToken());
    assertEquals(5, title.endToken());
    assertEquals(4, title.headToken(), "the parser's head: minister");
    assertEquals("RUSGOV", title.actor().code());
    assertEquals("Ivan Petrov", title.actor().name());
    Mention name = ms.get(1);
    assertEquals(6, name.beginToken());
    assertEquals(8, name.endToken());
    assertEquals("RUSGOV", name.actor().code());
    assertEquals(ActorKind.PERSON, name.actor().kind());
  }

  @Test
  void titleBeforeUnknownName() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Kremlin spokesman Ivan Petrov spoke", "NNP NN NNP NNP VBD", "ORGANIZATION O PERSON PERSON O",
        "compound 1 0", "compound 3 1", "compound 3 2", "nsubj 4 3", "root -1 4"));
    assertEquals(1, ms.size(), ms.toString());
    Mention m = ms.get(0);
    assertEquals("RUSGOV", m.actor().code());
    assertEquals("Ivan Petrov", m.actor().name());
    assertEquals(0, m.beginToken());
    assertEquals(4, m.endToken());
    assertEquals(3, m.headToken());
  }

  @Test
  void titleAndNameSpanAndHead() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "the Russian Minister of Foreign Affairs Ivan Petrov said",
        "DT NNP NNP IN NNP NNPS NNP NNP VBD", "O MISC O O O O PERSON PERSON O",
        "det 2 0", "compound 2 1", "case 5 3", "compound 5 4", "nmod:of 2 5", "dep 2 7", "compound 7 6",
        "nsubj 8 2", "root -1 8"));
    assertEquals(1, ms.size(), ms.toString());
    Mention m = ms.get(0);
    assertEquals(1, m.beginToken());
    assertEquals(8, m.endToken());
    assertEquals(2, m.headToken(), "Minister, whose governor (said) is outside the span");
    assertEquals("RUSGOV", m.actor().code());
  }

  @Test
  void knownPersonTakesTheRoleOfTheArticleDate() throws Exception {
    String[] s = {"General Lloyd Austin visited Kyiv", "NNP NNP NNP VBD NNP", "O PERSON PERSON O LOCATION"};
    String[] arcs = {"compound 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "obj 3 4"};
    List<Mention> in2010 = mentions(Fixture.article(LocalDate.of(2010, 5, 1)).sentence(s[0], s[1], s[2], arcs));
    assertEquals("USAMIL", at(in2010, 0, 2).actor().code());
    assertEquals("Lloyd Austin", at(in2010, 0, 2).actor().name());
    List<Mention> in2021 = mentions(Fixture.article(OCT_2021).sentence(s[0], s[1], s[2], arcs));
    assertEquals("USAGOV", at(in2021, 0, 2).actor().code());
    List<Mention> undated = mentions(Fixture.article(null).sentence("Lloyd Austin visited Kyiv", "NNP NNP VBD NNP",
        "PERSON PERSON O LOCATION", "compound 1 0", "nsubj 2 1", "root -1 2", "obj 2 3"));
    assertEquals("USAGOV", at(undated, 0, 1).actor().code(), "latest role when the date is unknown");
    List<Mention> undatedGeneral = mentions(Fixture.article(null).sentence(s[0], s[1], s[2], arcs));
    assertEquals("USAMIL", at(undatedGeneral, 0, 2).actor().code(),
        "undated, the title before the name shows the office held when it was written");
  }

  @Test
  void personOutOfOfficeIsEli() throws Exception {
    List<Mention> ms = mentions(Fixture.article(LocalDate.of(2019, 3, 1)).sentence(
        "Joe Biden criticised Trump", "NNP NNP VBD NNP", "PERSON PERSON O PERSON",
        "compound 1 0", "nsubj 2 1", "root -1 2", "obj 2 3"));
    assertEquals("USAELI", at(ms, 0, 0).actor().code());
    assertEquals("USAGOV", at(ms, 0, 3).actor().code());
  }

  @Test
  void unknownPersonIsKeptUncoded() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Ivan Petrov said", "NNP NNP VBD", "PERSON PERSON O", "compound 1 0", "nsubj 2 1", "root -1 2"));
    assertEquals(1, ms.size());
    assertNull(ms.get(0).actor().code());
    assertEquals("Ivan Petrov", ms.get(0).actor().name());
    assertEquals(ActorKind.UNKNOWN, ms.get(0).actor().kind());
  }

  @Test
  void brusselsByContext() throws Exception {
    String[] arcs = {"nsubj 1 0", "root -1 1", "case 3 2", "obl:in 1 3"};
    List<Mention> nato = mentions(Fixture.article(OCT_2021).sentence(
        "NATO met in Brussels", "NNP VBD IN NNP", "ORGANIZATION O O LOCATION", arcs));
    assertEquals("IGOWSTNAT", at(nato, 0, 3).actor().code());
    assertTrue(at(nato, 0, 3).place());
    List<Mention> eu = mentions(Fixture.article(OCT_2021).sentence(
        "EU ministers met in Brussels", "NNP NNS VBD IN NNP", "ORGANIZATION O O O LOCATION",
        "compound 1 0", "nsubj 2 1", "root -1 2", "case 4 3", "obl:in 2 4"));
    assertEquals("IGOEUREEC", at(eu, 0, 4).actor().code());
    assertEquals("IGOEUREEC", at(eu, 0, 0).actor().code(), "EU ministers keep the EU's code");
    assertEquals("GOV", at(eu, 0, 0).actor().role());
    List<Mention> neither = mentions(Fixture.article(OCT_2021).sentence(
        "Protesters met in Brussels", "NNS VBD IN NNP", "O O O LOCATION", arcs));
    assertEquals("BELGOV", at(neither, 0, 3).actor().code(), "a meeting in a capital is with its government");
    assertTrue(at(neither, 0, 3).place());
    List<Mention> far = mentions(Fixture.article(OCT_2021)
        .sentence("NATO met", "NNP VBD", "ORGANIZATION O", "nsubj 1 0", "root -1 1")
        .paragraph()
        .sentence("Protesters met in Brussels", "NNS VBD IN NNP", "O O O LOCATION", arcs));
    assertEquals("BEL", at(far, 1, 3).actor().party(), "NATO in another paragraph does not count");
    List<Mention> both = mentions(Fixture.article(OCT_2021)
        .sentence("NATO met", "NNP VBD", "ORGANIZATION O", "nsubj 1 0", "root -1 1")
        .sentence("The EU met in Brussels", "DT NNP VBD IN NNP", "O ORGANIZATION O O LOCATION",
            "det 1 0", "nsubj 2 1", "root -1 2", "case 4 3", "obl:in 2 4"));
    assertEquals("IGOEUREEC", at(both, 1, 4).actor().code(), "the same sentence beats the same paragraph");
  }

  @Test
  void theAllianceOnlyWhenNatoIsNamed() throws Exception {
    String[] s = {"The alliance responded", "DT NN VBD", "O O O"};
    String[] arcs = {"det 1 0", "nsubj 2 1", "root -1 2"};
    List<Mention> with = mentions(Fixture.article(OCT_2021)
        .sentence("NATO expelled diplomats", "NNP VBD NNS", "ORGANIZATION O O", "nsubj 1 0", "root -1 1", "obj 1 2")
        .paragraph()
        .sentence(s[0], s[1], s[2], arcs));
    Mention alliance = at(with, 1, 1);
    assertEquals("IGOWSTNAT", alliance.actor().code());
    assertEquals("NATO", alliance.actor().name());
    assertEquals(1, alliance.headToken());
    List<Mention> without = mentions(Fixture.article(OCT_2021).sentence(s[0], s[1], s[2], arcs));
    assertTrue(without.isEmpty(), without.toString());
  }

  @Test
  void alliesAreNatoInANatoArticleUnlessSomebodyOwnsThem() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021)
        .sentence("NATO met", "NNP VBD", "ORGANIZATION O", "nsubj 1 0", "root -1 1")
        .sentence("Allies protested", "NNS VBD", "O O", "nsubj 1 0", "root -1 1")
        .sentence("Russia and its allies protested", "NNP CC PRP$ NNS VBD", "LOCATION O O O O",
            "nsubj 4 0", "cc 3 1", "nmod:poss 3 2", "conj:and 0 3", "root -1 4")
        .sentence("Belarus 's allies protested", "NNP POS NNS VBD", "LOCATION O O O",
            "nmod:poss 2 0", "case 0 1", "nsubj 3 2", "root -1 3"));
    assertEquals("IGOWSTNAT", at(ms, 1, 0).actor().code());
    for (Mention m : ms) {
      assertFalse(m.sentence() >= 2 && "IGOWSTNAT".equals(m.actor().code()), "somebody's allies: " + m);
    }
  }

  @Test
  void longestMatchWins() throws Exception {
    List<Mention> council = mentions(Fixture.article(OCT_2021).sentence(
        "the NATO - Russia Council met", "DT NNP HYPH NNP NNP VBD", "O ORGANIZATION O LOCATION ORGANIZATION O",
        "det 4 0", "compound 4 1", "punct 1 2", "compound 4 3", "nsubj 5 4", "root -1 5"));
    assertEquals(1, council.size(), council.toString());
    assertEquals("IGOWSTNAT", council.get(0).actor().code());
    assertEquals("NATO - Russia Council", council.get(0).text());
    List<Mention> relations = mentions(Fixture.article(OCT_2021).sentence(
        "NATO - Russia relations worsened", "NNP HYPH NNP NNS VBD", "O O O O O",
        "compound 2 0", "punct 0 1", "compound 3 2", "nsubj 4 3", "root -1 4"));
    assertEquals(2, relations.size(), relations.toString());
    assertEquals("IGOWSTNAT", relations.get(0).actor().code());
    assertEquals("RUS", relations.get(1).actor().code());
    List<Mention> soviet = mentions(Fixture.article(OCT_2021).sentence(
        "the Soviet Union collapsed", "DT NNP NNP VBD", "O LOCATION LOCATION O",
        "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3"));
    assertEquals(1, soviet.size(), soviet.toString());
    assertEquals("RUS", soviet.get(0).actor().code());
    assertEquals(2, soviet.get(0).headToken());
  }

  @Test
  void possessivesAreSplitOff() throws Exception {
    for (String apostrophe : new String[] {"'s", "\u2019s"}) {
      List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
          "Russia " + apostrophe + " decision angered NATO", "NNP POS NN VBD NNP", "LOCATION O O O ORGANIZATION",
          "nmod:poss 2 0", "case 0 1", "nsubj 3 2", "root -1 3", "obj 3 4"));
      assertEquals(2, ms.size(), ms.toString());
      assertEquals("RUS", ms.get(0).actor().code());
      assertEquals(0, ms.get(0).beginToken());
      assertEquals(1, ms.get(0).endToken());
      assertEquals(0, ms.get(0).headToken());
    }
  }

  @Test
  void hyphenatedModifiers() throws Exception {
    List<Mention> based = mentions(Fixture.article(OCT_2021).sentence(
        "the Moscow - based think tank said", "DT NNP HYPH VBN NN NN VBD", "O LOCATION O O O O O",
        "det 5 0", "obl 3 1", "punct 3 2", "amod 5 3", "compound 5 4", "nsubj 6 5", "root -1 6"));
    assertEquals(1, based.size(), based.toString());
    assertEquals("RUSEDU", based.get(0).actor().code());
    assertEquals(1, based.get(0).beginToken());
    assertEquals(5, based.get(0).headToken());
    List<Mention> backed = mentions(Fixture.article(OCT_2021).sentence(
        "Russian - backed separatists attacked", "JJ HYPH VBN NNS VBD", "MISC O O O O",
        "dep 2 0", "punct 2 1", "amod 3 2", "nsubj 4 3", "root -1 4"));
    assertEquals(2, backed.size(), backed.toString());
    assertEquals("RUS", at(backed, 0, 0).actor().code());
    Mention separatists = at(backed, 0, 3);
    assertEquals("REB", separatists.actor().code());
    assertNull(separatists.actor().country(), "the backer is not the separatists' nationality");
  }

  @Test
  void modifierAttachedElsewhereIsItsOwnMention() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Washington sent Ukraine troops", "NNP VBD NNP NNS", "LOCATION O LOCATION O",
        "nsubj 1 0", "root -1 1", "iobj 1 2", "obj 1 3"));
    assertEquals("UKR", at(ms, 0, 2).actor().code());
    assertEquals("MIL", at(ms, 0, 3).actor().code());
  }

  @Test
  void expertAtAnInstitutionTakesItsCountry() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Ivan Petrov , a Russia expert at Chatham House , said",
        "NNP NNP , DT NNP NN IN NNP NNP , VBD", "PERSON PERSON O O LOCATION O O ORGANIZATION ORGANIZATION O O",
        "compound 1 0", "punct 1 2", "det 5 3", "compound 5 4", "appos 1 5", "case 8 6", "compound 8 7",
        "nmod:at 5 8", "punct 1 9", "nsubj 10 1", "root -1 10"));
    assertEquals("GBREDU", at(ms, 0, 1).actor().code(), "a Russia expert is not Russian");
    assertEquals("Ivan Petrov", at(ms, 0, 5).actor().name());
    assertEquals("RUS", at(ms, 0, 4).actor().code());
    assertEquals("GBREDU", at(ms, 0, 7).actor().code());
  }

  @Test
  void articleRemembersNamesAndTitles() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021)
        .sentence("Ivan Petrov , a Russian analyst , said", "NNP NNP , DT JJ NN , VBD",
            "PERSON PERSON O O MISC O O O",
            "compound 1 0", "punct 1 2", "det 5 3", "amod 5 4", "appos 1 5", "punct 1 6", "nsubj 7 1", "root -1 7")
        .sentence("Mr. Petrov added", "NNP NNP VBD", "O PERSON O", "compound 1 0", "nsubj 2 1", "root -1 2")
        .sentence("Kremlin spokesman Oleg Sidorov spoke", "NNP NN NNP NNP VBD", "ORGANIZATION O PERSON PERSON O",
            "compound 1 0", "compound 3 1", "compound 3 2", "nsubj 4 3", "root -1 4")
        .sentence("The spokesman added", "DT NN VBD", "O O O", "det 1 0", "nsubj 2 1", "root -1 2"));
    assertEquals("RUSEDU", at(ms, 0, 0).actor().code());
    Mention later = at(ms, 1, 1);
    assertEquals("RUSEDU", later.actor().code());
    assertEquals("Ivan Petrov", later.actor().name());
    assertEquals(0, later.beginToken(), "the honorific is part of the span");
    Mention spokesman = at(ms, 3, 1);
    assertEquals("RUSGOV", spokesman.actor().code());
    assertEquals("Oleg Sidorov", spokesman.actor().name());
  }

  @Test
  void separatistRegionsAreRebelsOfTheCountryTheyLieIn() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Moscow recognised two separatist regions in eastern Georgia", "NNP VBD CD JJ NNS IN JJ NNP",
        "LOCATION O NUMBER O O O O LOCATION",
        "nsubj 1 0", "root -1 1", "nummod 4 2", "amod 4 3", "obj 1 4", "case 7 5", "amod 7 6", "nmod:in 4 7"));
    assertEquals("GEOREB", at(ms, 0, 4).actor().code(), ms.toString());
    List<Mention> republics = mentions(Fixture.article(OCT_2021).sentence(
        "the people 's republics of Moldova", "DT NNS POS NNS IN NNP", "O O O O O LOCATION",
        "nmod:poss 3 1", "case 1 2", "det 3 0", "root -1 3", "case 5 4", "nmod:of 3 5"));
    assertEquals("MDAREB", at(republics, 0, 3).actor().code(), "not the people (CVL): " + republics);
  }

  @Test
  void surnameNeedsConfirmation() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Officials in Austin , Texas , met", "NNS IN NNP , NNP , VBD", "O O LOCATION O LOCATION O O",
        "nsubj 6 0", "case 2 1", "nmod:in 0 2", "punct 2 3", "appos 2 4", "punct 2 5", "root -1 6"));
    for (Mention m : ms) assertFalse("USAGOV".equals(m.actor().code()) && m.covers(2), m.toString());
  }

  @Test
  void coordinatedAdjectivesShareTheAgent() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "French and German diplomats left", "JJ CC JJ NNS VBD", "MISC O MISC O O",
        "amod 3 0", "cc 2 1", "conj:and 0 2", "amod 3 2", "nsubj 4 3", "root -1 4"));
    assertEquals("FRADIP", at(ms, 0, 0).actor().code());
    assertEquals("DEUDIP", at(ms, 0, 3).actor().code());
  }

  @Test
  void capitalTaggedAsPersonStaysAPlace() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "Officials in Kyiv said", "NNS IN NNP VBD", "O O PERSON O",
        "nsubj 3 0", "case 2 1", "nmod:in 0 2", "root -1 3"));
    assertEquals("UKR", at(ms, 0, 2).actor().country());
    assertTrue(at(ms, 0, 2).place());
    assertEquals("UKRGOV", at(ms, 0, 0).actor().code(), "officials in Kyiv are Ukraine's");
  }

  @Test
  void theGovernmentOfANamedProvinceIsItsCountrysGovernment() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "The government of Sindh province ordered patrols",
        "DT NN IN NNP NN VBD NNS", "O O O LOCATION O O O",
        "det 1 0", "nsubj 5 1", "case 4 2", "compound 4 3", "nmod:of 1 4", "root -1 5", "obj 5 6"));
    assertEquals("PAKGOV", at(ms, 0, 1).actor().code(), "the arc reaches 'province', its name is Sindh");
  }

  @Test
  void aKnownNameAtTheEndOfAnUnknownOrganisationIsNotThatActor() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021).sentence(
        "the Freedonia Teachers Congress protested", "DT NNP NNPS NNP VBD",
        "O ORGANIZATION ORGANIZATION ORGANIZATION O",
        "det 3 0", "compound 3 1", "compound 3 2", "nsubj 4 3", "root -1 4"));
    assertTrue(ms.stream().noneMatch(m -> m.actor() != null && "USALEG".equals(m.actor().code())), ms.toString());
    List<Mention> us = mentions(Fixture.article(OCT_2021).sentence(
        "the US Congress voted", "DT NNP NNP VBD", "O ORGANIZATION ORGANIZATION O",
        "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3"));
    assertEquals("USALEG", us.get(0).actor().code(), us.toString());
  }

  @Test
  void titleReferenceNeedsTheSameTitle() throws Exception {
    List<Mention> ms = mentions(Fixture.article(OCT_2021)
        .sentence("Turkish President Ali Demir spoke", "JJ NNP NNP NNP VBD", "MISC O PERSON PERSON O",
            "amod 3 0", "compound 3 1", "compound 3 2", "nsubj 4 3", "root -1 4")
        .sentence("The Foreign Ministry agreed", "DT NNP NNP VBD", "O ORGANIZATION ORGANIZATION O",
            "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3")
        .sentence("The president added", "DT NN VBD", "O O O", "det 1 0", "nsubj 2 1", "root -1 2"));
    assertEquals("TURGOV", at(ms, 0, 3).actor().code());
    assertEquals("GOV", at(ms, 1, 2).actor().code(), "another title: no reference");
    assertEquals("Ali Demir", at(ms, 2, 1).actor().name());
    assertEquals(at(ms, 0, 1), Mentions.covering(ms.stream().filter(m -> m.sentence() == 0).toList(), 1).orElseThrow());
  }

  @Test
  void threadSafeAndDeterministic() throws Exception {
    Analysis in = rudenko().build();
    List<Mention> expected = stage.process(in).mentions();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Mention>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) results.add(pool.submit(() -> stage.process(in).mentions()));
      for (Future<List<Mention>> f : results) assertEquals(expected, f.get());
    } finally {
      pool.shutdown();
    }
  }
}
