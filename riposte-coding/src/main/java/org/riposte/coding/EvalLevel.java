package org.riposte.coding;

import org.riposte.api.Event;

/** What an event is compared on: the label of an event at each level of detail that gold sets give. */
public enum EvalLevel {
  /** CAMEO root, two digits ({@code 17}). */
  ROOT,
  /** CAMEO code cut to three digits ({@code 172}); a 2-digit code stays as it is. */
  CODE3,
  /** PLOVER 2.0 event type; statements (01x), which PLOVER does not code, are {@code STATEMENT}. */
  PLOVER,
  /**
   * The five classes of the five-class gold: 0 statement (CAMEO 01–02), 1 verbal cooperation (03–05), 2 material
   * cooperation (06–08), 3 verbal conflict (09–13 and 16), 4 material conflict (14, 15, 17–20). Appeals (02) and
   * reductions of relations (16: sanctions, expulsions of diplomats, suspended aid) are where that data set labels
   * them, not where CAMEO's quad classes put them (EVALUATION.md).
   */
  FIVECLASS;

  /** The label of a coded event at this level. */
  public String of(Event e) {
    return switch (this) {
      case ROOT -> e.root();
      case CODE3 -> e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo();
      case PLOVER -> e.plover() == null ? "STATEMENT" : e.plover();
      case FIVECLASS -> fiveClassOf(e.root());
    };
  }

  /** The five-class label ({@code 0}–{@code 4}) of a CAMEO root. */
  public static String fiveClassOf(String root) {
    int r = Integer.parseInt(root.substring(0, 2));
    if (r <= 2) return "0";
    if (r == 16) return "3";
    return Integer.toString(CameoCode.quadClassOf(root.substring(0, 2)));
  }

  public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
