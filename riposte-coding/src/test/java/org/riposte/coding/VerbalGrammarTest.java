package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Grammar cases of the cooperative and verbal side: acts told in the passive without agent, objects the parser hung
 * elsewhere, statements of obligation that are demands, joint exercises, and acts named by nouns.
 */
class VerbalGrammarTest {

  @Test
  void anObjectAfterABareDayIsStillTheObject() throws Exception {
    // "lifted Friday a blockade": the parser hangs the object on the day (obl:tmod, then dep)
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT Indian/JJ army/NN lifted/VBD/lift Friday/NNP a/DT blockade/NN on/IN Nepali/JJ trucks/NNS/truck"
            + " ./.")
        .deps("nsubj(lifted, army) det(army, The) amod(army, Indian) obl:tmod(lifted, Friday) dep(Friday, blockade)"
            + " det(blockade, a) nmod:on(blockade, trucks) case(trucks, on) amod(trucks, Nepali)")
        .actor("Indian army", "INDMIL")
        .events();
    assertEquals("INDMIL", only(events, "0872").source().code(), Events.describe(events));
  }

  @Test
  void aMissionOfObserversIsLookedThroughToTheObservers() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Armenia/NNP received/VBD/receive a/DT mission/NN of/IN observers/NNS/observer from/IN the/DT"
            + " OSCE/NNP ./.")
        .deps("nsubj(received, Armenia) obj(received, mission) det(mission, a) nmod:of(mission, observers)"
            + " case(observers, of) obl:from(received, OSCE) case(OSCE, from) det(OSCE, the)")
        .actor("Armenia", "ARM").actor("OSCE", "IGOOSC")
        .events();
    assertEquals("ARM", only(events, "0862").source().code(), Events.describe(events));
  }

  @Test
  void stepsToEnhanceFreedomsEaseRestrictionsOnThem() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Kazakhstan/NNP has/VBZ/have taken/VBN/take steps/NNS/step to/TO enhance/VB political/JJ"
            + " freedoms/NNS/freedom ./.")
        .deps("nsubj(taken, Kazakhstan) aux(taken, has) obj(taken, steps) xcomp(taken, enhance)"
            + " nsubj:xsubj(enhance, steps) mark(enhance, to) obj(enhance, freedoms) amod(freedoms, political)")
        .actor("Kazakhstan", "KAZ")
        .events();
    Event e = only(events, "0811");
    assertEquals("KAZ", e.source().code());
    assertEquals(org.riposte.api.Status.ASSERTED, e.status(), "steps taken are done, not planned");
  }

  @Test
  void anAgentlessPassiveInquiryInACountryIsThatCountrysAct() throws Exception {
    // "a Chilean engineer has been put under investigation in Peru": Peru's authorities investigate
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("A/DT Chilean/JJ engineer/NN has/VBZ/have been/VBN/be put/VBN/put under/IN investigation/NN in/IN"
            + " Peru/NNP ./.")
        .deps("nsubj:pass(put, engineer) det(engineer, A) amod(engineer, Chilean) aux(put, has) aux:pass(put, been)"
            + " obl:under(put, investigation) case(investigation, under) obl:in(put, Peru) case(Peru, in)")
        .actor("Chilean engineer", "CHLCVL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "090"), "PER", "CHLCVL");
  }

  @Test
  void anAgentlessArrestForSpyingInACountryIsThatCountrysAccusation() throws Exception {
    // the arrest is coded as the accusation of espionage it makes (1125); only authorities arrest
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("A/DT Chilean/JJ engineer/NN was/VBD/be arrested/VBN/arrest in/IN Peru/NNP for/IN spying/NN ./.")
        .deps("nsubj:pass(arrested, engineer) det(engineer, A) amod(engineer, Chilean) aux:pass(arrested, was)"
            + " obl:in(arrested, Peru) case(Peru, in) obl:for(arrested, spying) case(spying, for)")
        .actor("Chilean engineer", "CHLCVL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "1125"), "PER", "CHLCVL");
  }

  @Test
  void anAgentlessArrestInAPlaceTheDictionariesDoNotKnowIsByItsAuthoritiesUncoded() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Two/CD Chilean/JJ engineers/NNS/engineer were/VBD/be detained/VBN/detain in/IN Zelbar/NNP ./.")
        .deps("nummod(engineers, Two) amod(engineers, Chilean) nsubj:pass(detained, engineers)"
            + " aux:pass(detained, were) obl:in(detained, Zelbar) case(Zelbar, in)")
        .ner("Zelbar", "LOCATION")
        .actor("Chilean engineers", "CHLCVL")
        .events();
    Event e = only(events, "173");
    assertEquals("Zelbar", e.source().name());
    assertEquals(null, e.source().code(), "an unknown place's authorities stay uncoded");
    assertEquals("CHLCVL", e.target().code());
  }

  @Test
  void anAgentlessPassiveOfAnyOtherActTakesNoSourceFromThePlace() throws Exception {
    // a killing in a country is not that country's act
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("A/DT Chilean/JJ engineer/NN was/VBD/be killed/VBN/kill in/IN Peru/NNP ./.")
        .deps("nsubj:pass(killed, engineer) det(engineer, A) amod(engineer, Chilean) aux:pass(killed, was)"
            + " obl:in(killed, Peru) case(Peru, in)")
        .actor("Chilean engineer", "CHLCVL").actor("Peru", "PER")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.source() != null && "PER".equals(e.source().code())),
        Events.describe(events));
  }

  @Test
  void aReminderThatAnotherMustActIsADemand() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT Danish/JJ premier/NN issued/VBD/issue a/DT reminder/NN to/IN Iceland/NNP that/IN it/PRP"
            + " must/MD cooperate/VB ./.")
        .deps("nsubj(issued, premier) det(premier, The) amod(premier, Danish) obj(issued, reminder)"
            + " det(reminder, a) obl:to(issued, Iceland) case(Iceland, to) ccomp(issued, cooperate)"
            + " mark(cooperate, that) nsubj(cooperate, it) aux(cooperate, must)")
        .actor("Danish premier", "DNKGOV").actor("Iceland", "ISL")
        .events();
    Event e = events.get(0);
    assertEquals("issued", e.trigger(), Events.describe(events));
    assertEquals("10", e.root(), Events.describe(events));
    assertDyad(e, "DNKGOV", "ISL");
  }

  @Test
  void tellingAnotherItNeedsToReformIsAnAppealForReform() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT Swiss/JJ minister/NN told/VBD/tell Italy/NNP that/IN it/PRP needs/VBZ/need to/TO enact/VB"
            + " reforms/NNS/reform ./.")
        .deps("nsubj(told, minister) det(minister, The) amod(minister, Swiss) obj(told, Italy) ccomp(told, needs)"
            + " mark(needs, that) nsubj(needs, it) xcomp(needs, enact) mark(enact, to) obj(enact, reforms)")
        .actor("Swiss minister", "CHEGOV").actor("Italy", "ITA")
        .events();
    Event e = only(events, "024");  // "needs to": an appeal for political reform ("must" would demand it)
    assertDyad(e, "CHEGOV", "ITA");
  }

  @Test
  void exercisesOfTwoCountriesForcesAreMilitaryCooperation() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Greek/JJ and/CC Italian/JJ warships/NNS/warship launched/VBD/launch war/NN games/NNS/game ./.")
        .deps("nsubj(launched, warships) amod(warships, Greek) amod(warships, Italian) conj:and(Greek, Italian)"
            + " cc(Italian, and) obj(launched, games) compound(games, war)")
        .actor("Greek", "GRC").actor("Italian", "ITA")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("062")), Events.describe(events));
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("150")), Events.describe(events));
  }

  @Test
  void exercisesOfOneCountryStayAMilitaryShowOfForce() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Greek/JJ warships/NNS/warship launched/VBD/launch war/NN games/NNS/game ./.")
        .deps("nsubj(launched, warships) amod(warships, Greek) obj(launched, games) compound(games, war)")
        .actor("Greek warships", "GRCMIL")
        .events();
    assertEquals("GRCMIL", only(events, "150").source().code());
  }

  @Test
  void urgingAThirdPartyToBackAnotherRalliesSupport() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Jordan/NNP urged/VBD/urge the/DT EU/NNP to/TO back/VB the/DT Palestinians/NNPS ./.")
        .deps("nsubj(urged, Jordan) obj(urged, EU) det(EU, the) xcomp(urged, back) mark(back, to)"
            + " obj(back, Palestinians) det(Palestinians, the)")
        .actor("Jordan", "JOR").actor("EU", "IGOEUREEC").actor("Palestinians", "PSE")
        .events();
    assertEquals("JOR", only(events, "053").source().code(), Events.describe(events));
  }

  @Test
  void aCourtOpeningAHearingInvestigates() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT Chilean/JJ court/NN opened/VBD/open a/DT hearing/NN ./.")
        .deps("nsubj(opened, court) det(court, The) amod(court, Chilean) obj(opened, hearing) det(hearing, a)")
        .actor("Chilean court", "CHLJUD")
        .events();
    assertEquals("CHLJUD", only(events, "090").source().code());
  }

  @Test
  void aSpeechVerbReadAsTheSubjectClauseStillReportsTheClauseAfterIt() throws Exception {
    // "Anna Berg said on Monday NATO would need to stay strong" parsed as csubj(need, said): a statement, and a
    // supposed need ("would need") is a view, no demand
    List<Event> events = QuoteStageTest.run(Fixture.published("2021-10-20")
        .sentence("Anna/NNP Berg/NNP said/VBD/say on/IN Monday/NNP NATO/NNP would/MD need/VB to/TO stay/VB strong/JJ"
            + " ./.")
        .deps("nsubj(said, Berg) compound(Berg, Anna) obl:on(said, NATO) case(NATO, on) compound(NATO, Monday)"
            + " csubj(need, said) aux(need, would) xcomp(need, stay) mark(stay, to) xcomp(stay, strong)")
        .person("Anna Berg", "NORGOV").actor("NATO", "IGOWSTNAT"), QuoteStage.defaultStage()).events();
    Event e = only(events, "010");
    assertEquals("NORGOV", e.source().code());
    assertEquals("said", e.trigger());
  }

  @Test
  void aDemandOnAnotherPartyIsCodedBesideTheSpeakersOtherActs() throws Exception {
    List<Event> events = QuoteStageTest.run(Fixture.published("2021-10-20")
        .sentence("Anna/NNP Berg/NNP reiterated/VBD/reiterate that/IN Latvia/NNP must/MD free/VB the/DT"
            + " fishermen/NNS/fisherman as/IN she/PRP visited/VBD/visit Estonia/NNP ./.")
        .deps("nsubj(reiterated, Berg) compound(Berg, Anna) ccomp(reiterated, free) mark(free, that)"
            + " nsubj(free, Latvia) aux(free, must) obj(free, fishermen) det(fishermen, the)"
            + " advcl:as(reiterated, visited) mark(visited, as) nsubj(visited, she) obj(visited, Estonia)")
        .person("Anna Berg", "NORGOV").actor("Latvia", "LVA").actor("Estonia", "EST"),
        QuoteStage.defaultStage()).events();
    assertTrue(events.stream().anyMatch(e -> e.root().equals("04")), Events.describe(events));
    Event demand = events.stream().filter(e -> e.root().equals("10")).findFirst().orElseThrow();
    assertDyad(demand, "NORGOV", "LVA");
  }

  @Test
  void peacekeepersArrivingInACountryAreReceivedByIt() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Ghanaian/JJ peacekeeping/NN troops/NNS/troops arrived/VBD/arrive in/IN Mali/NNP ./.")
        .deps("nsubj(arrived, troops) amod(troops, Ghanaian) compound(troops, peacekeeping) obl:in(arrived, Mali)"
            + " case(Mali, in)")
        .actor("Ghanaian peacekeeping troops", "GHAMIL").actor("Mali", "MLI")
        .events();
    assertDyad(only(events, "0861"), "MLI", "GHAMIL");
  }

  @Test
  void otherArrivalsStayVisits() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT Ghanaian/JJ president/NN arrived/VBD/arrive in/IN Mali/NNP ./.")
        .deps("nsubj(arrived, president) det(president, The) amod(president, Ghanaian) obl:in(arrived, Mali)"
            + " case(Mali, in)")
        .actor("Ghanaian president", "GHAGOV").actor("Mali", "MLI")
        .events();
    assertDyad(only(events, "042"), "GHAGOV", "MLI");
  }

  @Test
  void sayingALiftingIsOutOfTheQuestionRejectsIt() throws Exception {
    List<Event> events = QuoteStageTest.run(Fixture.published("2021-10-20")
        .sentence("Anna/NNP Berg/NNP said/VBD/say that/IN lifting/VBG/lift the/DT sanctions/NNS/sanction on/IN"
            + " Belarus/NNP is/VBZ/be out/IN of/IN the/DT question/NN ./.")
        .deps("nsubj(said, Berg) compound(Berg, Anna) ccomp(said, question) mark(question, that)"
            + " nsubj(question, lifting) cop(question, is) case(question, out) fixed(out, of) det(question, the)"
            + " obj(lifting, sanctions) det(sanctions, the) nmod:on(sanctions, Belarus) case(Belarus, on)")
        .person("Anna Berg", "NORGOV").actor("Belarus", "BLR"), QuoteStage.defaultStage()).events();
    Event e = events.stream().filter(x -> x.root().equals("12")).findFirst().orElseThrow(
        () -> new AssertionError(Events.describe(events)));
    assertEquals("1244", e.cameo());  // rejecting an easing of sanctions
    assertDyad(e, "NORGOV", "BLR");
  }

  @Test
  void whatAResolutionToBeSupportedWouldDoIsNotYetInForce() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Hungary/NNP will/MD support/VB a/DT UN/NNP resolution/NN that/WDT aims/VBZ/aim to/TO tighten/VB"
            + " sanctions/NNS/sanction on/IN Serbia/NNP ./.")
        .deps("nsubj(support, Hungary) aux(support, will) obj(support, resolution) det(resolution, a)"
            + " compound(resolution, UN) acl:relcl(resolution, aims) nsubj(aims, resolution) xcomp(aims, tighten)"
            + " nsubj:xsubj(tighten, resolution) mark(tighten, to) obj(tighten, sanctions)"
            + " nmod:on(sanctions, Serbia) case(Serbia, on)")
        .actor("Hungary", "HUN").actor("UN", "IGOUNO").actor("Serbia", "SRB")
        .events();
    List<Event> un = events.stream().filter(e -> e.source().code().equals("IGOUNO")).toList();
    assertTrue(!un.isEmpty() && un.stream().allMatch(e -> e.status() == org.riposte.api.Status.HYPOTHETICAL),
        Events.describe(events));
    assertTrue(events.stream().noneMatch(e -> e.root().equals("13")), "no threat: " + Events.describe(events));
  }

  @Test
  void whatASupportedResolutionDidStaysAsserted() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Hungary/NNP supported/VBD/support a/DT resolution/NN that/WDT imposed/VBD/impose sanctions/NNS/sanction"
            + " on/IN Serbia/NNP ./.")
        .deps("nsubj(supported, Hungary) obj(supported, resolution) det(resolution, a)"
            + " acl:relcl(resolution, imposed) nsubj(imposed, that) obj(imposed, sanctions)"
            + " nmod:on(sanctions, Serbia) case(Serbia, on)")
        .actor("Hungary", "HUN").actor("Serbia", "SRB")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.status() == org.riposte.api.Status.HYPOTHETICAL),
        Events.describe(events));
  }

  @Test
  void beingWillingToForgiveIsForgiveness() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Rwanda/NNP is/VBZ/be willing/JJ to/TO forgive/VB Uganda/NNP ./.")
        .deps("nsubj(willing, Rwanda) cop(willing, is) xcomp(willing, forgive) mark(forgive, to)"
            + " obj(forgive, Uganda)")
        .actor("Rwanda", "RWA").actor("Uganda", "UGA")
        .events();
    assertDyad(only(events, "056"), "RWA", "UGA");
  }
}
