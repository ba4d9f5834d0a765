package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Over-generation guards: idioms and metaphors, sport, undated history lessons, duplicates within a sentence. Each
 * guard is tested with a control sentence that the coder does code, so that the test fails if the guard stops
 * telling the two apart.
 */
class OverGenerationTest {

  private static boolean none(List<Event> events, String root) {
    return events.stream().noneMatch(e -> e.root().equals(root));
  }

  @Test
  void aWarOfWordsIsNoWar() throws Exception {
    List<Event> words = Fixture.published("2021-10-20")
        .sentence("Serbia/NNP waged/VBD/wage a/DT war/NN of/IN words/NNS/word against/IN Croatia/NNP ./.")
        .deps("nsubj(waged, Serbia) obj(waged, war) det(war, a) nmod:of(war, words) case(words, of)"
            + " nmod:against(war, Croatia) case(Croatia, against)")
        .actor("Serbia", "SRB").actor("Croatia", "HRV")
        .events();
    assertTrue(none(words, "19"), Events.describe(words));
    List<Event> war = Fixture.published("2021-10-20")
        .sentence("Serbia/NNP waged/VBD/wage a/DT war/NN against/IN Croatia/NNP ./.")
        .deps("nsubj(waged, Serbia) obj(waged, war) det(war, a) nmod:against(war, Croatia) case(Croatia, against)")
        .actor("Serbia", "SRB").actor("Croatia", "HRV")
        .events();
    assertDyad(only(war, "190"), "SRB", "HRV");
  }

  @Test
  void fightingForVotesOrAgainstCorruptionIsNoFight() throws Exception {
    List<Event> votes = fighting("for/IN votes/NNS/vote", "obl:for(fighting, votes) case(votes, for)");
    assertTrue(votes.isEmpty(), Events.describe(votes));
    List<Event> corruption = fighting("corruption/NN", "obj(fighting, corruption)");
    assertTrue(corruption.isEmpty(), Events.describe(corruption));
    List<Event> town = fighting("for/IN the/DT town/NN", "obl:for(fighting, town) case(town, for) det(town, the)");
    assertEquals("190", only(town, "190").cameo());
  }

  private static List<Event> fighting(String rest, String deps) throws Exception {
    return Fixture.published("2021-10-20")
        .sentence("Polish/JJ troops/NNS/troops are/VBP fighting/VBG/fight " + rest + " ./.")
        .deps("nsubj(fighting, troops) amod(troops, Polish) aux(fighting, are) " + deps)
        .actor("Polish troops", "POLMIL")
        .events();
  }

  @Test
  void anAttackOnAPlanIsCriticism() throws Exception {
    List<Event> plan = Fixture.published("2021-10-20")
        .sentence("Hungary/NNP attacked/VBD/attack the/DT Austrian/JJ proposal/NN ./.")
        .deps("nsubj(attacked, Hungary) obj(attacked, proposal) det(proposal, the) amod(proposal, Austrian)")
        .actor("Hungary", "HUN").actor("Austrian", "AUT")
        .events();
    assertDyad(only(plan, "111"), "HUN", "AUT");
    assertTrue(none(plan, "19") && none(plan, "18"), Events.describe(plan));
  }

  @Test
  void sportInTheWordsOfConflictIsNoEvent() throws Exception {
    List<Event> finalMatch = Fixture.published("2021-10-20")
        .sentence("France/NNP clashed/VBD/clash with/IN Brazil/NNP in/IN the/DT World/NNP Cup/NNP final/NN ./.")
        .deps("nsubj(clashed, France) obl:with(clashed, Brazil) case(Brazil, with) obl:in(clashed, final)"
            + " case(final, in) det(final, the) compound(final, Cup) compound(Cup, World)")
        .actor("France", "FRA").actor("Brazil", "BRA")
        .events();
    assertTrue(finalMatch.isEmpty(), Events.describe(finalMatch));

    List<Event> score = Fixture.published("2021-10-20")
        .sentence("Ghana/NNP fought/VBD/fight Nigeria/NNP to/IN a/DT 2–2/CD draw/NN ./.")
        .deps("nsubj(fought, Ghana) obj(fought, Nigeria) obl:to(fought, draw) case(draw, to) det(draw, a)"
            + " nummod(draw, 2–2)")
        .actor("Ghana", "GHA").actor("Nigeria", "NGA")
        .events();
    assertTrue(score.isEmpty(), Events.describe(score));

    List<Event> hosted = Fixture.published("2021-10-20")
        .sentence("Germany/NNP hosted/VBD/host Italy/NNP in/IN a/DT friendly/JJ match/NN ./.")
        .deps("nsubj(hosted, Germany) obj(hosted, Italy) obl:in(hosted, match) case(match, in) det(match, a)"
            + " amod(match, friendly)")
        .actor("Germany", "DEU").actor("Italy", "ITA")
        .events();
    assertTrue(hosted.isEmpty(), Events.describe(hosted));
  }

