package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStringsTest {

  @Test
  void roundTrips() {
    List<String> v = List.of("a", "", "q\"uote", "back\\slash", "line\nbreak", "tab\t", "ctl\u0001", "ü, é");
    assertEquals(v, JsonStrings.decode(JsonStrings.encode(v)));
    assertEquals("[]", JsonStrings.encode(List.of()));
    assertEquals("[\"a\",\"b\"]", JsonStrings.encode(List.of("a", "b")));
  }

  @Test
  void readsOrdinaryJsonSpacing() {
    assertEquals(List.of("a", "b/c", "é"), JsonStrings.decode(" [ \"a\" , \"b\\/c\",\"\\u00e9\" ] "));
    assertEquals(List.of(), JsonStrings.decode("[ ]"));
    assertEquals(List.of(), JsonStrings.decode(null));
  }

  @Test
  void refusesOtherShapes() {
    for (String bad : List.of("a,b", "[1]", "[\"a\"", "[\"a\" \"b\"]", "[\"a\\\"]", "[\"a\",]", "{}")) {
      assertThrows(IllegalArgumentException.class, () -> JsonStrings.decode(bad), bad);
    }
  }
}
