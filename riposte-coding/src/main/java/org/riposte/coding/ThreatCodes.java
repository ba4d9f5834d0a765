package org.riposte.coding;

import java.util.Map;

/**
 * CAMEO codes a conflictual act its actor says it will do under a condition or stands ready to do as a threat (13x,
 * PLOVER THREATEN): "will withdraw its monitors unless the attacks stop" is 136, "is prepared to impose martial law"
 * 1324, "would blockade the capital if the talks fail" 1381. The act's code maps to the threat of the same kind:
 * protest → 133, sanctions and cuts → 131x, halting talks or mediation → 134/135, expulsions → 136, administrative sanctions →
 * 132x, repression → 137, force → 138x. A conflictual act announced in words for the future ("will extend the
 * curfew", "said it would boycott the talks") is a threat too ({@link StatusResolver#announcedAsThreat}); one decided,
 * agreed or given a date of its own ("will suspend its mission from 1 November") keeps its code, planned. Stateless;
 * thread safe.
 */
final class ThreatCodes {
  private ThreatCodes() {}

  /** Specific mappings, by the act's code or its 3-digit prefix; the root mapping applies otherwise. */
  private static final Map<String, String> BY_CODE = Map.ofEntries(
      Map.entry("160", "131"), Map.entry("161", "1313"), Map.entry("162", "1311"), Map.entry("163", "1312"),
      Map.entry("164", "134"), Map.entry("165", "135"), Map.entry("166", "136"),
      Map.entry("172", "132"), Map.entry("1721", "1321"), Map.entry("1722", "1322"), Map.entry("1723", "1323"),
      Map.entry("1724", "1324"), Map.entry("173", "137"), Map.entry("175", "137"),
      Map.entry("191", "1381"), Map.entry("192", "1382"), Map.entry("204", "1385"));

  private static final Map<String, String> BY_ROOT = Map.of("14", "133", "15", "138", "17", "130", "18", "1383",
      "19", "1384", "20", "1383");

  /** The threat code for a conflictual act's code, or null when the act is not one (10–13 and 01–09 are not). */
  static String threatOf(String code) {
    return CameoCode.mostSpecific(code, BY_CODE, BY_ROOT);
  }
}
