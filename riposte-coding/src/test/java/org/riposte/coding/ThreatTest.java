package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;
import org.riposte.api.Status;

/** A conflictual act announced on a condition, said to be done, or stood ready for, is a threat (13x). */
class ThreatTest {

  @Test
  void aConditionalSanctionIsAThreatOfSanctions() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Chile/NNP will/MD expel/VB the/DT Peruvian/JJ diplomats/NNS/diplomat unless/IN Lima/NNP"
            + " apologizes/VBZ/apologize ./.")
        .deps("nsubj(expel, Chile) aux(expel, will) obj(expel, diplomats) det(diplomats, the)"
            + " amod(diplomats, Peruvian) advcl:unless(expel, apologizes) mark(apologizes, unless)"
            + " nsubj(apologizes, Lima)")
        .actor("Chile", "CHL").actor("Peruvian diplomats", "PERGOV").actor("Lima", "PERGOV")
        .events();
    Event e = only(events, "1313");
    assertEquals(Status.ASSERTED, e.status(), "the threat was made");
    assertDyad(e, "CHL", "PERGOV");
  }

  @Test
  void standingReadyToImposeMartialLawThreatensIt() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT junta/NN is/VBZ/be prepared/JJ to/TO impose/VB martial/JJ law/NN ./.")
        .deps("det(junta, The) nsubj(prepared, junta) cop(prepared, is) xcomp(prepared, impose) mark(impose, to)"
            + " obj(impose, law) amod(law, martial) nsubj:xsubj(impose, junta)")
        .actor("junta", "MMRMIL")
        .events();
    assertEquals(Status.ASSERTED, only(events, "1324").status());
  }

  @Test
  void aPlainFutureExpulsionIsAThreat() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Chile/NNP will/MD expel/VB the/DT Peruvian/JJ diplomats/NNS/diplomat ./.")
        .deps("nsubj(expel, Chile) aux(expel, will) obj(expel, diplomats) det(diplomats, the)"
            + " amod(diplomats, Peruvian)")
        .actor("Chile", "CHL").actor("Peruvian diplomats", "PERGOV")
        .events();
    assertEquals(Status.ASSERTED, only(events, "1313").status());
  }

  @Test
  void aConditionalAidOfferIsNoThreat() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("Chile/NNP would/MD send/VB aid/NN to/IN Peru/NNP if/IN Lima/NNP asked/VBD/ask ./.")
        .deps("nsubj(send, Chile) aux(send, would) obj(send, aid) obl:to(send, Peru) case(Peru, to)"
            + " advcl:if(send, asked) mark(asked, if) nsubj(asked, Lima)")
        .actor("Chile", "CHL").actor("Peru", "PER").actor("Lima", "PERGOV")
        .events();
    // an offer on a condition: the intent to give aid (033), no threat
    assertEquals(Status.HYPOTHETICAL, only(events, "033").status());
  }

  @Test
  void vowingToFightIsAThreatOfForceNotAFight() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("The/DT rebels/NNS/rebel vowed/VBD/vow to/TO attack/VB Chadian/JJ towns/NNS/town ./.")
        .deps("det(rebels, The) nsubj(vowed, rebels) xcomp(vowed, attack) mark(attack, to) obj(attack, towns)"
            + " amod(towns, Chadian) nsubj:xsubj(attack, rebels)")
        .actor("The rebels", "TCDREB").actor("Chadian towns", "TCD")
        .events();
    Event e = only(events, "138");
    assertEquals("THREATEN", e.plover());
    assertEquals(1, events.size(), "the attack vowed is the threat's content, not an event of its own: " + events);
  }

  @Test
  void anAttackByANamedPartyHasThatPartyAsSource() throws Exception {
    List<Event> events = Fixture.published("2022-03-01")
        .sentence("A/DT soldier/NN died/VBD/die in/IN an/DT attack/NN on/IN a/DT post/NN by/IN Tajik/JJ gunmen/NNS/gunman ./.")
        .deps("det(soldier, A) nsubj(died, soldier) obl:in(died, attack) case(attack, in) det(attack, an)"
            + " nmod:on(attack, post) case(post, on) det(post, a) nmod:by(attack, gunmen) case(gunmen, by)"
            + " amod(gunmen, Tajik)")
        .actor("Tajik gunmen", "TJKUAF")
        .events();
    assertEquals("TJKUAF", only(events, "190").source().code());
  }
}
