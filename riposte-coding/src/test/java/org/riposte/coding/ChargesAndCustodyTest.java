package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Targets of accusations and custody: the accused of an arrest for a charge (not a party of the charge), the accuser
 * of a denied charge, what a claimed attack struck, the ones detained or deported, and a country one is expelled from
 * as the expelling authority.
 */
class ChargesAndCustodyTest {

  @Test
  void anArrestForCollaboratingTargetsTheArrestedNotTheirAllies() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Lima/NNP arrested/VBD/arrest the/DT Chilean/JJ teacher/NN for/IN collaborating/VBG/collaborate"
            + " with/IN Bolivian/JJ rebels/NNS/rebel ./.")
        .deps("nsubj(arrested, Lima) obj(arrested, teacher) det(teacher, the) amod(teacher, Chilean)"
            + " obl:for(arrested, collaborating) case(collaborating, for) obl:with(collaborating, rebels)"
            + " case(rebels, with) amod(rebels, Bolivian)")
        .actor("Lima", "PER").actor("Chilean teacher", "CHLEDU").actor("Bolivian rebels", "BOLREB")
        .events();
    assertDyad(only(events, "1125"), "PER", "CHLEDU");
  }

  @Test
  void anAgentlessArrestForCollaboratingTargetsTheArrested() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("A/DT Chilean/JJ teacher/NN was/VBD/be arrested/VBN/arrest in/IN Peru/NNP for/IN"
            + " collaborating/VBG/collaborate with/IN Bolivian/JJ rebels/NNS/rebel ./.")
        .deps("nsubj:pass(arrested, teacher) det(teacher, A) amod(teacher, Chilean) aux:pass(arrested, was)"
            + " obl:in(arrested, Peru) case(Peru, in) obl:for(arrested, collaborating) case(collaborating, for)"
            + " obl:with(collaborating, rebels) case(rebels, with) amod(rebels, Bolivian)")
        .actor("Chilean teacher", "CHLEDU").actor("Peru", "PER").actor("Bolivian rebels", "BOLREB")
        .events();
    assertDyad(only(events, "1125"), "PER", "CHLEDU");
  }

  @Test
  void anAccusationOfMeddlingTargetsTheAccused() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Quito/NNP accused/VBD/accuse Lima/NNP of/IN meddling/NN/meddling in/IN Bolivia/NNP ./.")
        .deps("nsubj(accused, Quito) obj(accused, Lima) obl:of(accused, meddling) case(meddling, of)"
            + " nmod:in(meddling, Bolivia) case(Bolivia, in)")
        .actor("Quito", "ECU").actor("Lima", "PER").actor("Bolivia", "BOL")
        .events();
    assertDyad(only(events, "1125"), "ECU", "PER");
  }

  @Test
  void aDeniedChargeTargetsItsAccuser() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT Chilean/JJ government/NN denied/VBD/deny charges/NNS/charge by/IN Peru/NNP that/IN it/PRP"
            + " armed/VBD/arm the/DT rebels/NNS/rebel ./.")
        .deps("det(government, The) amod(government, Chilean) nsubj(denied, government) obj(denied, charges)"
            + " nmod:by(charges, Peru) case(Peru, by) ccomp(denied, armed) mark(armed, that) nsubj(armed, it)"
            + " obj(armed, rebels) det(rebels, the)")
        .actor("Chilean government", "CHLGOV").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "016"), "CHLGOV", "PER");
  }

  @Test
  void aRejectedAccusationFromAnUnknownAccuserTargetsThatAccuserUncoded() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT Chilean/JJ government/NN rejected/VBD/reject accusations/NNS/accusation from/IN"
            + " Senator/NNP Zarkov/NNP that/IN it/PRP misled/VBD/mislead voters/NNS/voter ./.")
        .deps("det(government, The) amod(government, Chilean) nsubj(rejected, government)"
            + " obj(rejected, accusations) nmod:from(accusations, Zarkov) case(Zarkov, from)"
            + " compound(Zarkov, Senator) ccomp(rejected, misled) mark(misled, that) nsubj(misled, it)"
            + " obj(misled, voters)")
        .actor("Chilean government", "CHLGOV")
        .events();
    Event e = only(events, "016");
    assertEquals("CHLGOV", e.source().code());
    assertEquals(null, e.target().code(), Events.describe(events));
    assertEquals("Senator Zarkov", e.target().name());
  }

  @Test
  void aClaimedBombingTargetsTheCountryWhereItKilled() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT rebels/NNS/rebel claimed/VBD/claim responsibility/NN for/IN the/DT bombing/NN that/WDT"
            + " killed/VBD/kill ten/CD people/NNS/person in/IN Peru/NNP ./.")
        .deps("det(rebels, The) nsubj(claimed, rebels) obj(claimed, responsibility) nmod:for(responsibility, bombing)"
            + " case(bombing, for) det(bombing, the) acl:relcl(bombing, killed) nsubj(killed, bombing)"
            + " ref(bombing, that) obj(killed, people) nummod(people, ten) obl:in(killed, Peru) case(Peru, in)")
        .actor("rebels", "REB").actor("Peru", "PER")
        .events();
    assertEquals("PER", only(events, "015").target().code(), Events.describe(events));
  }

  @Test
  void aClaimedAttackTargetsWhatItWasAimedAt() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT rebels/NNS/rebel claimed/VBD/claim responsibility/NN for/IN the/DT attack/NN on/IN"
            + " the/DT Chilean/JJ embassy/NN in/IN Lima/NNP ./.")
        .deps("det(rebels, The) nsubj(claimed, rebels) obj(claimed, responsibility) nmod:for(responsibility, attack)"
            + " case(attack, for) det(attack, the) nmod:on(attack, embassy) case(embassy, on) det(embassy, the)"
            + " amod(embassy, Chilean) nmod:in(embassy, Lima) case(Lima, in)")
        .actor("rebels", "REB").actor("Chilean embassy", "CHLGOV").actor("Lima", "PER")
        .events();
    assertEquals("CHLGOV", only(events, "015").target().code(), Events.describe(events));
  }

  @Test
  void detainedSuspectsAreTheTargetNotTheVictimOfTheirAttack() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT Chilean/JJ police/NN detained/VBD/detain three/CD suspects/NNS/suspect in/IN the/DT"
            + " attack/NN on/IN the/DT Peruvian/JJ consul/NN ./.")
        .deps("det(police, The) amod(police, Chilean) nsubj(detained, police) obj(detained, suspects)"
            + " nummod(suspects, three) obl:in(detained, attack) case(attack, in) det(attack, the)"
            + " nmod:on(attack, consul) case(consul, on) det(consul, the) amod(consul, Peruvian)")
        .actor("Chilean police", "CHLCOP").actor("Peruvian consul", "PERGOV")
        .events();
    Event e = only(events, "173");
    assertEquals(null, e.target().code(), Events.describe(events));
    assertEquals("three suspects", e.target().name());
  }

  @Test
  void deportedMigrantsReadAsAParticiplesSubjectAreTheTarget() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Chile/NNP deported/VBD/deport four/CD Bolivian/JJ migrants/NNS/migrant registered/VBN/register"
            + " with/IN the/DT UN/NNP ./.")
        .deps("nsubj(deported, Chile) xcomp(deported, registered) nsubj(registered, migrants)"
            + " nummod(migrants, four) amod(migrants, Bolivian) obl:with(registered, UN) case(UN, with) det(UN, the)")
        .actor("Chile", "CHL").actor("Bolivian migrants", "BOLREF").actor("UN", "IGOUNO")
        .events();
    assertDyad(only(events, "174"), "CHL", "BOLREF");
  }

  @Test
  void inspectorsExpelledFromACountryAreExpelledByIt() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Two/CD UN/NNP inspectors/NNS/inspector were/VBD/be expelled/VBN/expel from/IN Peru/NNP ./.")
        .deps("nummod(inspectors, Two) compound(inspectors, UN) nsubj:pass(expelled, inspectors)"
            + " aux:pass(expelled, were) obl:from(expelled, Peru) case(Peru, from)")
        .actor("UN inspectors", "IGOUNO").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "1662"), "PER", "IGOUNO");
  }

  @Test
  void anActOnlyAllegedInADeniedChargeIsNoEventOfItsOwn() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT Chilean/JJ government/NN denied/VBD/deny charges/NNS/charge by/IN Peru/NNP that/IN it/PRP"
            + " tortured/VBD/torture Bolivian/JJ prisoners/NNS/prisoner ./.")
        .deps("det(government, The) amod(government, Chilean) nsubj(denied, government) obj(denied, charges)"
            + " nmod:by(charges, Peru) case(Peru, by) ccomp(charges, tortured) mark(tortured, that)"
            + " nsubj(tortured, it) obj(tortured, prisoners) amod(prisoners, Bolivian)")
        .actor("Chilean government", "CHLGOV").actor("Peru", "PER").actor("Bolivian prisoners", "BOLCVL")
        .events();
    assertDyad(only(events, "016"), "CHLGOV", "PER");
    assertEquals(1, events.size(), Events.describe(events));
  }

  @Test
  void anActReportedBesideADenialIsStillAnEvent() throws Exception {
    // the denial's own complement is not a charge: "denied that it tortured" keeps the act, negated
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT Chilean/JJ government/NN denied/VBD/deny that/IN it/PRP tortured/VBD/torture"
            + " Bolivian/JJ prisoners/NNS/prisoner ./.")
        .deps("det(government, The) amod(government, Chilean) nsubj(denied, government) ccomp(denied, tortured)"
            + " mark(tortured, that) nsubj(tortured, it) obj(tortured, prisoners) amod(prisoners, Bolivian)")
        .actor("Chilean government", "CHLGOV").actor("Bolivian prisoners", "BOLCVL")
        .events();
    assertEquals(1, events.stream().filter(e -> e.cameo().startsWith("18")).count(), Events.describe(events));
  }

  @Test
  void aTeamSentToACityToInvestigateTargetsItsCountry() throws Exception {
    // "to Arequipa" hung on the team sent: still where the team goes
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT Chilean/JJ ministry/NN dispatched/VBD/dispatch a/DT team/NN to/IN Arequipa/NNP to/TO"
            + " investigate/VB the/DT crash/NN ./.")
        .deps("det(ministry, The) amod(ministry, Chilean) nsubj(dispatched, ministry) obj(dispatched, team)"
            + " det(team, a) nmod:to(team, Arequipa) case(Arequipa, to) xcomp(dispatched, investigate)"
            + " mark(investigate, to) obj(investigate, crash) det(crash, the)")
        .actor("Chilean ministry", "CHLGOV").place("Arequipa", "PER")
        .events();
    assertDyad(only(events, "090"), "CHLGOV", "PER");
  }
}
