package org.riposte.coding;

/**
 * One CAMEO event code with the facts the coder attaches to its events.
 *
 * @param code          2 to 4 digits ({@code 161})
 * @param name          the CAMEO label ("Reduce or break diplomatic relations")
 * @param goldstein     Goldstein conflict–cooperation value, −10 to +10
 * @param quadClass     1 verbal cooperation (roots 01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13),
 *                      4 material conflict (14–20)
 * @param plover        PLOVER 2.0 event type ({@code SANCTION}), or null for statements (01x), which PLOVER does not
 *                      code
 * @param ploverMode    PLOVER mode ({@code expel}), or empty
 * @param ploverContext PLOVER context ({@code diplomatic}), or empty
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String plover, String ploverMode,
                        String ploverContext) {

  public CameoCode {
    if (code == null || !code.matches("\\d{2,4}")) throw new IllegalArgumentException("bad CAMEO code: " + code);
    if (quadClass < 1 || quadClass > 4) throw new IllegalArgumentException("bad QuadClass for " + code);
  }

  /** The 2-digit root ({@code 16} for {@code 161}). */
  public String root() { return code.substring(0, 2); }

  /** The QuadClass of a root: 01–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4. */
  public static int quadClassOf(String root) {
    int r = Integer.parseInt(root.substring(0, 2));
    if (r < 1 || r > 20) throw new IllegalArgumentException("not a CAMEO root: " + root);
    return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
  }

  /** Whether a code is one of force: assault, fight, mass violence (roots 18–20). */
  static boolean isForce(String code) {
    return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  /**
   * What a code maps to in a table keyed by codes and one keyed by roots: the entry of the code itself, else of its
   * 3-digit prefix, else of its root; null when none has one (threats and refusals derived from an act's code).
   */
  static String mostSpecific(String code, java.util.Map<String, String> byCode, java.util.Map<String, String> byRoot) {
    String exact = byCode.get(code);
    if (exact != null) return exact;
    if (code.length() > 3) {
      String three = byCode.get(code.substring(0, 3));
      if (three != null) return three;
    }
    return byRoot.get(code.substring(0, 2));
  }
}
