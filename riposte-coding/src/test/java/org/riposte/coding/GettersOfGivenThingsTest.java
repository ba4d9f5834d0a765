package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** Who got what an act of giving gave, named by a clause of getting on the thing given: the recipient. */
class GettersOfGivenThingsTest {

  @Test
  void theSubjectOfARelativeClauseOfBuyingOnTheArmsIsTheRecipient() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Belarus/NNP supplied/VBD/supply most/JJS of/IN the/DT weapons/NNS/weapon Chad/NNP"
            + " has/VBZ/have bought/VBN/buy ./.")
        .deps("nsubj(supplied, Belarus) obj(supplied, most) nmod:of(most, weapons) case(weapons, of)"
            + " det(weapons, the) acl:relcl(weapons, bought) nsubj(bought, Chad) aux(bought, has)")
        .actor("Belarus", "BLR").actor("Chad", "TCD")
        .events();
    assertEquals("TCD", only(events, "072").target().code(), Events.describe(events));
  }

  @Test
  void aClauseOfReceivingTheParserHungBesideTheActNamesTheRecipient() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Serbia/NNP supplied/VBD/supply half/NN of/IN the/DT rifles/NNS/rifle Mali/NNP has/VBZ/have"
            + " received/VBN/receive ./.")
        .deps("nsubj(supplied, Serbia) obj(supplied, half) nmod:of(half, rifles) case(rifles, of)"
            + " det(rifles, the) parataxis(supplied, received) nsubj(received, Mali) aux(received, has)")
        .actor("Serbia", "SRB").actor("Mali", "MLI")
        .events();
    assertEquals("MLI", only(events, "072").target().code(), Events.describe(events));
  }
}
