package org.riposte.coding;

import java.util.Map;

/**
 * CAMEO codes a cooperative act announced for the future: "will give aid", "is ready to send peacekeepers", "said it
 * would allow the inspectors back" are expressions of intent (03x, PLOVER AGREE), not the act itself. The act's code
 * (04–08) maps to the intent of the same kind: meet → 036, diplomatic cooperation → 032, material cooperation →
 * 031x, aid → 033x, yielding → 034x/035x; forgiveness (056), given by declaring oneself ready to forgive, stays
 * forgiveness. An act its actor has decided on ("decided to lift the sanctions") keeps its
 * own code, planned: the decision is taken. A conflictual act announced for the future is a threat (13x, {@link
 * ThreatCodes}; see {@link StatusResolver#announcedAsThreat}), unless decided on or agreed.
 */
final class IntentCodes {
  private IntentCodes() {}

  /** Specific mappings, by the act's code or its 3-digit prefix; the root mapping applies otherwise. */
  private static final Map<String, String> BY_CODE = Map.ofEntries(
      Map.entry("043", "036"), Map.entry("045", "039"), Map.entry("046", "036"),
      Map.entry("057", "030"),
      Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"), Map.entry("064", "0314"),
      Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"), Map.entry("074", "0334"),
      Map.entry("081", "0351"), Map.entry("082", "0352"), Map.entry("083", "034"), Map.entry("0831", "0341"),
      Map.entry("0832", "0342"), Map.entry("0833", "0343"), Map.entry("0834", "0344"), Map.entry("084", "0353"),
      Map.entry("085", "0354"), Map.entry("086", "0355"), Map.entry("087", "0356"),
      // forgiveness is given by declaring it: "are willing to forgive the president" forgives (the codebook's 056)
      Map.entry("056", "056"));

  private static final Map<String, String> BY_ROOT = Map.of("04", "036", "05", "032", "06", "031", "07", "033",
      "08", "035");

  /** The intent code for a planned act's code, or the code itself when the act is not cooperative (04–08). */
  static String intentOf(String code) {
    String exact = BY_CODE.get(code);
    if (exact != null) return exact;
    if (code.length() > 3) {
      String three = BY_CODE.get(code.substring(0, 3));
      if (three != null) return three;
    }
    return BY_ROOT.getOrDefault(code.substring(0, 2), code);
  }
}
