package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riposte.coding.Events.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Status;

/** Speech acts as statement events: the speaker as source, the addressed party as target, never twice. */
class StatementTest {

  private static List<Event> events(Fixture f, QuoteStage stage) throws Exception {
    return QuoteStageTest.run(f, stage).events();
  }

  private static List<Event> events(Fixture f) throws Exception { return events(f, QuoteStage.defaultStage()); }

  private static Fixture bergTo(String verbSpec, String verb) {
    return Fixture.published("2021-10-20")
        .sentence("Anna/NNP Berg/NNP " + verbSpec + " Lithuania/NNP that/IN the/DT border/NN would/MD stay/VB"
            + " open/JJ ./.")
        .deps("nsubj(" + verb + ", Berg) compound(Berg, Anna) obj(" + verb + ", Lithuania) ccomp(" + verb
            + ", stay) mark(stay, that) nsubj(stay, border) det(border, the) aux(stay, would) xcomp(stay, open)")
        .person("Anna Berg", "NORGOV").actor("Lithuania", "LTU");
  }

  @Test
  void aReportedClauseIsAStatementOfItsSpeaker() throws Exception {
    List<Event> es = events(Fixture.published("2021-10-20")
        .sentence("Anna/NNP Berg/NNP said/VBD/say that/IN the/DT border/NN would/MD stay/VB open/JJ ./.")
        .deps("nsubj(said, Berg) compound(Berg, Anna) ccomp(said, stay) mark(stay, that) nsubj(stay, border)"
            + " det(border, the) aux(stay, would) xcomp(stay, open)")
        .person("Anna Berg", "NORGOV"));
    assertEquals(1, es.size(), Events.describe(es));
    Event e = es.get(0);
    assertEquals("010", e.cameo());
    assertEquals("NORGOV", e.source().code());
    assertEquals("Anna Berg", e.source().name());
    assertNull(e.target());
    assertEquals("said", e.trigger());
    assertEquals(Status.ASSERTED, e.status());
    assertEquals(EventDate.day(LocalDate.of(2021, 10, 20)), e.date());
  }

  @Test
  void aQuotedWarningCodesAsAThreatToTheAddressedParty() throws Exception {
    List<Event> es = events(Fixture.published("2021-10-20")
        .sentence("“/`` Stay/VB away/RB ,/, ”/'' Berg/NNP warned/VBD/warn Lithuania/NNP ./.")
        .deps("ccomp(warned, Stay) advmod(Stay, away) punct(Stay, “) nsubj(warned, Berg) obj(warned, Lithuania)")
        .person("Berg", "NORGOV").actor("Lithuania", "LTU"));
    assertEquals(1, es.size(), Events.describe(es));
    assertEquals("130", es.get(0).cameo());
    assertEquals("NORGOV", es.get(0).source().code());
    assertEquals("LTU", es.get(0).target().code());
  }

  @Test
  void aSpeechActTheCoderCodedIsNotCodedAgain() throws Exception {
    List<Event> told = events(bergTo("told/VBD/tell", "told"));
    assertEquals(1, told.stream().filter(e -> e.source().code().equals("NORGOV")).count(), Events.describe(told));
    assertEquals("010", told.get(0).cameo());
    assertEquals("LTU", told.get(0).target().code());
    List<Event> accused = events(Fixture.published("2021-10-20")
        .sentence("Berg/NNP accused/VBD/accuse Lithuania/NNP of/IN lying/VBG/lie ./.")
        .deps("nsubj(accused, Berg) obj(accused, Lithuania) advcl:of(accused, lying) mark(lying, of)")
        .person("Berg", "NORGOV").actor("Lithuania", "LTU"));
    assertEquals(1, accused.size(), Events.describe(accused));
    assertTrue(accused.get(0).cameo().startsWith("112"), Events.describe(accused));
  }

