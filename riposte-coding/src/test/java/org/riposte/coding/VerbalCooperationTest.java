package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.describe;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;
import org.riposte.api.Status;

/**
 * Statements, appeals, intents, consultations, cooperation, aid and yielding (CAMEO roots 01–09): the patterns and the
 * grammar that give their specific codes.
 */
class VerbalCooperationTest {

  @Test
  void finalAsAnAdjectiveIsNoSport() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Peru/NNP agreed/VBD/agree to/TO Chilean/JJ mediation/NN in/IN the/DT final/JJ status/NN"
            + " talks/NNS/talk ./.")
        .deps("nsubj(agreed, Peru) obl:to(agreed, mediation) case(mediation, to) amod(mediation, Chilean)"
            + " obl:in(agreed, talks) case(talks, in) det(talks, the) amod(talks, final) compound(talks, status)")
        .actor("Peru", "PER").actor("Chilean", "CHL")
        .events();
    assertDyad(only(events, "038"), "PER", "CHL");  // accepting mediation
  }

  @Test
  void anObjectReadAsTheSubjectOfAParticipleIsTheObject() throws Exception {
    // the parser's reading: dep(returned, seized), nsubj(seized, weapons)
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Bolivia/NNP returned/VBD/return weapons/NNS/weapon seized/VBN/seize in/IN May/NNP to/IN Peru/NNP ./.")
        .deps("nsubj(returned, Bolivia) dep(returned, seized) nsubj(seized, weapons) obl:in(seized, May)"
            + " case(May, in) obl:to(seized, Peru) case(Peru, to)")
        .actor("Bolivia", "BOL").actor("Peru", "PER")
        .events();
    assertEquals("BOL", only(events, "0842").source().code());
  }

  @Test
  void theWoundedAreTheObjectOfAnEvacuation() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Argentine/JJ helicopters/NNS/helicopter evacuated/VBD/evacuate the/DT wounded/VBN/wound from/IN"
            + " the/DT Chilean/JJ town/NN ./.")
        .deps("amod(helicopters, Argentine) nsubj(evacuated, helicopters) obj(evacuated, the) amod(the, wounded)"
            + " obl:from(evacuated, town) case(town, from) det(town, the-6) amod(town, Chilean)")
        .actor("Argentine helicopters", "ARGMIL").actor("Chilean", "CHL")
        .events();
    assertEquals("ARGMIL", only(events, "073").source().code());
  }

  @Test
  void anAgreementToHoldExercisesIsTheIntentToExercise() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Jordan/NNP and/CC Egypt/NNP agreed/VBD/agree to/TO hold/VB joint/JJ exercises/NNS/exercise ./.")
        .deps("nsubj(agreed, Jordan) nsubj(agreed, Egypt) conj:and(Jordan, Egypt) cc(Egypt, and) xcomp(agreed, hold)"
            + " mark(hold, to) nsubj:xsubj(hold, Jordan) nsubj:xsubj(hold, Egypt) obj(hold, exercises)"
            + " amod(exercises, joint)")
        .actor("Jordan", "JOR").actor("Egypt", "EGY")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("030")), describe(events));
    assertTrue(events.stream().allMatch(e -> e.cameo().equals("0312") && e.status() == Status.PLANNED),
        describe(events));
  }

  @Test
  void anAppealToLetAndCompensateIsAnAppealToYield() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Chilean/JJ reporters/NNS/reporter appealed/VBD/appeal to/IN Peru/NNP to/TO let/VB them/PRP"
            + " resume/VB work/NN and/CC compensate/VB them/PRP ./.")
        .deps("amod(reporters, Chilean) nsubj(appealed, reporters) obl:to(appealed, Peru) case(Peru, to-3)"
            + " xcomp(appealed, let) mark(let, to-5) obj(let, them-7) xcomp(let, resume) obj(resume, work)"
            + " conj:and(resume, compensate) cc(compensate, and) obj(compensate, them-12)")
        .actor("Chilean reporters", "CHLMED").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "025"), "CHLMED", "PER");
  }

  @Test
  void concedingToDemandsForReformIsAConcessionOfReform() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Bolivia/NNP conceded/VBD/concede to/IN demands/NNS/demand to/TO overhaul/VB the/DT judiciary/NN ./.")
        .deps("nsubj(conceded, Bolivia) obl:to(conceded, demands) case(demands, to-2) acl:to(demands, overhaul)"
            + " mark(overhaul, to-4) obj(overhaul, judiciary) det(judiciary, the)")
        .actor("Bolivia", "BOL")
        .events();
    assertEquals("BOL", only(events, "083").source().code());
  }

  @Test
  void anAppealItsSpeakerReportsIsMadeNotClaimed() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Lavrov/NNP said/VBD/say he/PRP urges/VBZ/urge Iran/NNP to/TO negotiate/VB ./.")
        .deps("nsubj(said, Lavrov) ccomp(said, urges) nsubj(urges, he) obj(urges, Iran) xcomp(urges, negotiate)"
            + " mark(negotiate, to) nsubj:xsubj(negotiate, Iran)")
        .person("Lavrov", "RUSGOV").person("he", "RUSGOV").actor("Iran", "IRN")
        .events();
    Event e = only(events, "026");
    assertDyad(e, "RUSGOV", "IRN");
    assertEquals(Status.ASSERTED, e.status());
  }

  @Test
  void aPurposeStandsAsItsGovernorDoes() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Finland/NNP will/MD give/VB Kenya/NNP a/DT grant/NN to/TO finance/VB schools/NNS/school ./.")
        .deps("nsubj(give, Finland) aux(give, will) iobj(give, Kenya) obj(give, grant) det(grant, a)"
            + " advcl:to(give, finance) mark(finance, to) obj(finance, schools)")
        .actor("Finland", "FIN").actor("Kenya", "KEN")
        .events();
    assertEquals(Status.PLANNED, only(events, "0331").status());  // the intent to give economic aid (a grant)
    assertTrue(events.stream().noneMatch(e -> e.status() == Status.ASSERTED), describe(events));
  }

  @Test
  void beingCommittedToOpeningUpIsAnIntentToReform() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Laos/NNP is/VBZ/be committed/VBN/commit to/IN opening/VBG/open up/RP its/PRP$ economy/NN ./.")
        .deps("nsubj:pass(committed, Laos) aux:pass(committed, is) advcl:to(committed, opening) case(opening, to)"
            + " compound:prt(opening, up) obj(opening, economy) nmod:poss(economy, its)")
        .actor("Laos", "LAO")
        .events();
    assertEquals("LAO", only(events, "034").source().code());
  }

  @Test
  void concessionsOfferedAreAnIntentToYield() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Azerbaijan/NNP offered/VBD/offer concessions/NNS/concession to/IN Armenia/NNP ./.")
        .deps("nsubj(offered, Azerbaijan) obj(offered, concessions) obl:to(offered, Armenia) case(Armenia, to)")
        .actor("Azerbaijan", "AZE").actor("Armenia", "ARM")
        .events();
    assertDyad(only(events, "035"), "AZE", "ARM");
  }

  @Test
  void agreeingToATruceIsAnIntentToDeEscalate() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Chad/NNP and/CC Sudan/NNP agreed/VBD/agree to/IN a/DT truce/NN ./.")
        .deps("nsubj(agreed, Chad) nsubj(agreed, Sudan) conj:and(Chad, Sudan) cc(Sudan, and) obl:to(agreed, truce)"
            + " case(truce, to) det(truce, a)")
        .actor("Chad", "TCD").actor("Sudan", "SDN")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("0356") && e.source().code().equals("TCD")
        && e.target().code().equals("SDN")), describe(events));
  }

  @Test
  void callingOffAStrikeEasesDissent() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Kenyan/JJ teachers/NNS/teacher called/VBD/call off/RP their/PRP$ strike/NN ./.")
        .deps("amod(teachers, Kenyan) nsubj(called, teachers) compound:prt(called, off) obj(called, strike)"
            + " nmod:poss(strike, their)")
        .actor("Kenyan teachers", "KENEDU")
        .events();
    assertEquals("KENEDU", only(events, "082").source().code());
  }

  @Test
  void handingOverSuspectsIsJudicialCooperation() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Laos/NNP handed/VBD/hand over/RP two/CD suspects/NNS/suspect to/IN Thailand/NNP ./.")
        .deps("nsubj(handed, Laos) compound:prt(handed, over) obj(handed, suspects) nummod(suspects, two)"
            + " obl:to(handed, Thailand) case(Thailand, to)")
        .actor("Laos", "LAO").actor("Thailand", "THA")
        .events();
    assertDyad(only(events, "063"), "LAO", "THA");
  }

  @Test
  void providingInformationSharesIntelligence() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Norway/NNP provided/VBD/provide information/NN to/IN Sweden/NNP ./.")
        .deps("nsubj(provided, Norway) obj(provided, information) obl:to(provided, Sweden) case(Sweden, to)")
        .actor("Norway", "NOR").actor("Sweden", "SWE")
        .events();
    assertDyad(only(events, "064"), "NOR", "SWE");
  }

  @Test
  void receivingInspectorsAllowsThem() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Tehran/NNP received/VBD/receive IAEA/NNP inspectors/NNS/inspector ./.")
        .deps("nsubj(received, Tehran) obj(received, inspectors) compound(inspectors, IAEA)")
        .actor("Tehran", "IRNGOV").actor("IAEA", "IGOUNOIAE")
        .events();
    assertEquals("IRNGOV", only(events, "0862").source().code());
  }

  @Test
  void theDeploymentOfPeacekeepingTroopsIsPeacekeeping() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT deployment/NN of/IN Fijian/JJ peacekeeping/NN troops/NNS in/IN Lebanon/NNP began/VBD/begin ./.")
        .deps("det(deployment, The) nsubj(began, deployment) nmod:of(deployment, troops) case(troops, of)"
            + " amod(troops, Fijian) compound(troops, peacekeeping) nmod:in(deployment, Lebanon) case(Lebanon, in)")
        .actor("Fijian peacekeeping troops", "FJIMIL").actor("Lebanon", "LBN")
        .events();
    assertDyad(only(events, "074"), "FJIMIL", "LBN");
  }

  @Test
  void evacuatingSettlementsIsAWithdrawal() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Israel/NNP evacuated/VBD/evacuate its/PRP$ settlements/NNS/settlement in/IN Gaza/NNP ./.")
        .deps("nsubj(evacuated, Israel) obj(evacuated, settlements) nmod:poss(settlements, its)"
            + " obl:in(evacuated, Gaza) case(Gaza, in)")
        .actor("Israel", "ISR").place("Gaza", "PSE")
        .events();
    assertEquals("ISR", only(events, "087").source().code());
  }

  @Test
  void aConfidentStatementIsOptimistic() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Peru/NNP was/VBD/be confident/JJ that/IN Chile/NNP would/MD sign/VB ./.")
        .deps("nsubj(confident, Peru) cop(confident, was) ccomp(confident, sign) mark(sign, that) nsubj(sign, Chile)"
            + " aux(sign, would)")
        .actor("Peru", "PER").actor("Chile", "CHL")
        .events();
    assertEquals("PER", only(events, "013").source().code());
  }

  @Test
  void aMeetingOfferedOnAConditionIsAnIntentToMeet() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT rebels/NNS/rebel would/MD meet/VB the/DT Kenyan/JJ envoy/NN if/IN he/PRP came/VBD/come ./.")
        .deps("det(rebels, The) nsubj(meet, rebels) aux(meet, would) obj(meet, envoy) det(envoy, the-4)"
            + " amod(envoy, Kenyan) advcl:if(meet, came) mark(came, if) nsubj(came, he)")
        .actor("rebels", "KENREB").actor("Kenyan envoy", "KENDIP")
        .events();
    assertDyad(only(events, "036"), "KENREB", "KENDIP");
  }

  @Test
  void aConsensusToExchangeDataIsAnIntentToShareIntelligence() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Jordan/NNP and/CC Israel/NNP reached/VBD/reach a/DT consensus/NN to/TO exchange/VB data/NNS/data ./.")
        .deps("nsubj(reached, Jordan) nsubj(reached, Israel) conj:and(Jordan, Israel) cc(Israel, and)"
            + " obj(reached, consensus) det(consensus, a) xcomp(reached, exchange) mark(exchange, to)"
            + " nsubj:xsubj(exchange, consensus) obj(exchange, data)")
        .actor("Jordan", "JOR").actor("Israel", "ISR")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("0314") && e.source().code().equals("JOR")),
        describe(events));
  }

  @Test
  void whatIsToHappenBeforeADemandedActIsNotAsserted() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Kagame/NNP must/MD agree/VB to/IN reforms/NNS/reform before/IN the/DT rebels/NNS/rebel"
            + " demobilize/VBP ./.")
        .deps("nsubj(agree, Kagame) aux(agree, must) obl:to(agree, reforms) case(reforms, to)"
            + " advcl:before(agree, demobilize) mark(demobilize, before) nsubj(demobilize, rebels) det(rebels, the)")
        .person("Kagame", "RWAGOV").actor("rebels", "RWAREB")
        .events();
    assertEquals(Status.HYPOTHETICAL, only(events, "0873").status());
  }

  @Test
  void whatHappenedBeforeIsAsserted() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Kagame/NNP will/MD visit/VB Uganda/NNP after/IN the/DT rebels/NNS/rebel demobilized/VBD/demobilize ./.")
        .deps("nsubj(visit, Kagame) aux(visit, will) obj(visit, Uganda) advcl:after(visit, demobilized)"
            + " mark(demobilized, after) nsubj(demobilized, rebels) det(rebels, the)")
        .person("Kagame", "RWAGOV").actor("Uganda", "UGA").actor("rebels", "RWAREB")
        .events();
    assertEquals(Status.ASSERTED, only(events, "0873").status());
  }

  @Test
  void sendingExpertsToInvestigateIsTheInquiry() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT OSCE/NNP sent/VBD/send experts/NNS/expert to/IN Moldova/NNP to/TO investigate/VB ./.")
        .deps("det(OSCE, The) nsubj(sent, OSCE) obj(sent, experts) obl:to(sent, Moldova) case(Moldova, to-4)"
            + " advcl:to(sent, investigate) mark(investigate, to-6)")
        .actor("OSCE", "IGOEUROSC").actor("Moldova", "MDA")
        .events();
    assertDyad(only(events, "090"), "IGOEUROSC", "MDA");
    assertEquals(1, events.size(), describe(events));
  }

  @Test
  void negotiatorsReturningForTalksMeet() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Serbian/JJ and/CC Kosovar/JJ negotiators/NNS/negotiator returned/VBD/return to/IN Brussels/NNP"
            + " for/IN talks/NNS/talk ./.")
        .deps("amod(negotiators, Serbian) amod(negotiators, Kosovar) conj:and(Serbian, Kosovar) cc(Kosovar, and)"
            + " nsubj(returned, negotiators) obl:to(returned, Brussels) case(Brussels, to) obl:for(returned, talks)"
            + " case(talks, for)")
        .actor("Serbian", "SRB").actor("Kosovar", "XKX").place("Brussels", "BEL")
        .events();
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("040")), describe(events));
  }

  @Test
  void whatBanksAreAskedToHelpFinanceIsNotAsserted() throws Exception {
    // the parser's reading: dep(help, finance)
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Peru/NNP will/MD ask/VB Chilean/JJ banks/NNS/bank to/TO help/VB finance/VB the/DT port/NN ./.")
        .deps("nsubj(ask, Peru) aux(ask, will) obj(ask, banks) amod(banks, Chilean) xcomp(ask, help) mark(help, to)"
            + " nsubj:xsubj(help, banks) dep(help, finance) obj(finance, port) det(port, the)")
        .actor("Peru", "PER").actor("Chilean banks", "CHLBUS")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.status() == Status.ASSERTED), describe(events));
    assertEquals("PER", only(events, "023").source().code());  // an appeal for aid
  }

  @Test
  void anAdditionalAmountInAssistanceIsEconomicAid() throws Exception {
    // the parser's reading: obj(provided, an), amod(an, additional), dep(additional, $)
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Norway/NNP provided/VBD/provide an/DT additional/JJ $/$ 2/CD million/CD in/IN assistance/NN"
            + " to/IN Malawi/NNP ./.")
        .deps("nsubj(provided, Norway) obj(provided, an) amod(an, additional) dep(additional, $) nummod($, million)"
            + " compound(million, 2) nmod:in($, assistance) case(assistance, in) nmod:to($, Malawi) case(Malawi, to)")
        .actor("Norway", "NOR").actor("Malawi", "MWI")
        .events();
    assertDyad(only(events, "071"), "NOR", "MWI");
  }

  @Test
  void anAmountPaidInReliefOrGivenForAssistanceIsAid() throws Exception {
    List<Event> paid = Fixture.published("2021-10-20")
        .sentence("Norway/NNP paid/VBD/pay $/$ 5/CD million/CD in/IN flood/NN relief/NN ./.")
        .deps("nsubj(paid, Norway) obj(paid, $) nummod($, million) compound(million, 5) nmod:in($, relief)"
            + " case(relief, in) compound(relief, flood)")
        .actor("Norway", "NOR")
        .events();
    assertEquals("NOR", only(paid, "070").source().code());  // relief: not economic aid
    List<Event> given = Fixture.published("2021-10-20")
        .sentence("Japan/NNP provided/VBD/provide $/$ 3/CD million/CD for/IN assistance/NN ./.")
        .deps("nsubj(provided, Japan) obj(provided, $) nummod($, million) compound(million, 3) nmod:for($, assistance)"
            + " case(assistance, for)")
        .actor("Japan", "JPN")
        .events();
    assertEquals("JPN", only(given, "071").source().code());  // money: economic aid
  }

  @Test
  void aStrikeReadAsTheSubjectOfTheReportIsWhatWasCalledOff() throws Exception {
    // the parser's reading: ccomp(called, said), nsubj(said, strike)
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT Chilean/JJ union/NN called/VBD/call off/RP a/DT five/CD -/HYPH day/NN strike/NN ,/,"
            + " a/DT spokeswoman/NN said/VBD/say ./.")
        .deps("det(union, The) amod(union, Chilean) nsubj(called, union) compound:prt(called, off) ccomp(called, said)"
            + " det(strike, a-5) compound(strike, day) nummod(day, five) punct(day, -) nsubj(said, strike)"
            + " nsubj(said, spokeswoman) det(spokeswoman, a-11)")
        .actor("Chilean union", "CHLLAB")
        .events();
    assertEquals("CHLLAB", only(events, "082").source().code());
  }

  @Test
  void moneyGivenAsAidIsEconomicAidUnlessHumanitarian() throws Exception {
    List<Event> money = Fixture.published("2021-10-20")
        .sentence("The/DT EU/NNP gave/VBD/give Kenya/NNP 5/CD million/CD dollars/NNS/dollar of/IN aid/NN ./.")
        .deps("det(EU, The) nsubj(gave, EU) iobj(gave, Kenya) obj(gave, dollars) nummod(dollars, million)"
            + " compound(million, 5) nmod:of(dollars, aid) case(aid, of)")
        .actor("EU", "IGOEUREEC").actor("Kenya", "KEN")
        .events();
    assertDyad(only(money, "071"), "IGOEUREEC", "KEN");
    List<Event> humanitarian = Fixture.published("2021-10-20")
        .sentence("The/DT EU/NNP gave/VBD/give Kenya/NNP 5/CD million/CD dollars/NNS/dollar of/IN humanitarian/JJ"
            + " aid/NN ./.")
        .deps("det(EU, The) nsubj(gave, EU) iobj(gave, Kenya) obj(gave, dollars) nummod(dollars, million)"
            + " compound(million, 5) nmod:of(dollars, aid) case(aid, of) amod(aid, humanitarian)")
        .actor("EU", "IGOEUREEC").actor("Kenya", "KEN")
        .events();
    assertDyad(only(humanitarian, "070"), "IGOEUREEC", "KEN");
  }

  @Test
  void endingCurbsEasesThem() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Cuba/NNP ended/VBD/end its/PRP$ curbs/NNS/curb on/IN Spanish/JJ reporters/NNS/reporter ./.")
        .deps("nsubj(ended, Cuba) obj(ended, curbs) nmod:poss(curbs, its) nmod:on(curbs, reporters) case(reporters, on)"
            + " amod(reporters, Spanish)")
        .actor("Cuba", "CUB").actor("Spanish reporters", "ESPMED")
        .events();
    assertEquals("CUB", only(events, "081").source().code());
  }

  @Test
  void wantingAnotherPartyToPayIsAnAppealToYield() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Chile/NNP wants/VBZ/want Peru/NNP to/TO pay/VB compensation/NN ./.")
        .deps("nsubj(wants, Chile) obj(wants, Peru) xcomp(wants, pay) mark(pay, to) nsubj:xsubj(pay, Peru)"
            + " obj(pay, compensation)")
        .actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "025"), "CHL", "PER");
  }

  @Test
  void wantingAThingIsNoAppeal() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Chile/NNP wants/VBZ/want peace/NN ./.")
        .deps("nsubj(wants, Chile) obj(wants, peace)")
        .actor("Chile", "CHL")
        .events();
    assertTrue(events.isEmpty(), describe(events));
  }
}
