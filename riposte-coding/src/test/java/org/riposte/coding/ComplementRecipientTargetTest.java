package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** An act of stance or intent whose gerund complement hands something to an uncoded party is aimed at that party. */
class ComplementRecipientTargetTest {

  @Test
  void consideringGivingMoneyToUncodedCouncilsTargetsTheCouncils() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT Chilean/JJ senate/NN is/VBZ/be considering/VBG/consider giving/VBG/give money/NN"
            + " to/IN rural/JJ councils/NNS/council ./.")
        .deps("det(senate, The) amod(senate, Chilean) nsubj(considering, senate) aux(considering, is)"
            + " acl(considering, giving) obj(giving, money) obl:to(giving, councils) case(councils, to)"
            + " amod(councils, rural)")
        .actor("The Chilean senate", "CHLLEG")
        .events();
    assertEquals("rural councils", only(events, "014").target().name(), Events.describe(events));
  }
}
