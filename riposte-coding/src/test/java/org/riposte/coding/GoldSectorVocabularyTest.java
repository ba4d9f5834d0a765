package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;

/** A gold sector of the CAMEO manual's vocabulary is matched by Riposte's finer role of it, never the reverse. */
class GoldSectorVocabularyTest {

  private static Actor actor(String code, String country, String role) {
    return new Actor(code, "x", country, role, ActorKind.GROUP);
  }

  @Test
  void goldGovernmentCoversDiplomats() {
    GoldActor gov = GoldActor.coded("Chilean diplomats", "CHL", "GOV");
    assertTrue(gov.samePartyAndSector(actor("CHLDIP", "CHL", "DIP")));
    assertTrue(gov.samePartyAndSector(actor("CHLGOV", "CHL", "GOV")));
    assertFalse(gov.samePartyAndSector(actor("CHLMIL", "CHL", "MIL")));
    assertFalse(gov.samePartyAndSector(actor("PERDIP", "PER", "DIP")), "the party must still be right");
  }

  @Test
  void otherSectorsStayExact() {
    assertFalse(GoldActor.coded("Chilean envoy", "CHL", "DIP").samePartyAndSector(actor("CHLGOV", "CHL", "GOV")));
    assertFalse(GoldActor.coded("Chilean army", "CHL", "MIL").samePartyAndSector(actor("CHLDIP", "CHL", "DIP")));
    assertTrue(GoldActor.coded("Chile", "CHL", null).samePartyAndSector(actor("CHLDIP", "CHL", "DIP")));
  }

  @Test
  void goldInternationalOrganisationsIncludeNamedInternationalNgos() {
    GoldActor igo = GoldActor.coded("the Red Cross", "IGO", "MED");
    assertTrue(igo.sameParty(new Actor("NGOHLHIRC", "Red Cross", null, "HLH", ActorKind.ORGANISATION)));
    assertTrue(igo.samePartyAndSector(new Actor("NGOHLHIRC", "Red Cross", null, "HLH", ActorKind.ORGANISATION)));
    assertTrue(GoldActor.coded("UN", "IGO", null).sameParty(actor("IGOUNO", null, null)));
    assertFalse(GoldActor.coded("aid groups", "IGO", null).sameParty(actor("NGO", null, "NGO")), "a bare NGO role");
    assertFalse(GoldActor.coded("a rights group", "NGO", null).sameParty(actor("IGOUNO", null, null)));
    assertFalse(GoldActor.coded("Chile", "CHL", null).sameParty(actor("NGOHRIAMN", null, "HRI")));
  }
}
