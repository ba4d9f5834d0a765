package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.ActorKind;
import org.riposte.api.Analysis;
import org.riposte.api.EventDate;
import org.riposte.api.Quote;

/**
 * Quotations on hand-made parses: every shape of quote (inverted and split attributions, multi-sentence and partial
 * quotes, continuations, pronouns, later attributions, speech nouns and adjuncts) with its speaker, verb, offsets
 * and date — and no speaker where the text names none.
 */
class QuoteStageTest {

  static Analysis run(Fixture f, QuoteStage stage) throws Exception {
    return stage.process(DependencyEventCoder.defaultCoder().process(f.analysis()));
  }

  static List<Quote> quotes(Fixture f) throws Exception {
    Analysis a = run(f, QuoteStage.defaultStage());
    for (Quote q : a.quotes()) {
      assertEquals(q.text(), a.article().text().substring(q.start(), q.end()), "offsets of " + q);
    }
    return a.quotes();
  }

  private static void assertSpeaker(String name, String code, Quote q) {
    assertTrue(q.speaker() != null, "no speaker for " + q);
    assertEquals(name, q.speaker().name(), q.toString());
    assertEquals(code, q.speaker().code(), q.toString());
  }

  /** "Anna Berg said the border would stay open." */
  private static Fixture bergSaysBorderStaysOpen(Fixture f) {
    return f.sentence("Anna/NNP Berg/NNP said/VBD/say the/DT border/NN would/MD stay/VB open/JJ ./.")
        .deps("nsubj(said, Berg) compound(Berg, Anna) ccomp(said, stay) nsubj(stay, border) det(border, the)"
            + " aux(stay, would) xcomp(stay, open)")
        .person("Anna Berg", "NORGOV");
  }

