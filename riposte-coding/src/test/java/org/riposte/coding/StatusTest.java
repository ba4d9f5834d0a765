package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;
import org.riposte.api.Status;

/** Asserted, negated, planned, hypothetical, claimed. */
class StatusTest {

  private static final String EXPEL = "Moldova/NNP %s expel/VB/expel the/DT Russian/JJ ambassador/NN ./.";

  private static List<Event> expel(String auxWord, String auxPos, String extraDeps) throws Exception {
    return Fixture.published("2021-10-20")
        .sentence(String.format(EXPEL.replace("%s", "%s/" + auxPos), auxWord))
        .deps("nsubj(expel, Moldova) obj(expel, ambassador) det(ambassador, the) amod(ambassador, Russian)"
            + extraDeps)
        .actor("Moldova", "MDA").actor("Russian ambassador", "RUSDIP")
        .events();
  }

  @Test
  void negationNegates() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Belarus/NNP did/VBD/do not/RB expel/VB the/DT Polish/JJ consul/NN ./.")
        .deps("nsubj(expel, Belarus) aux(expel, did) advmod(expel, not) obj(expel, consul) det(consul, the)"
            + " amod(consul, Polish)")
        .actor("Belarus", "BLR").actor("Polish consul", "POLDIP")
        .events();
    Event e = only(events, "161");
    assertEquals(Status.NEGATED, e.status());
  }

  @Test
  void denialNegatesTheDeniedActAndIsAnEventItself() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Belarus/NNP denied/VBD/deny sending/VBG/send troops/NNS/troop to/IN Lithuania/NNP ./.")
        .deps("nsubj(denied, Belarus) xcomp(denied, sending) obj(sending, troops) obl:to(sending, Lithuania)"
            + " case(Lithuania, to)")
        .actor("Belarus", "BLR").actor("troops", "MIL").actor("Lithuania", "LTU")
        .events();
    Event denial = only(events, "016");
    assertDyad(denial, "BLR", "LTU");
    assertEquals(Status.ASSERTED, denial.status());
    Event sending = only(events, "150");
    assertDyad(sending, "BLR", "LTU");
    assertEquals(Status.NEGATED, sending.status());
  }

  @Test
  void willIsPlannedAndAPlannedExpulsionIsAThreat() throws Exception {
    assertEquals(Status.ASSERTED, only(expel("will", "MD", " aux(expel, will)"), "1313").status());
  }

  @Test
  void plansToIsPlannedAndAPlannedExpulsionIsAThreat() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Moldova/NNP plans/VBZ/plan to/TO expel/VB the/DT Russian/JJ ambassador/NN ./.")
        .deps("nsubj(plans, Moldova) xcomp(plans, expel) mark(expel, to) nsubj:xsubj(expel, Moldova)"
            + " obj(expel, ambassador) det(ambassador, the) amod(ambassador, Russian)")
        .actor("Moldova", "MDA").actor("Russian ambassador", "RUSDIP")
        .events();
    Event e = only(events, "1313");
    assertEquals(Status.ASSERTED, e.status());
    assertFalse(e.date().isKnown(), "a plan without a date has none");
  }

  @Test
  void theHeadlineInfinitiveReportsAPlannedExpulsionNotAThreat() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Moldova/NNP to/TO expel/VB Russian/JJ ambassador/NN")
        .deps("nsubj(expel, Moldova) mark(expel, to) obj(expel, ambassador)"
            + " amod(ambassador, Russian)")
        .actor("Moldova", "MDA").actor("Russian ambassador", "RUSDIP")
        .events();
    assertEquals(Status.PLANNED, only(events, "161").status());
  }

  @Test
  void modalsAndConditionsAreHypothetical() throws Exception {
    assertEquals(Status.HYPOTHETICAL, only(expel("could", "MD", " aux(expel, could)"), "161").status());
    List<Event> conditional = Fixture.published("2021-10-20")
        .sentence("If/IN Russia/NNP asks/VBZ/ask ,/, Moldova/NNP would/MD release/VB the/DT Russian/JJ"
            + " prisoners/NNS/prisoner ./.")
        .deps("advcl:if(release, asks) mark(asks, If) nsubj(asks, Russia) nsubj(release, Moldova)"
            + " aux(release, would) obj(release, prisoners) det(prisoners, the) amod(prisoners, Russian)")
        .actor("Russia", "RUS").actor("Moldova", "MDA").actor("Russian prisoners", "RUSCVL")
        .events();
    // (a conflictual act on a condition is a threat: ThreatTest; a cooperative one an intent, here to release, 0353)
    assertEquals(Status.HYPOTHETICAL, only(conditional, "0353").status());
  }

  @Test
  void questionsAreHypothetical() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Did/VBD/do Moldova/NNP expel/VB the/DT Russian/JJ ambassador/NN ?/.")
        .deps("aux(expel, Did) nsubj(expel, Moldova) obj(expel, ambassador) det(ambassador, the)"
            + " amod(ambassador, Russian)")
        .actor("Moldova", "MDA").actor("Russian ambassador", "RUSDIP")
        .events();
    assertEquals(Status.HYPOTHETICAL, only(events, "161").status());
  }

  @Test
  void claimByAPartyIsClaimedAndReportByTheMediaAsserted() throws Exception {
    assertEquals(Status.CLAIMED, only(shelled("Kyiv", "UKRGOV", true), "194").status());
    assertEquals(Status.ASSERTED, only(shelled("Reuters", "GBRMED", false), "194").status());
  }

  @Test
  void accordingToAPartyIsClaimed() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Russian/JJ forces/NNS/force shelled/VBD/shell Ukrainian/JJ villages/NNS/village ,/, according/VBG"
            + " to/IN Kyiv/NNP ./.")
        .deps("nsubj(shelled, forces) amod(forces, Russian) obj(shelled, villages) amod(villages, Ukrainian)"
            + " obl:according_to(shelled, Kyiv) case(Kyiv, according) fixed(according, to)")
        .actor("Russian forces", "RUSMIL").actor("Ukrainian", "UKR").place("Kyiv", "UKRGOV")
        .events();
    assertEquals(Status.CLAIMED, only(events, "194").status());
  }

  private static List<Event> shelled(String speaker, String code, boolean place) throws Exception {
    Fixture f = Fixture.published("2021-10-20")
        .sentence(speaker + "/NNP said/VBD/say Russian/JJ forces/NNS/force shelled/VBD/shell Ukrainian/JJ"
            + " villages/NNS/village ./.")
        .deps("nsubj(said, " + speaker + ") ccomp(said, shelled) nsubj(shelled, forces) amod(forces, Russian)"
            + " obj(shelled, villages) amod(villages, Ukrainian)")
        .actor("Russian forces", "RUSMIL").actor("Ukrainian", "UKR");
    return (place ? f.place(speaker, code) : f.actor(speaker, code)).events();
  }

  @Test
  void wouldInReportedSpeechIsPlannedAndAPlannedExpulsionIsAThreat() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Moldova/NNP said/VBD/say it/PRP would/MD expel/VB the/DT Russian/JJ ambassador/NN ./.")
        .deps("nsubj(said, Moldova) ccomp(said, expel) nsubj(expel, it) aux(expel, would) obj(expel, ambassador)"
            + " det(ambassador, the) amod(ambassador, Russian)")
        .actor("Moldova", "MDA").actor("Russian ambassador", "RUSDIP")
        .events();
    Event e = only(events, "1313");
    assertDyad(e, "MDA", "RUSDIP");
    assertEquals(Status.ASSERTED, e.status());
  }

  @Test
  void aCooperativeActSomeoneWillNotDoIsARefusal() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Latvia/NNP will/MD not/RB lift/VB/lift the/DT ban/NN on/IN Belarusian/JJ imports/NNS/import ./.")
        .deps("nsubj(lift, Latvia) aux(lift, will) advmod(lift, not) obj(lift, ban) det(ban, the) nmod:on(ban, imports)"
            + " case(imports, on) amod(imports, Belarusian)")
        .actor("Latvia", "LVA").actor("Belarusian", "BLR")
        .events();
    Event e = only(events, "1241");
    assertEquals("REJECT", e.plover());
    assertEquals(Status.ASSERTED, e.status(), "the refusal happened");
  }

  @Test
  void aPastActReportedAsNotDoneStaysNegated() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Latvia/NNP did/VBD/do not/RB lift/VB/lift the/DT ban/NN on/IN Belarusian/JJ imports/NNS/import ./.")
        .deps("nsubj(lift, Latvia) aux(lift, did) advmod(lift, not) obj(lift, ban) det(ban, the) nmod:on(ban, imports)"
            + " case(imports, on) amod(imports, Belarusian)")
        .actor("Latvia", "LVA").actor("Belarusian", "BLR")
        .events();
    assertEquals(Status.NEGATED, only(events, "081").status());
  }
}
