package org.riposte.coding;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CAMEO codes a cooperative act its actor says it will not do as a refusal (12x, PLOVER REJECT): "France will not
 * lift the ban" is 1241, "the rebels will not release the pilots" 1243, "Serbia refused to meet the envoy" 125,
 * "Norway will not send aid" a refusal of aid (122), "the president refused to step down" of a change of leader (1231),
 * "the teachers will not end their strike" of easing popular dissent (1242), as {@link ContentCodes} codes a
 * rejected demand of the same content. A cooperative act (04–08) whose negation is a refusal — "not"/"never" with a
 * future or modal auxiliary, or an infinitive under "refuse", "decline" or "reject" — is coded with the refusal's
 * code and asserted, since the refusal is what happened. A past act reported as not done ("did not meet") or denied ("denied sending aid") keeps its code
 * and the status {@code negated}. Stateless; thread safe.
 */
final class RefusalCodes {
  private RefusalCodes() {}

  private static final Set<String> NOT = Set.of("not", "n't", "never", "n’t");
  private static final Set<String> FUTURE_OR_MODAL = Set.of("will", "would", "shall", "can", "could", "'ll", "wo",
      "ca", "may", "might");
  private static final Set<String> REFUSING = Set.of("refuse", "decline", "reject");

  /** Specific refusals, by the act's code or its 3-digit prefix; the root mapping applies otherwise. */
  private static final Map<String, String> BY_CODE = Map.ofEntries(
      Map.entry("045", "126"), Map.entry("057", "127"),
      Map.entry("061", "1211"), Map.entry("062", "1212"), Map.entry("063", "1213"),
      Map.entry("071", "1221"), Map.entry("072", "1222"), Map.entry("073", "1223"), Map.entry("074", "1224"),
      Map.entry("081", "1241"), Map.entry("082", "1242"), Map.entry("083", "123"), Map.entry("0831", "1231"),
      Map.entry("0832", "1232"), Map.entry("0833", "1233"), Map.entry("0834", "1234"), Map.entry("084", "1243"),
      Map.entry("085", "1244"), Map.entry("086", "1245"), Map.entry("087", "1246"));

  private static final Map<String, String> BY_ROOT = Map.of("04", "125", "05", "120", "06", "121", "07", "122",
      "08", "124");

  /** Whether the negated predicate {@code p} is a refusal rather than a report that the act did not happen. */
  static boolean isRefusal(ParseGraph g, int p) {
    boolean not = false;
    boolean futureOrModal = false;
    for (int d : g.deps(p, "advmod")) not |= NOT.contains(g.token(d).word().toLowerCase(Locale.ROOT));
    for (int d : g.deps(p, "aux")) {
      futureOrModal |= FUTURE_OR_MODAL.contains(g.token(d).word().toLowerCase(Locale.ROOT));
    }
    if (not && futureOrModal) return true;
    var gov = g.governor(p);
    return gov != null && gov.relation().equals("xcomp") && REFUSING.contains(g.lemma(gov.governor()));
  }

  /** The refusal code of a cooperative act's code, or null when the act is not cooperative (04–08). */
  static String refusalOf(String code) {
    return CameoCode.mostSpecific(code, BY_CODE, BY_ROOT);
  }
}
