package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** Which mention of the subject's phrase becomes the source. */
class SourceArgumentsTest {

  @Test
  void anAgentForABodyActsForIt() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("The/DT minister/NN for/IN Chile/NNP condemned/VBD/condemn Peru/NNP ./.")
        .deps("det(minister, The) nmod:for(minister, Chile) case(Chile, for) nsubj(condemned, minister)"
            + " obj(condemned, Peru)")
        .actor("minister", "GOV").actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    Event e = only(events, "111");
    assertEquals("CHL", e.source().country(), Events.describe(events));
    assertEquals("PER", e.target().code());
  }

  @Test
  void protestersForACauseAreNotOfTheCountryTheyProtestAgainst() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Protesters/NNS/protester against/IN Chile/NNP condemned/VBD/condemn Peru/NNP ./.")
        .deps("nmod:against(Protesters, Chile) case(Chile, against) nsubj(condemned, Protesters)"
            + " obj(condemned, Peru)")
        .actor("Protesters", "OPP").actor("Chile", "CHL").actor("Peru", "PER")
        .events();
    Event e = only(events, "111");
    assertEquals("PEROPP", e.source().code(), "the domestic reading of the protesters, never Chile: "
        + Events.describe(events));
  }

  @Test
  void theSubjectOfAnAgentlessPassiveActsInItsComplement() throws Exception {
    List<Event> events = Fixture.published("2021-06-01")
        .sentence("Chile/NNP is/VBZ/be committed/VBN/commit to/TO releasing/VBG/release the/DT Peruvian/JJ"
            + " prisoners/NNS/prisoner ./.")
        .deps("nsubj:pass(committed, Chile) aux:pass(committed, is) advcl:to(committed, releasing)"
            + " mark(releasing, to) obj(releasing, prisoners) det(prisoners, the) amod(prisoners, Peruvian)")
        .actor("Chile", "CHL").actor("Peruvian prisoners", "PERCVL")
        .events();
    assertEquals(1, events.stream().filter(e -> e.trigger().equals("releasing") && e.source().code().equals("CHL")
        && e.target().code().equals("PERCVL")).count(), Events.describe(events));
  }
}