  @Test
  void violenceAfterAMatchIsStillAnEvent() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("French/JJ police/NNS/police clashed/VBD/clash with/IN Brazilian/JJ fans/NNS/fan after/IN the/DT"
            + " match/NN ./.")
        .deps("nsubj(clashed, police) amod(police, French) obl:with(clashed, fans) case(fans, with)"
            + " amod(fans, Brazilian) obl:after(clashed, match) case(match, after) det(match, the)")
        .actor("French police", "FRACOP").actor("Brazilian fans", "BRACVL")
        .events();
    assertDyad(events.stream().filter(e -> e.source().code().equals("FRACOP")).findFirst().orElseThrow(),
        "FRACOP", "BRACVL");
  }

  @Test
  void anUndatedHistoryLessonIsNoCurrentEvent() throws Exception {
    List<Event> coldWar = invasion("during/IN the/DT Cold/NNP War/NNP",
        "obl:during(invaded, War) case(War, during) det(War, the) compound(War, Cold)", null);
    assertTrue(coldWar.isEmpty(), Events.describe(coldWar));
    List<Event> era = invasion("in/IN the/DT Soviet/JJ era/NN",
        "obl:in(invaded, era) case(era, in) det(era, the) amod(era, Soviet)", null);
    assertTrue(era.isEmpty(), Events.describe(era));
    List<Event> recent = invasion("in/IN recent/JJ times/NNS/times",
        "obl:in(invaded, times) case(times, in) amod(times, recent)", null);
    assertDyad(only(recent, "192"), "RUS", "AFG");
  }

  @Test
  void aDatedPastEventInAHistoricPeriodIsKeptWithItsDate() throws Exception {
    List<Event> events = invasion("in/IN 1979/CD during/IN the/DT Cold/NNP War/NNP",
        "obl:in(invaded, 1979) case(1979, in) obl:during(invaded, War) case(War, during) det(War, the)"
            + " compound(War, Cold)", "1979");
    Event e = only(events, "192");
    assertDyad(e, "RUS", "AFG");
    assertEquals("1979", e.date().value());
  }

  private static List<Event> invasion(String rest, String deps, String year) throws Exception {
    Fixture f = Fixture.published("2021-10-20")
        .sentence("Russia/NNP invaded/VBD/invade Afghanistan/NNP " + rest + " ./.")
        .deps("nsubj(invaded, Russia) obj(invaded, Afghanistan) " + deps)
        .actor("Russia", "RUS").actor("Afghanistan", "AFG");
    return (year == null ? f : f.timex(year, year)).events();
  }

  @Test
  void oneActAgainstTwoMentionsOfTheSameActorIsOneEvent() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Poland/NNP expelled/VBD/expel the/DT Russian/JJ ambassador/NN and/CC his/PRP$ deputy/NN ./.")
        .deps("nsubj(expelled, Poland) obj(expelled, ambassador) det(ambassador, the) amod(ambassador, Russian)"
            + " conj:and(ambassador, deputy) cc(deputy, and) nmod:poss(deputy, his) obj(expelled, deputy)")
        .actor("Poland", "POL").actor("Russian ambassador", "RUSDIP").actor("deputy", "RUSDIP")
        .events();
    assertEquals(1, events.stream().filter(e -> e.cameo().equals("161")).count(), Events.describe(events));
    assertDyad(only(events, "161"), "POL", "RUSDIP");
  }
}
