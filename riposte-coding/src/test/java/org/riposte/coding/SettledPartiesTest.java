package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * Returned property goes to the "to" party; a settlement or mediation acts on the other party of the dispute it
 * settles or on the parties it helps; an advocate noun ("lawyer", "movement") names an uncoded source.
 */
class SettledPartiesTest {

  @Test
  void propertyReturnedGoesToTheRecipientHungInsideTheObject() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Italy/NNP returned/VBD/return the/DT statue/NN stolen/VBN/steal from/IN Egypt/NNP to/IN"
            + " Greece/NNP ./.")
        .deps("nsubj(returned, Italy) obj(returned, statue) det(statue, the) acl(statue, stolen)"
            + " obl:from(stolen, Egypt) case(Egypt, from) obl:to(stolen, Greece) case(Greece, to)")
        .actor("Italy", "ITA").actor("Egypt", "EGY").actor("Greece", "GRC")
        .events();
    assertDyad(Events.only(events, "0842"), "ITA", "GRC");
  }

  @Test
  void propertyReturnedToAPartyNotToTheGalleryItCameFrom() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Canada/NNP returned/VBD/return the/DT paintings/NNS/painting from/IN Austria/NNP to/IN"
            + " Poland/NNP ./.")
        .deps("nsubj(returned, Canada) obj(returned, paintings) det(paintings, the) obl:from(returned, Austria)"
            + " case(Austria, from) obl:to(returned, Poland) case(Poland, to)")
        .actor("Canada", "CAN").actor("Austria", "AUT").actor("Poland", "POL")
        .events();
    // (the "from" party may stay as a second target; the recipient is never lost)
    assertTrue(events.stream().anyMatch(e -> e.source().code().equals("CAN") && e.target() != null
        && "POL".equals(e.target().code())), Events.describe(events));
  }

  @Test
  void aFormulaEndingAQuarrelActsOnTheOtherParty() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP accepted/VBD/accept a/DT formula/NN for/IN ending/VBG/end its/PRP$ quarrel/NN with/IN"
            + " Peru/NNP ./.")
        .deps("nsubj(accepted, Chile) obj(accepted, formula) det(formula, a) acl(formula, ending) mark(ending, for)"
            + " obj(ending, quarrel) nmod:poss(quarrel, its) nmod:with(quarrel, Peru) case(Peru, with)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(Events.only(events, "037"), "CHL", "PER");
  }

  @Test
  void aMediationToAvertAClashActsOnTheFirstPartyBetween() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Ghana/NNP launched/VBD/launch a/DT mediation/NN effort/NN to/TO avert/VB/avert a/DT clash/NN"
            + " between/IN Togo/NNP and/CC Benin/NNP ./.")
        .deps("nsubj(launched, Ghana) obj(launched, effort) det(effort, a) compound(effort, mediation)"
            + " advcl(launched, avert) mark(avert, to) obj(avert, clash) det(clash, a) nmod:between(clash, Togo)"
            + " case(Togo, between) conj(Togo, Benin) cc(Benin, and)")
        .actor("Ghana", "GHA").actor("Togo", "TGO").actor("Benin", "BEN")
        .events();
    // (each of the coordinated parties is a target)
    assertTrue(events.stream().anyMatch(e -> e.source().code().equals("GHA") && e.target() != null
        && "TGO".equals(e.target().code())), Events.describe(events));
    assertTrue(events.stream().allMatch(e -> e.target() != null), Events.describe(events));
  }

  @Test
  void aMediationToHelpThePartiesAgreeActsOnThem() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Kenya/NNP launched/VBD/launch a/DT mediation/NN effort/NN to/TO help/VB/help Sudan/NNP and/CC"
            + " the/DT rebels/NNS/rebel agree/VB/agree ./.")
        .deps("nsubj(launched, Kenya) obj(launched, effort) det(effort, a) compound(effort, mediation)"
            + " acl(effort, help) mark(help, to) ccomp(help, agree) nsubj(agree, Sudan) conj(Sudan, rebels)"
            + " cc(rebels, and) det(rebels, the)")
        .actor("Kenya", "KEN").actor("Sudan", "SDN")
        .events();
    assertDyad(Events.only(events, "045"), "KEN", "SDN");
  }

  @Test
  void aStrikeCalledOffAfterADealActsOnThePartyOfTheDeal() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Nurses/NNS/nurse called/VBD/call off/RP their/PRP$ strike/NN after/IN reaching/VBG/reach"
            + " an/DT agreement/NN with/IN the/DT Kenyan/JJ ministry/NN ./.")
        .deps("nsubj(called, Nurses) compound:prt(called, off) obj(called, strike) nmod:poss(strike, their)"
            + " advcl(called, reaching) mark(reaching, after) obj(reaching, agreement) det(agreement, an)"
            + " nmod:with(agreement, ministry) case(ministry, with) det(ministry, the) amod(ministry, Kenyan)")
        .actor("Kenyan ministry", "KENGOV")
        .events();
    Event e = Events.only(events, "082");
    assertEquals("KENGOV", e.target().code(), Events.describe(events));
  }

  @Test
  void aConcessionToTheDemandsOfStrikersActsOnTheStrikers() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT Bolivian/JJ minister/NN conceded/VBD/concede to/IN the/DT demands/NNS/demand of/IN the/DT"
            + " striking/VBG/strike miners/NNS/miner ./.")
        .deps("det(minister, The) amod(minister, Bolivian) nsubj(conceded, minister) obl:to(conceded, demands)"
            + " case(demands, to) det(demands, the) nmod:of(demands, miners) case(miners, of) det(miners, the)"
            + " amod(miners, striking)")
        .actor("Bolivian minister", "BOLGOV")
        .events();
    Event e = Events.only(events, "080");
    assertTrue(e.target() != null && e.target().name().toLowerCase().contains("miners"), Events.describe(events));
  }

  @Test
  void aLawyerSubmittingAPetitionIsAnUncodedSource() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("A/DT local/JJ lawyer/NN submitted/VBD/submit a/DT petition/NN to/IN the/DT Senate/NNP ./.")
        .deps("det(lawyer, A) amod(lawyer, local) nsubj(submitted, lawyer) obj(submitted, petition)"
            + " det(petition, a) obl:to(submitted, Senate) case(Senate, to) det(Senate, the)")
        .actor("Senate", "USALEG")
        .events();
    Event e = Events.only(events, "020");
    assertEquals("USALEG", e.target().code(), Events.describe(events));
    assertTrue(e.source().name().toLowerCase().contains("lawyer"), Events.describe(events));
  }

  @Test
  void musiciansLiftingABoycottAreAnUncodedSource() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Musicians/NNS/musician lifted/VBD/lift their/PRP$ boycott/NN of/IN Norway/NNP ./.")
        .deps("nsubj(lifted, Musicians) obj(lifted, boycott) nmod:poss(boycott, their) nmod:of(boycott, Norway)"
            + " case(Norway, of)")
        .actor("Norway", "NOR")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.source().name().toLowerCase().contains("musicians")
        && e.target() != null && "NOR".equals(e.target().code())), Events.describe(events));
  }
}
