package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.IngestException;

/** The four gold readers on small files written here. */
class GoldReadersTest {

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void ploverRecordsWithActorsAndRenamedTypes() throws Exception {
    Path p = write("gold.json", """
        [ {"id": "DOC", "event": "DOCUMENT", "eventText": "notes"},
          {"id": "R1", "date": "2003-05-02", "event": "DEMAND", "text": "Chile urged Peru to free the sailors.",
           "source": [{"actorText": "Chile", "code": "CHL", "sector": "GOV"}],
           "target": [{"actorText": "Peru", "code": "PER", "sector": "***"}]},
          {"id": "R2", "event": "FIGHT", "text": "Rebels attacked a convoy.", "source": [], "target": ""},
          {"id": "R3", "event": "AGREE", "text": ""} ]
        """);
    GoldSet set = GoldSet.read(GoldFormat.PLOVER, p);
    assertEquals(2, set.sentences().size());
    GoldSentence r1 = set.sentences().get(0);
    assertEquals("REQUEST", r1.labels().get(EvalLevel.PLOVER));
    assertEquals(LocalDate.of(2003, 5, 2), r1.date());
    assertEquals("GOV", r1.sources().get(0).sector());
    assertNull(r1.targets().get(0).sector(), "*** is no sector");
    assertEquals("ASSAULT", set.sentences().get(1).labels().get(EvalLevel.PLOVER));
    assertTrue(set.sentences().get(1).targets().isEmpty());
    assertEquals(1, set.problems().size());
    assertTrue(set.problems().get(0).contains("R3"), set.problems().get(0));
  }

  @Test
  void oldCountryCodesAndMisspeltSectorsAreReadAsToday() throws Exception {
    Path p = write("old.json", """
        [ {"id": "O1", "event": "AGREE", "text": "Tokyo and Rome agreed on a trade pact with Hanoi.",
           "source": [{"actorText": "Tokyo", "code": "JAP", "sector": "GOV"},
                      {"actorText": "Rome", "code": "ITL"}],
           "target": [{"actorText": "Hanoi", "code": "VTN", "sector": "CIV"},
                      {"actorText": "Ivorian villagers", "code": "CIV", "sector": "CVLbet"}]} ]
        """);
    GoldSentence g = GoldSet.read(GoldFormat.PLOVER, p).sentences().get(0);
    assertEquals("JPN", g.sources().get(0).code());
    assertEquals("ITA", g.sources().get(1).code());
    assertEquals("VNM", g.targets().get(0).code());
    assertEquals("CVL", g.targets().get(0).sector(), "CIV as a sector is a misspelt CVL");
    assertEquals("CIV", g.targets().get(1).code(), "CIV as a country stays Côte d'Ivoire");
    assertEquals("CVL", g.targets().get(1).sector());
  }

  @Test
  void theGoldsMediaAndMedicalSectorsAreReadAsCameoRoles() throws Exception {
    Path p = write("sectors.json", """
        [ {"id": "S1", "event": "AID", "text": "Norwegian doctors gave medicine to a Chilean newspaper.",
           "source": [{"actorText": "Norwegian doctors", "code": "NOR", "sector": "MED"}],
           "target": [{"actorText": "Chilean newspaper", "code": "CHL", "sector": "JRN"}]} ]
        """);
    GoldSentence g = GoldSet.read(GoldFormat.PLOVER, p).sentences().get(0);
    assertEquals("HLH", g.sources().get(0).sector(), "the gold's MED is medical: CAMEO's HLH");
    assertEquals("MED", g.targets().get(0).sector(), "the gold's JRN is the media: CAMEO's MED");
  }

  @Test
  void aDateEveryRecordSharesIsAPlaceholderAndIsDropped() throws Exception {
    Path p = write("same.json", """
        [ {"id": "S1", "date": "2000-01-01", "event": "AGREE", "text": "Chile and Peru agreed on a pact."},
          {"id": "S2", "date": "2000-01-01", "event": "FIGHT", "text": "Rebels attacked a convoy."} ]
        """);
    for (GoldSentence g : GoldSet.read(GoldFormat.PLOVER, p).sentences()) assertNull(g.date(), g.id());
  }

