package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.riposte.api.ConfigException;

class CameoOntologyTest {

  @Test
  void holdsEveryCodeWithItsFacts() throws Exception {
    CameoOntology o = CameoOntology.builtIn();
    assertTrue(o.size() >= 300, "about 300 CAMEO codes, got " + o.size());
    for (String root : new String[] {"01", "05", "06", "08", "09", "13", "14", "20"}) {
      assertTrue(o.contains(root), root);
    }
    CameoCode expel = o.get("161");
    assertEquals("Reduce or break diplomatic relations", expel.name());
    assertEquals(-4.0, expel.goldstein());
    assertEquals(4, expel.quadClass());
    assertEquals("SANCTION", expel.plover());
    assertEquals("withdraw", expel.ploverMode());
    assertEquals("COERCE", o.get("174").plover());
    assertEquals("COERCE", o.get("192").plover());
    assertEquals("REQUEST", o.get("0233").plover(), "appeals are requests in PLOVER");
    assertNull(o.get("010").plover(), "PLOVER does not code statements");
    assertEquals(1, o.get("042").quadClass());
    assertEquals(2, o.get("073").quadClass());
    assertEquals(3, o.get("130").quadClass());
  }

  @Test
  void everyCodesQuadClassFollowsItsRoot() throws Exception {
    for (CameoCode c : CameoOntology.builtIn().codes()) {
      assertEquals(CameoCode.quadClassOf(c.root()), c.quadClass(), c.code());
      assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code());
    }
  }

  @Test
  void refusesAMalformedLineWithItsNumber() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> CameoOntology.read(new StringReader("# header\n161\tReduce\t-4\t3\tSANCTION\t\t\n"), "test.tsv"));
    assertTrue(e.getMessage().contains("test.tsv:2"), e.getMessage());
  }
}