  @Test
  void statementsCanBeTurnedOff() throws Exception {
    List<Event> es = events(Fixture.published("2021-10-20")
        .sentence("Anna/NNP Berg/NNP said/VBD/say that/IN the/DT border/NN would/MD stay/VB open/JJ ./.")
        .deps("nsubj(said, Berg) compound(Berg, Anna) ccomp(said, stay) mark(stay, that) nsubj(stay, border)"
            + " det(border, the) aux(stay, would) xcomp(stay, open)")
        .person("Anna Berg", "NORGOV"), new QuoteStage(new QuoteConfig(false, 2)));
    assertEquals(List.of(), es);
  }

  @Test
  void sayingThatAnotherPartyMustActIsADemandOnIt() throws Exception {
    List<Event> es = events(Fixture.published("2021-10-20")
        .sentence("Anna/NNP Berg/NNP said/VBD/say that/IN Lithuania/NNP must/MD open/VB the/DT border/NN ./.")
        .deps("nsubj(said, Berg) compound(Berg, Anna) ccomp(said, open) mark(open, that) nsubj(open, Lithuania)"
            + " aux(open, must) obj(open, border) det(border, the)")
        .person("Anna Berg", "NORGOV").actor("Lithuania", "LTU"));
    Event e = only(es, "1051");  // a demand to open the border: to ease administrative sanctions
    Events.assertDyad(e, "NORGOV", "LTU");
    assertEquals(Status.ASSERTED, e.status());
    List<Event> will = events(Fixture.published("2021-10-20")
        .sentence("Anna/NNP Berg/NNP said/VBD/say that/IN Lithuania/NNP will/MD open/VB the/DT border/NN ./.")
        .deps("nsubj(said, Berg) compound(Berg, Anna) ccomp(said, open) mark(open, that) nsubj(open, Lithuania)"
            + " aux(open, will) obj(open, border) det(border, the)")
        .person("Anna Berg", "NORGOV").actor("Lithuania", "LTU"));
    assertEquals("010", only(will, "010").cameo(), "a forecast is no demand");
  }

  @Test
  void aDemandIsAsSpecificAsTheActItAsksFor() throws Exception {
    List<Event> es = events(Fixture.published("2021-10-20")
        .sentence("Norway/NNP said/VBD/say Kenya/NNP must/MD release/VB the/DT hostages/NNS/hostage ./.")
        .deps("nsubj(said, Norway) ccomp(said, release) nsubj(release, Kenya) aux(release, must)"
            + " obj(release, hostages) det(hostages, the)")
        .actor("Norway", "NOR").actor("Kenya", "KEN"));
    Events.assertDyad(only(es, "1053"), "NOR", "KEN");
    List<Event> vague = events(Fixture.published("2021-10-20")
        .sentence("Norway/NNP said/VBD/say Kenya/NNP must/MD act/VB ./.")
        .deps("nsubj(said, Norway) ccomp(said, act) nsubj(act, Kenya) aux(act, must)")
        .actor("Norway", "NOR").actor("Kenya", "KEN"));
    Events.assertDyad(only(vague, "100"), "NOR", "KEN");
  }

  @Test
  void aClauseTheParserLeftAsDepIsStillWhatWasSaid() throws Exception {
    List<Event> es = events(Fixture.published("2021-10-20")
        .sentence("Norway/NNP says/VBZ/say Lithuania/NNP must/MD open/VB the/DT border/NN ./.")
        .deps("nsubj(says, Norway) dep(says, open) nsubj(open, Lithuania) aux(open, must) obj(open, border)"
            + " det(border, the)")
        .actor("Norway", "NOR").actor("Lithuania", "LTU"));
    Events.assertDyad(only(es, "1051"), "NOR", "LTU");
    List<Event> bare = events(Fixture.published("2021-10-20")
        .sentence("Norway/NNP says/VBZ/say ,/, opening/VBG/open the/DT border/NN ./.")
        .deps("nsubj(says, Norway) dep(says, opening) obj(opening, border) det(border, the)")
        .actor("Norway", "NOR"));
    assertTrue(bare.stream().noneMatch(e -> e.cameo().startsWith("01") || e.cameo().equals("100")),
        "a non-finite dep without subject reports nothing: " + Events.describe(bare));
  }
}
