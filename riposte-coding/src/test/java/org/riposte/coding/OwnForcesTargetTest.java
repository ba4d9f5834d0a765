package org.riposte.coding;

import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/**
 * The forces a party offers to send are its own, no target; whom it offers them for is named by the complement's
 * purpose; a role a clause places in a country is that country's.
 */
class OwnForcesTargetTest {

  @Test
  void troopsOfferedAreNoTargetButWhomTheyAreToHelpIs() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP offered/VBD/offer to/TO send/VB troops/NNS/troop to/TO help/VB the/DT Peruvian/JJ"
            + " army/NN ./.")
        .deps("nsubj(offered, Chile) xcomp(offered, send) mark(send, to-2) nsubj:xsubj(send, Chile)"
            + " obj(send, troops) xcomp(send, help) mark(help, to-5) obj(help, army) det(army, the)"
            + " amod(army, Peruvian)")
        .actor("Chile", "CHL").actor("troops", "MIL").actor("Peruvian army", "PERMIL")
        .events();
    assertDyad(only(events, "030"), "CHL", "PERMIL");
  }

  @Test
  void aRoleAClausePlacesInACountryIsThatCountrys() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP sent/VBD/send aid/NN to/TO rebels/NNS/rebel fighting/VBG/fight the/DT war/NN in/IN"
            + " Peru/NNP ./.")
        .deps("nsubj(sent, Chile) obj(sent, aid) obl:to(sent, rebels) case(rebels, to) acl(rebels, fighting)"
            + " obj(fighting, war) det(war, the) nmod:in(war, Peru) case(Peru, in)")
        .actor("Chile", "CHL").actor("rebels", "REB").place("Peru", "PER")
        .events();
    assertDyad(only(events, "070"), "CHL", "PERREB");
  }
}