  @Test
  void quoteBeforeAnInvertedAttribution() throws Exception {
    List<Quote> qs = quotes(Fixture.published("2021-10-20")
        .sentence("“/`` Gone/VBN/go are/VBP/be the/DT days/NNS/day ,/, ”/'' said/VBD/say Anna/NNP Berg/NNP ,/, the/DT"
            + " foreign/JJ minister/NN ./.")
        .deps("ccomp(said, Gone) punct(Gone, “) aux(Gone, are) nsubj(Gone, days) det(days, the-3)"
            + " nsubj(said, Berg) compound(Berg, Anna) appos(Berg, minister) det(minister, the-11)"
            + " amod(minister, foreign)")
        .person("Anna Berg", "NORGOV"));
    assertEquals(1, qs.size(), qs.toString());
    Quote q = qs.get(0);
    assertEquals("Gone are the days", q.text());
    assertSpeaker("Anna Berg", "NORGOV", q);
    assertEquals("said", q.verb());
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 20)), q.date(), "a report of the day: the publication day");
  }

  @Test
  void anUncodedSpeakerTakesTheCodeOfItsApposition() throws Exception {
    List<Quote> qs = quotes(Fixture.published("2021-10-20")
        .sentence("“/`` We/PRP stay/VBP ,/, ”/'' said/VBD/say Ivo/NNP Lind/NNP ,/, a/DT Latvian/JJ diplomat/NN ./.")
        .deps("ccomp(said, stay) nsubj(stay, We) punct(stay, “) nsubj(said, Lind) compound(Lind, Ivo)"
            + " appos(Lind, diplomat) det(diplomat, a) amod(diplomat, Latvian)")
        .ner("Ivo", "PERSON").ner("Lind", "PERSON")
        .actor("Latvian diplomat", "LVADIP"));
    assertSpeaker("Ivo Lind", "LVADIP", qs.get(0));
    assertEquals(ActorKind.PERSON, qs.get(0).speaker().kind());
  }

  @Test
  void aQuoteSplitByItsAttributionIsTwoQuotesOfOneSpeaker() throws Exception {
    List<Quote> qs = quotes(Fixture.published("2021-10-20")
        .sentence("“/`` We/PRP will/MD not/RB leave/VB ,/, ”/'' Berg/NNP said/VBD/say ,/, “/`` and/CC we/PRP will/MD"
            + " not/RB be/VB silent/JJ ./. ”/''")
        .deps("ccomp(said, leave) nsubj(leave, We) aux(leave, will-2) advmod(leave, not-3) nsubj(said, Berg)"
            + " parataxis(said, silent) cc(silent, and) nsubj(silent, we) aux(silent, will-13)"
            + " advmod(silent, not-14) cop(silent, be)")
        .person("Berg", "NORGOV"));
    assertEquals(2, qs.size(), qs.toString());
    assertEquals("We will not leave", qs.get(0).text());
    assertTrue(qs.get(1).text().startsWith("and we will not be silent"), qs.get(1).text());
    for (Quote q : qs) assertSpeaker("Berg", "NORGOV", q);
  }

  @Test
  void aQuoteOfSeveralSentencesIsOneQuoteAttributedInItsLastSentence() throws Exception {
    List<Quote> qs = quotes(Fixture.published("2021-10-20")
        .sentence("“/`` The/DT talks/NNS/talk failed/VBD/fail ./.")
        .deps("nsubj(failed, talks) det(talks, The) punct(failed, “)")
        .sentence("Nobody/NN came/VBD/come ,/, ”/'' Berg/NNP said/VBD/say ./.")
        .deps("ccomp(said, came) nsubj(came, Nobody) nsubj(said, Berg)")
        .person("Berg", "NORGOV"));
    assertEquals(1, qs.size(), qs.toString());
    assertEquals("The talks failed . Nobody came", qs.get(0).text());
    assertSpeaker("Berg", "NORGOV", qs.get(0));
  }

  @Test
  void aPartialQuoteOfAFewWords() throws Exception {
    List<Quote> qs = quotes(Fixture.published("2021-10-20")
        .sentence("Berg/NNP called/VBD/call the/DT plan/NN a/DT “/`` dead/JJ end/NN ”/'' ./.")
        .deps("nsubj(called, Berg) obj(called, plan) det(plan, the) xcomp(called, end) det(end, a) amod(end, dead)"
            + " punct(end, “)")
        .person("Berg", "NORGOV"));
    assertEquals("dead end", qs.get(0).text());
    assertSpeaker("Berg", "NORGOV", qs.get(0));
    assertEquals("called", qs.get(0).verb());
  }

  @Test
  void heAddedIsTheLastSpeakerNamed() throws Exception {
    List<Quote> qs = quotes(bergSaysBorderStaysOpen(Fixture.published("2021-10-20"))
        .sentence("“/`` It/PRP is/VBZ/be our/PRP$ duty/NN ,/, ”/'' she/PRP added/VBD/add ./.")
        .deps("ccomp(added, duty) nsubj(duty, It) cop(duty, is) nmod:poss(duty, our) punct(duty, “)"
            + " nsubj(added, she)"));
    assertSpeaker("Anna Berg", "NORGOV", qs.get(0));
    assertEquals("added", qs.get(0).verb());
  }

  @Test
  void aPronounAfterAnotherPersonWasNamedStaysUnresolved() throws Exception {
    List<Quote> qs = quotes(bergSaysBorderStaysOpen(Fixture.published("2021-10-20"))
        .sentence("Ivo/NNP Lind/NNP met/VBD/meet the/DT envoy/NN ./.")
        .deps("nsubj(met, Lind) compound(Lind, Ivo) obj(met, envoy) det(envoy, the)")
        .person("Ivo Lind", "LVAGOV")
        .sentence("“/`` It/PRP is/VBZ/be over/RB ,/, ”/'' he/PRP said/VBD/say ./.")
        .deps("ccomp(said, over) nsubj(over, It) cop(over, is) punct(over, “) nsubj(said, he)"));
    assertEquals(1, qs.size());
    assertNull(qs.get(0).speaker(), "two people named: 'he' is ambiguous");
  }

  @Test
  void aSentenceThatIsOnlyAQuoteContinuesThePreviousSpeaker() throws Exception {
    List<Quote> qs = quotes(Fixture.published("2021-10-20")
        .sentence("“/`` We/PRP stay/VBP ,/, ”/'' Berg/NNP said/VBD/say ./.")
        .deps("ccomp(said, stay) nsubj(stay, We) punct(stay, “) nsubj(said, Berg)")
        .person("Berg", "NORGOV")
        .sentence("“/`` Nothing/NN has/VBZ/have changed/VBN/change ./. ”/''")
        .deps("nsubj(changed, Nothing) aux(changed, has) punct(changed, “)"));
    assertEquals(2, qs.size());
    assertTrue(qs.get(1).text().startsWith("Nothing has changed"), qs.get(1).text());
    assertSpeaker("Berg", "NORGOV", qs.get(1));
    assertNull(qs.get(1).verb(), "no verb says the continuation");
  }

  @Test
  void noSpeakerIsGuessedFromANeighbour() throws Exception {
    List<Quote> qs = quotes(bergSaysBorderStaysOpen(Fixture.published("2021-10-20"))
        .sentence("The/DT “/`` reset/NN ”/'' is/VBZ/be over/RB ./.")
        .deps("nsubj(over, reset) det(reset, The) cop(over, is) punct(reset, “)")
        .sentence("The/DT question/NN remains/VBZ/remain ,/, “/`` Is/VBZ/be it/PRP over/RB ?/. ”/''")
        .deps("nsubj(remains, question) det(question, The) ccomp(remains, over) cop(over, Is) nsubj(over, it)"
            + " punct(over, “)"));
    assertEquals(List.of("reset", "Is it over ?"), qs.stream().map(Quote::text).toList());
    for (Quote q : qs) assertNull(q.speaker(), q.toString());
  }

  @Test
  void aQuoteInAClauseCoordinatedWithASpeechVerbIsNotItsSpeech() throws Exception {
    List<Quote> qs = quotes(Fixture.published("2021-10-20")
        .sentence("Berg/NNP said/VBD/say talks/NNS/talk would/MD continue/VB ,/, but/CC the/DT “/`` reset/NN ”/''"
            + " failed/VBD/fail ./.")
        .deps("nsubj(said, Berg) ccomp(said, continue) nsubj(continue, talks) aux(continue, would)"
            + " conj:but(said, failed) cc(failed, but) nsubj(failed, reset) det(reset, the) punct(reset, “)")
        .person("Berg", "NORGOV")
        .sentence("The/DT “/`` reset/NN ”/'' failed/VBD/fail ,/, Berg/NNP said/VBD/say later/RB ./.")
        .deps("nsubj(failed, reset) det(reset, The) punct(reset, “) parataxis(failed, said) nsubj(said, Berg)"
            + " advmod(said, later)")
        .person("Berg", "NORGOV"));
    assertEquals(2, qs.size(), qs.toString());
    assertNull(qs.get(0).speaker(), "coordinated with the speech verb: " + qs.get(0));
    assertSpeaker("Berg", "NORGOV", qs.get(1));
  }

  /** "Norway will close its embassy over “security risks”. This was stated on Monday by Anna Berg." */
  private static Fixture attributedLater() {
    return Fixture.published("2021-10-20")
        .sentence("Norway/NNP will/MD close/VB its/PRP$ embassy/NN over/IN “/`` security/NN risks/NNS/risk ”/'' ./.")
        .deps("nsubj(close, Norway) aux(close, will) obj(close, embassy) nmod:poss(embassy, its)"
            + " obl:over(close, risks) case(risks, over) compound(risks, security) punct(risks, “)")
        .actor("Norway", "NOR")
        .sentence("This/DT was/VBD/be stated/VBN/state on/IN Monday/NNP by/IN Anna/NNP Berg/NNP ./.")
        .deps("nsubj:pass(stated, This) aux:pass(stated, was) obl:on(stated, Monday) case(Monday, on)"
            + " obl:agent(stated, Berg) case(Berg, by) compound(Berg, Anna)")
        .person("Anna Berg", "NORGOV").timex("Monday", "2021-10-18");
  }

  @Test
  void aQuoteAttributedInALaterSentenceTakesThatSpeakerAndDate() throws Exception {
    List<Quote> qs = quotes(attributedLater());
    assertEquals("security risks", qs.get(0).text());
    assertSpeaker("Anna Berg", "NORGOV", qs.get(0));
    assertEquals("stated", qs.get(0).verb());
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 18)), qs.get(0).date());
  }

  @Test
  void withoutLookAheadTheLaterAttributionIsNotSought() throws Exception {
    Analysis a = run(attributedLater(), new QuoteStage(new QuoteConfig(true, 0)));
    assertNull(a.quotes().get(0).speaker());
  }

  @Test
  void aSpeechNounGivesItsPossessor() throws Exception {
    List<Quote> qs = quotes(Fixture.published("2021-10-20")
        .sentence("Berg/NNP 's/POS warning/NN of/IN a/DT “/`` dead/JJ end/NN ”/'' came/VBD/come late/RB ./.")
        .deps("nsubj(came, warning) nmod:poss(warning, Berg) case(Berg, 's) nmod:of(warning, end) case(end, of)"
            + " det(end, a) amod(end, dead) punct(end, “) advmod(came, late)")
        .person("Berg", "NORGOV"));
    assertSpeaker("Berg", "NORGOV", qs.get(0));
    assertNull(qs.get(0).verb());
  }

  @Test
  void anOwnerlessAccusationIsThatOfTheEventNounBeforeIt() throws Exception {
    List<Quote> qs = quotes(Fixture.published("2021-10-20")
        .sentence("Norway/NNP 's/POS expulsion/NN of/IN two/CD diplomats/NNS/diplomat came/VBD/come under/IN the/DT"
            + " accusation/NN of/IN “/`` spying/NN ”/'' ./.")
        .deps("nsubj(came, expulsion) nmod:poss(expulsion, Norway) case(Norway, 's) nmod:of(expulsion, diplomats)"
            + " case(diplomats, of-3) nummod(diplomats, two) obl:under(came, accusation) case(accusation, under)"
            + " det(accusation, the) nmod:of(accusation, spying) case(spying, of-10) punct(spying, “)")
        .actor("Norway", "NOR"));
    assertSpeaker("Norway", "NOR", qs.get(0));
  }

  @Test
  void accordingToNamesTheSpeakerOfAQuoteThatHeadsItsClause() throws Exception {
    List<Quote> qs = quotes(Fixture.published("2021-10-20")
        .sentence("The/DT plan/NN is/VBZ/be a/DT “/`` dead/JJ end/NN ”/'' ,/, according/VBG to/IN Berg/NNP ./.")
        .deps("nsubj(end, plan) det(plan, The) cop(end, is) det(end, a) amod(end, dead) punct(end, “)"
            + " obl:according_to(end, Berg) case(Berg, according) fixed(according, to)")
        .person("Berg", "NORGOV"));
    assertSpeaker("Berg", "NORGOV", qs.get(0));
  }

  @Test
  void aQuoteIsDatedByItsAttributingClause() throws Exception {
    List<Quote> qs = quotes(Fixture.published("2021-10-20")
        .sentence("“/`` We/PRP stay/VBP ,/, ”/'' Berg/NNP said/VBD/say on/IN Monday/NNP ./.")
        .deps("ccomp(said, stay) nsubj(stay, We) punct(stay, “) nsubj(said, Berg) obl:on(said, Monday)"
            + " case(Monday, on)")
        .person("Berg", "NORGOV").timex("Monday", "2021-10-18"));
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 18)), qs.get(0).date());
  }
}
