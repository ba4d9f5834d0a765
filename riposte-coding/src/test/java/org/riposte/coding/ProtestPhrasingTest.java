package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.assertDyad;
import static org.riposte.coding.Events.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;
import org.riposte.api.Status;

/**
 * Protest acts and blockades in phrasings the parser or tagger reads askew: a verb tagged as its noun homograph
 * ("would blockade"), an object the parser made a participle's subject, a protest participle on its actor noun.
 */
class ProtestPhrasingTest {

  @Test
  void aBlockadeTaggedAsANounButParsedAsAVerbIsCodedAsTheVerb() throws Exception {
    List<Event> events = Fixture.published("2021-05-04")
        .sentence("The/DT Turkish/JJ navy/NN blockaded/VBD/blockade the/DT Cypriot/JJ port/NN ./.")
        .deps("det(navy, The) amod(navy, Turkish) nsubj(blockaded, navy) obj(blockaded, port) det(port, the)"
            + " amod(port, Cypriot)")
        .actor("Turkish navy", "TURMIL").actor("Cypriot port", "CYP")
        .events();
    assertDyad(only(events, "191"), "TURMIL", "CYP");
  }

  @Test
  void aBlockadeOfPeopleIsObstructionAndSaidForTheFutureAThreatOfIt() throws Exception {
    // the tagger read "blockade" as a noun (NN) although it has a subject, an auxiliary and an object
    List<Event> events = Fixture.published("2021-05-04")
        .sentence("Polish/JJ truckers/NNS/trucker said/VBD/say they/PRP would/MD blockade/NN the/DT"
            + " Ukrainian/JJ border/NN ./.")
        .deps("amod(truckers, Polish) nsubj(said, truckers) ccomp(said, blockade) nsubj(blockade, they)"
            + " aux(blockade, would) obj(blockade, border) det(border, the) amod(border, Ukrainian)")
        .actor("Polish truckers", "POLLAB").actor("Ukrainian", "UKR")
        .events();
    Event e = only(events, "1381");
    assertEquals(Status.ASSERTED, e.status(), "the threat was made");
    assertDyad(e, "POLLAB", "UKR");
  }

  @Test
  void aNounWithACopulaStaysANoun() throws Exception {
    List<Event> events = Fixture.published("2021-05-04")
        .sentence("The/DT siege/NN will/MD be/VB a/DT blockade/NN ./.")
        .deps("det(siege, The) nsubj(blockade, siege) aux(blockade, will) cop(blockade, be) det(blockade, a)")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("19")), events.toString());
  }

  @Test
  void anObjectTheParserMadeAPurposeParticiplesSubjectIsStillTheObject() throws Exception {
    // the parser read "roads demanding ..." as a clause: nsubj(demanding, roads), dep(blocked, demanding)
    List<Event> events = Fixture.published("2021-05-04")
        .sentence("Serbian/JJ farmers/NNS/farmer blocked/VBD/block roads/NNS/road demanding/VBG/demand"
            + " higher/JJR/high prices/NNS/price ./.")
        .deps("amod(farmers, Serbian) nsubj(blocked, farmers) dep(blocked, demanding) nsubj(demanding, roads)"
            + " obj(demanding, prices) amod(prices, higher)")
        .actor("Serbian farmers", "SRBAGR")
        .events();
    Event e = only(events, "144");
    assertEquals("SRBAGR", e.source().code());
  }

  @Test
  void aParticipleAfterARealObjectDoesNotReplaceIt() throws Exception {
    List<Event> events = Fixture.published("2021-05-04")
        .sentence("Serbian/JJ farmers/NNS/farmer blocked/VBD/block the/DT resolution/NN roads/NNS/road"
            + " demanding/VBG/demand higher/JJR/high prices/NNS/price ./.")
        .deps("amod(farmers, Serbian) nsubj(blocked, farmers) obj(blocked, resolution) det(resolution, the)"
            + " dep(blocked, demanding) nsubj(demanding, roads) obj(demanding, prices) amod(prices, higher)")
        .actor("Serbian farmers", "SRBAGR")
        .events();
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("144")), events.toString());
  }
}
