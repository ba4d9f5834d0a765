package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;
import org.riposte.api.Status;

/** A cooperative act announced for the future is an intent (03x); a conflictual one is the threat of it (13x). */
class IntentTest {

  private static List<Event> send(String aux, String auxPos, String object, String objectLemma) throws Exception {
    return Fixture.published("2021-10-20")
        .sentence("Norway/NNP " + aux + "/" + auxPos + " send/VB/send " + object + "/NN/" + objectLemma
            + " to/IN Nepal/NNP ./.")
        .deps("nsubj(send, Norway) aux(send, " + aux + ") obj(send, " + object + ") obl:to(send, Nepal)"
            + " case(Nepal, to)")
        .actor("Norway", "NOR").actor("Nepal", "NPL")
        .events();
  }

  @Test
  void aidThatWillBeSentIsAnIntentToGiveAid() throws Exception {
    Event e = only(send("will", "MD", "aid", "aid"), "033");
    assertDyad(e, "NOR", "NPL");
    assertEquals("AGREE", e.plover());
    assertEquals(Status.PLANNED, e.status());
  }

  @Test
  void aidSentIsAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Norway/NNP sent/VBD/send aid/NN/aid to/IN Nepal/NNP ./.")
        .deps("nsubj(sent, Norway) obj(sent, aid) obl:to(sent, Nepal) case(Nepal, to)")
        .actor("Norway", "NOR").actor("Nepal", "NPL")
        .events();
    assertEquals("AID", only(events, "070").plover());
  }

  @Test
  void weaponsThatWillBeSentAreAnIntentToGiveMilitaryAid() throws Exception {
    only(send("will", "MD", "missiles", "missile"), "0332");
  }

  @Test
  void aPlannedExpulsionIsAThreatToBreakRelations() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Moldova/NNP will/MD expel/VB the/DT Russian/JJ ambassador/NN ./.")
        .deps("nsubj(expel, Moldova) aux(expel, will) obj(expel, ambassador) det(ambassador, the)"
            + " amod(ambassador, Russian)")
        .actor("Moldova", "MDA").actor("Russian ambassador", "RUSDIP")
        .events();
    assertEquals(Status.ASSERTED, only(events, "1313").status());
  }

  @Test
  void intentCodesFollowTheKindOfAct() {
    assertEquals("036", IntentCodes.intentOf("040"));
    assertEquals("0341", IntentCodes.intentOf("0831"));
    assertEquals("0353", IntentCodes.intentOf("0841"));
    assertEquals("0356", IntentCodes.intentOf("0871"));
    assertEquals("032", IntentCodes.intentOf("051"));
    assertEquals("172", IntentCodes.intentOf("172"));
  }

  @Test
  void readyToSendAidIsAnIntentToGiveAid() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Norway/NNP is/VBZ/be ready/JJ to/TO send/VB/send aid/NN/aid to/IN Nepal/NNP ./.")
        .deps("nsubj(ready, Norway) cop(ready, is) xcomp(ready, send) mark(send, to) nsubj:xsubj(send, Norway)"
            + " obj(send, aid) obl:to(send, Nepal) case(Nepal, to)")
        .actor("Norway", "NOR").actor("Nepal", "NPL")
        .events();
    Event e = only(events, "033");
    assertDyad(e, "NOR", "NPL");
    assertEquals(Status.PLANNED, e.status());
  }
}
