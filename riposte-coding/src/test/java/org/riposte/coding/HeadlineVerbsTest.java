package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;

/** Headline-like sentences whose verb the tagger read as a noun, or whose plural subject it read as the verb. */
class HeadlineVerbsTest {

  @Test
  void anAgreeingVerbInsideANounChainIsTheVerb() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Canadian/JJ council/NN lifts/NNS/lift sanctions/NNS/sanction on/IN Peru/NNP ./.")
        .deps("compound(sanctions, lifts) amod(lifts, Canadian) compound(lifts, council) nmod:on(sanctions, Peru)"
            + " case(Peru, on) punct(sanctions, .)")
        .actor("Canadian council", "CANGOV").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "085"), "CANGOV", "PER");
  }

  @Test
  void aBareFormAfterAPluralNounIsTheVerb() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Chilean/JJ ministers/NNS/minister lift/NN restrictions/NNS/restriction on/IN Peru/NNP ./.")
        .deps("compound(restrictions, ministers) amod(ministers, Chilean) compound(restrictions, lift)"
            + " nmod:on(restrictions, Peru) case(Peru, on) punct(restrictions, .)")
        .actor("Chilean ministers", "CHLGOV").actor("Peru", "PER")
        .events();
    assertDyad(only(events, "081"), "CHLGOV", "PER");
  }

  @Test
  void aCompoundThatDoesNotAgreeStaysANoun() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT ministry/NN lift/NN restrictions/NNS/restriction on/IN Peru/NNP ./.")
        .deps("det(restrictions, The) compound(restrictions, ministry) compound(restrictions, lift)"
            + " nmod:on(restrictions, Peru) case(Peru, on) punct(restrictions, .)")
        .actor("The ministry", "CHLGOV").actor("Peru", "PER")
        .events();
    assertTrue(events.isEmpty(), Events.describe(events));
  }

  @Test
  void aPluralNounTaggedAsTheVerbIsTheSubjectOfTheVerbAfterIt() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("Rebel/NN militiamen/VBZ/militiaman attacked/VBD/attack the/DT villagers/NNS/villager ./.")
        .deps("nsubj(militiamen, Rebel) dep(militiamen, attacked) obj(attacked, villagers)"
            + " det(villagers, the) punct(militiamen, .)")
        .actor("Rebel militiamen", "REB").actor("villagers", "CVL")
        .events();
    assertEquals(1, events.size(), Events.describe(events));
    assertEquals("18", events.get(0).root());
  }

  @Test
  void aNounSubjectOfAnInfinitiveEndingInAVerbFormIsTheVerb() throws Exception {
    List<Event> events = Fixture.published("2021-10-20")
        .sentence("The/DT Kenyan/JJ army/NN trains/NNS/train Somali/JJ officers/NNS/officer to/TO"
            + " patrol/VB borders/NNS/border ,/, officials/NNS/official said/VBD/say ./.")
        .deps("nsubj(said, officials) advcl:to(said, patrol) nsubj(patrol, trains) mark(patrol, to)"
            + " obj(patrol, borders) det(trains, The) amod(trains, Kenyan) compound(trains, army)"
            + " dep(trains, officers) amod(officers, Somali) punct(said, .)")
        .actor("The Kenyan army", "KENMIL").actor("Somali officers", "SOMMIL")
        .events();
    assertDyad(only(events, "062"), "KENMIL", "SOMMIL");
  }
}
