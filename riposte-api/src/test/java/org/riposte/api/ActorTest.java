package org.riposte.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void thePartyIsTheCountryTheOrganisationOrTheRegion() {
    assertEquals("RUS", new Actor("RUSGOV", "Kremlin", "RUS", "GOV", ActorKind.STATE).party());
    assertEquals("IGOWSTNAT", new Actor("IGOWSTNAT", "NATO", null, null, ActorKind.ORGANISATION).party());
    assertEquals("WST", new Actor("WSTGOV", "Western officials", null, "GOV", ActorKind.GROUP).party());
    assertEquals("EUR", new Actor("EUR", "Europe", null, null, ActorKind.STATE).party());
  }

  @Test
  void aBareRoleOrAnUncodedActorIsNoParty() {
    Actor diplomats = new Actor("DIP", "the diplomats", null, "DIP", ActorKind.GROUP);
    assertNull(diplomats.party());
    assertTrue(diplomats.isGeneric());
    assertNull(Actor.unknown("the allies").party());
    assertFalse(Actor.unknown("the allies").isGeneric());
    assertFalse(new Actor("RUSDIP", "Russian diplomats", "RUS", "DIP", ActorKind.GROUP).isGeneric());
  }
}