  @Test
  void codebookRowsWithQuotedCommasAndNoExample() throws Exception {
    Path p = write("codes.csv", "\"\",\"code\",\"name\",\"example\"\n"
        + "\"1\",\"17\",\"COERCE\",NA\n"
        + "\"2\",\"1711\",\"Confiscate property\",\"Police seized the ship, its cargo and \"\"papers\"\".\"\n"
        + "\"3\",\"x9\",\"Bad\",\"Something.\"\n");
    GoldSet set = GoldSet.read(GoldFormat.CODEBOOK, p);
    assertEquals(1, set.sentences().size());
    GoldSentence g = set.sentences().get(0);
    assertEquals("Police seized the ship, its cargo and \"papers\".", g.text());
    assertEquals("17", g.labels().get(EvalLevel.ROOT));
    assertEquals("171", g.labels().get(EvalLevel.CODE3));
    assertEquals("COERCE", g.labels().get(EvalLevel.PLOVER), "the code's PLOVER type from the ontology");
    assertEquals(1, set.problems().size());
  }

  @Test
  void fiveClassLinesWithCrlf() throws Exception {
    Path p = write("five.tsv", "Envoys met in Oslo.\t1\r\nTroops shelled the port.\t4\r\nNo label here\r\n");
    GoldSet set = GoldSet.read(GoldFormat.FIVECLASS, p);
    assertEquals(2, set.sentences().size());
    assertEquals("4", set.sentences().get(1).labels().get(EvalLevel.FIVECLASS));
    assertEquals("Troops shelled the port.", set.sentences().get(1).text());
    assertTrue(set.problems().get(0).contains(":3:"), set.problems().get(0));
    assertEquals(1, set.every(2).sentences().size());
    assertEquals("Envoys met in Oslo.", set.every(2).sentences().get(0).text());
    assertEquals(1, set.limit(1).sentences().size());
  }

  @Test
  void spansKeepTheirOffsetsInTheJoinedText() throws Exception {
    Path p = write("spans.txt", "The O\nChilean B-S\nnavy I-S\nboarded O\nPeru B-T\n's I-T\nship I-T\n. O\n\n"
        + "Nothing O\nhappened O\n. O\n");
    GoldSet set = GoldSet.read(GoldFormat.SPANS, p);
    assertEquals(2, set.sentences().size());
    GoldSentence g = set.sentences().get(0);
    assertEquals("The Chilean navy boarded Peru's ship.", g.text());
    GoldActor src = g.sources().get(0);
    assertEquals("Chilean navy", g.text().substring(src.begin(), src.end()));
    assertEquals("Peru's ship", g.targets().get(0).text());
    assertTrue(set.sentences().get(1).sources().isEmpty());
  }

  @Test
  void numbersTheGoldTokenizerSplitAreJoinedAgain() throws Exception {
    Path p = write("numbers.txt", "Chile B-S\nsent O\n2 O\n. O\n4 O\nmillion O\npesos O\nto O\n1 B-T\n, I-T\n200 I-T\n"
        + "farmers I-T\n. O\n\nIn O\n1998 O\n, O\n300 O\npeople O\nfled O\n. O\n");
    GoldSet set = GoldSet.read(GoldFormat.SPANS, p);
    GoldSentence g = set.sentences().get(0);
    assertEquals("Chile sent 2.4 million pesos to 1,200 farmers.", g.text());
    assertEquals("1,200 farmers", g.targets().get(0).text());
    assertEquals("In 1998, 300 people fled.", set.sentences().get(1).text(), "a year keeps its comma and space");
  }

  @Test
  void aFileWithoutUsableRecordsIsAnErrorNamingIt() throws Exception {
    Path p = write("empty.json", "[]");
    IngestException e = assertThrows(IngestException.class, () -> GoldSet.read(GoldFormat.PLOVER, p));
    assertTrue(e.getMessage().contains("empty.json"), e.getMessage());
    Path bad = write("bad.json", "{ not json");
    assertThrows(IngestException.class, () -> GoldSet.read(GoldFormat.PLOVER, bad));
  }
}
