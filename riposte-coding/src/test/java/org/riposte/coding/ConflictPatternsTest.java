package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** Verbal and material conflict: the patterns added for the acts the five-class development set showed missing. */
class ConflictPatternsTest {

  @Test
  void reducingAidReducesRelations() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Denmark/NNP reduced/VBD/reduce its/PRP$ aid/NN to/IN Uganda/NNP ./.")
        .deps("nsubj(reduced, Denmark) obj(reduced, aid) nmod:poss(aid, its) obl:to(reduced, Uganda) case(Uganda, to)")
        .actor("Denmark", "DNK").actor("its", "DNK").actor("Uganda", "UGA")
        .events();
    assertDyad(only(events, "162"), "DNK", "UGA");
  }

  @Test
  void violatingABanDefiesIt() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Minsk/NNP violated/VBD/violate the/DT ban/NN on/IN arms/NNS/arm exports/NNS/export ./.")
        .deps("nsubj(violated, Minsk) obj(violated, ban) det(ban, the) nmod:on(ban, exports) case(exports, on)"
            + " compound(exports, arms)")
        .place("Minsk", "BLR")
        .events();
    assertEquals("BLR", only(events, "128").source().code());
  }

  @Test
  void goingOnStrikeIsAStrikeAgainstTheOwnGovernment() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Polish/JJ/polish dock/NN workers/NNS/worker went/VBD/go on/IN strike/NN ./.")
        .deps("nsubj(went, workers) amod(workers, Polish) compound(workers, dock) obl:on(went, strike) case(strike, on)")
        .actor("Polish dock workers", "POLLAB")
        .events();
    Event e = only(events, "143");
    assertEquals("POLLAB", e.source().code());
    assertEquals("POLGOV", e.target().code());
  }

  @Test
  void cancellingASummitHaltsTheNegotiations() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT Czech/JJ/czech premier/NN cancelled/VBD/cancel the/DT summit/NN with/IN Hungary/NNP ./.")
        .deps("nsubj(cancelled, premier) det(premier, The) amod(premier, Czech) obj(cancelled, summit)"
            + " det(summit, the) nmod:with(summit, Hungary) case(Hungary, with)")
        .actor("Czech premier", "CZEGOV").actor("Hungary", "HUN")
        .events();
    assertEquals("CZEGOV", only(events, "164").source().code());  // a disruption of planned negotiations
  }

  @Test
  void aStateOfSiegeIsAStateOfEmergency() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Bolivia/NNP declared/VBD/declare a/DT state/NN of/IN siege/NN in/IN Pando/NNP ./.")
        .deps("nsubj(declared, Bolivia) obj(declared, state) det(state, a) nmod:of(state, siege) case(siege, of)"
            + " obl:in(declared, Pando) case(Pando, in)")
        .actor("Bolivia", "BOL")
        .events();
    assertEquals("BOL", only(events, "1724").source().code());
  }
}
