package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riposte.api.Dependency;

/**
 * CAMEO codes an appeal (02), a demand (10), a rejection (12) or a threat (13) by what is asked for, rejected or
 * threatened: "urged Uganda to extradite the suspects" is an appeal for judicial cooperation (0213), "demanded that
 * the rebels free the hostages" a demand for a release (1053), "rejected a call to open talks" a rejection of a
 * proposal to meet (125), "threatened to impose sanctions" 1312. The content is the act coded in the predicate's
 * complement or object; its code maps to the specific code of the same kind: material cooperation (06) → x1, aid
 * (07) → x3, political reform (083) → x4, yielding (08) → x5, meeting (04) → x6, agreement (057) → x7, mediation
 * (045) → x8. A plain concession (080) takes the yielding it concedes ("accepted demands for reform" 083), an
 * intent (030) the intent of the promised act. Only a plain 020, 030, 080, 100, 120 or 130 is refined; a pattern
 * that already names a specific code keeps it.
 * Stateless; thread safe.
 */
final class ContentCodes {
  private ContentCodes() {}

  /** The 4-digit suffix of an appeal or demand (after 02 or 10), by the content's code or 3-digit prefix. */
  private static final Map<String, String> REQUEST = Map.ofEntries(
      Map.entry("045", "8"), Map.entry("057", "7"), Map.entry("050", "2"), Map.entry("051", "2"),
      Map.entry("052", "2"), Map.entry("054", "2"), Map.entry("055", "2"), Map.entry("056", "2"),
      Map.entry("061", "11"), Map.entry("062", "12"), Map.entry("063", "13"), Map.entry("064", "14"),
      Map.entry("060", "1"), Map.entry("070", "3"),
      Map.entry("071", "31"), Map.entry("072", "32"), Map.entry("073", "33"), Map.entry("074", "34"),
      Map.entry("083", "4"), Map.entry("0831", "41"), Map.entry("0832", "42"), Map.entry("0833", "43"),
      Map.entry("0834", "44"), Map.entry("080", "5"), Map.entry("081", "51"), Map.entry("082", "52"),
      Map.entry("084", "53"), Map.entry("085", "54"), Map.entry("086", "55"), Map.entry("087", "56"));

  /** The suffix of a rejection (after 12), by the content's code or 3-digit prefix. */
  private static final Map<String, String> REJECT = Map.ofEntries(
      Map.entry("045", "6"), Map.entry("057", "7"),
      Map.entry("060", "1"), Map.entry("061", "11"), Map.entry("062", "12"), Map.entry("063", "13"),
      Map.entry("064", "1"), Map.entry("070", "2"),
      Map.entry("071", "21"), Map.entry("072", "22"), Map.entry("073", "23"), Map.entry("074", "24"),
      Map.entry("083", "3"), Map.entry("0831", "31"), Map.entry("0832", "32"), Map.entry("0833", "33"),
      Map.entry("0834", "34"), Map.entry("080", "4"), Map.entry("081", "41"), Map.entry("082", "42"),
      Map.entry("084", "43"), Map.entry("085", "44"), Map.entry("086", "45"), Map.entry("087", "46"));

  /**
   * The specific code of a plain appeal, demand, rejection or threat {@code code} whose content is an act coded
   * {@code content}, or {@code code} itself when there is none in {@code ontology}.
   */
  static String refine(String code, String content, CameoOntology ontology) {
    if (content == null || content.length() < 3) return code;
    String refined = switch (code) {
      case "020" -> suffixed("02", REQUEST, content);
      case "100" -> suffixed("10", REQUEST, content);
      case "120" -> suffixed("12", REJECT, content);
      case "130" -> ThreatCodes.threatOf(content);
      case "030" -> IntentCodes.intentOf(content);
      case "080" -> content.startsWith("08") ? content : null;
      default -> null;
    };
    if (refined == null || !refined.startsWith(code.substring(0, 2))) return code;  // never another root
    if (ontology.contains(refined)) return refined;
    String three = refined.substring(0, 3);
    return ontology.contains(three) ? three : code;
  }

  /** Whether a plain code is one {@link #refine} may make specific. */
  static boolean refinable(String code) {
    return code.equals("020") || code.equals("100") || code.equals("120") || code.equals("130")
        || code.equals("030") || code.equals("080");
  }

  /**
   * Word classes of lexicon.txt that tell what kind of act is asked for, promised or rejected when the content is no
   * coded act ("urged Nepal to honour human rights", "appealed for an end to the embargo"), with the code of an act
   * of that kind; tested in this order on each argument's lemma, then on the lemmas of its object and modifiers.
   */
  private static final List<Map.Entry<String, String>> CLASSES = List.of(
      Map.entry("RESIGNATION", "0831"), Map.entry("PRISONER", "084"), Map.entry("RELEASE", "084"),
      Map.entry("SANCTIONS", "085"), Map.entry("CEASEFIRE", "087"), Map.entry("PEACEKEEPING", "074"),
      Map.entry("MEDIATION", "045"), Map.entry("AID", "070"), Map.entry("INTELLIGENCE", "064"),
      Map.entry("JUDICIAL", "063"), Map.entry("TALKS", "040"), Map.entry("AGREEMENT", "057"),
      Map.entry("RIGHTS", "0833"), Map.entry("REFORM", "083"), Map.entry("ACCESS", "086"),
      Map.entry("DISSENT", "082"), Map.entry("RELATIONS", "050"), Map.entry("ECONOMIC", "061"));

  private static final Set<String> MODIFIERS = Set.of("obj", "compound", "amod", "nmod:of", "nmod:to", "obl:to");

  /** The code of the kind of act the words at {@code candidates} name, or null (threats are not read by words). */
  static String byWords(ParseGraph g, List<Integer> candidates, Lexicon lexicon) {
    for (int c : candidates) {
      List<String> lemmas = new ArrayList<>();
      lemmas.add(g.lemma(c));
      for (Dependency d : g.out(c)) if (MODIFIERS.contains(d.relation())) lemmas.add(g.lemma(d.dependent()));
      for (String lemma : lemmas) {
        for (Map.Entry<String, String> e : CLASSES) {
          if (lexicon.contains(e.getKey(), lemma)) return e.getValue();
        }
      }
    }
    return null;
  }

  private static String suffixed(String root, Map<String, String> suffixes, String content) {
    String s = suffixes.get(content);
    if (s == null && content.length() > 3) s = suffixes.get(content.substring(0, 3));
    if (s == null && content.startsWith("04")) s = root.equals("12") ? "5" : "6";
    return s == null ? null : root + s;
  }
}
