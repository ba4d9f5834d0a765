package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The refusal and threat codes derived from the code of the act refused or threatened. */
class RefusalAndThreatCodesTest {

  @Test
  void aRefusedActOfAidIsARefusalOfAid() {
    assertEquals("122", RefusalCodes.refusalOf("070"));
    assertEquals("1222", RefusalCodes.refusalOf("072"));
    assertEquals("1224", RefusalCodes.refusalOf("074"));
  }

  @Test
  void aRefusedChangeOfLeaderOrPolicyRejectsReform() {
    assertEquals("1231", RefusalCodes.refusalOf("0831"));
    assertEquals("123", RefusalCodes.refusalOf("083"));
  }

  @Test
  void otherRefusalsKeepTheirKind() {
    assertEquals("1243", RefusalCodes.refusalOf("0841"));
    assertEquals("125", RefusalCodes.refusalOf("042"));
    assertEquals("1211", RefusalCodes.refusalOf("061"));
    assertNull(RefusalCodes.refusalOf("111"));
  }

  @Test
  void threatsTakeTheKindOfTheThreatenedAct() {
    assertEquals("134", ThreatCodes.threatOf("164"));
    assertEquals("1313", ThreatCodes.threatOf("161"));
    assertEquals("1381", ThreatCodes.threatOf("191"));
    assertEquals("1384", ThreatCodes.threatOf("193"));
    assertNull(ThreatCodes.threatOf("111"));
  }
}
