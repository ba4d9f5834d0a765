package org.riposte.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Heads of state and government of older news are known by name and coded by the office held on the date. */
class LeadersTest {

  private static ActorDictionary dict;

  @BeforeAll
  static void load() throws Exception {
    dict = DictionaryActorStage.defaultStage().dictionary();
  }

  private String code(String name, LocalDate date) {
    return dict.lookup(name, date).orElseThrow(() -> new AssertionError(name + " unknown")).code();
  }

  @Test
  void olderLeadersAreCodedByTheirOfficeOnTheDate() {
    assertEquals("KENGOV", code("Daniel arap Moi", LocalDate.of(1990, 3, 1)));
    assertEquals("TURGOV", code("Turgut Ozal", LocalDate.of(1987, 6, 1)));
    assertEquals("ZMBGOV", code("Levy Mwanawasa", LocalDate.of(2005, 1, 1)));
    assertEquals("DZAGOV", code("Abdelaziz Bouteflika", LocalDate.of(2004, 1, 1)));
  }

  @Test
  void aRebelWhoLaterHeldOfficeIsARebelBeforeIt() {
    assertEquals("SSDREB", code("Riek Machar", LocalDate.of(2015, 1, 1)));
    assertEquals("SSDGOV", code("Riek Machar", LocalDate.of(2021, 1, 1)));
    assertEquals("ZAFELI", code("F.W. de Klerk", LocalDate.of(2000, 1, 1)), "out of office: an elite");
  }
}
