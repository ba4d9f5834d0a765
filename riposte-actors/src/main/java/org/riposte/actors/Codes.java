package org.riposte.actors;

import java.util.Set;

/**
 * How a CAMEO actor code splits into its parts. A code is a sequence of three-letter blocks: {@code RUSGOV} is the
 * country {@code RUS} with the role {@code GOV}; {@code IGOWSTNAT} is an organisation (no country); {@code WSTGOV}
 * is a region ("the West") with a role; {@code REB} is a bare role.
 */
final class Codes {

  /** Role (agent) codes Riposte produces or accepts after a country or organisation. */
  static final Set<String> ROLES = Set.of("GOV", "MIL", "DIP", "COP", "REB", "OPP", "CVL", "MED", "EDU", "BUS",
      "JUD", "LEG", "SPY", "ELI", "PTY", "HLH", "REL", "LAB", "AGR", "REF", "CRM", "UAF", "NGO", "IGO", "MNC",
      "ENV", "HRI", "SEP", "INS", "MOD", "RAD");

  /**
   * Regional codes that take the place of a country ({@code WST} "the West", {@code EUR} "Europe", …); none is an
   * ISO alpha-3 code.
   */
  static final Set<String> REGIONS = Set.of("WST", "EUR", "EEU", "AFR", "ASA", "MEA", "CAS", "SAS", "SEA", "LAM",
      "SAM", "EAF", "WAF", "NAF", "SAF", "BLK", "CRB", "SCN", "OCE");

  private Codes() {}

  /**
   * True for codes of international, non-governmental or multinational organisations and of international militant
   * groups ({@code IMGMUSISI}, the Islamic State), none of which has a country.
   */
  static boolean isOrganisation(String code) {
    return code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC") || code.startsWith("IMG");
  }

  /** True for a code that starts with a region rather than a country. */
  static boolean isRegion(String code) {
    return code.length() >= 3 && REGIONS.contains(code.substring(0, 3));
  }

  /**
   * The ISO alpha-3 country of a code: its first block when that is neither an organisation prefix, a region nor a
   * bare role; else null.
   */
  static String countryOf(String code) {
    if (code == null || code.length() < 3 || isOrganisation(code) || isRegion(code)) return null;
    String first = code.substring(0, 3);
    if (code.length() == 3 && ROLES.contains(first)) return null;
    return first;
  }

  /**
   * The role of a code: for a state or region the block after the country or region ({@code RUSGOV} →
   * {@code GOV}), the code itself for a bare role ({@code REB}); for an organisation the sector block of the CAMEO
   * code, the third of an IGO ({@code IGOUNOREFHCR}, the UN refugee agency → {@code REF}) and the second of an NGO
   * ({@code NGOHRIAMN}, Amnesty International → {@code HRI}); null for a plain country and for organisations whose
   * code names no sector ({@code IGOWSTNAT}).
   */
  static String roleOf(String code) {
    if (code == null) return null;
    if (isOrganisation(code)) return organisationSector(code);
    if (code.length() == 3) return ROLES.contains(code) && !isRegion(code) ? code : null;
    return code.length() >= 6 ? code.substring(3, 6) : null;
  }

  private static final Set<String> NOT_SECTORS = Set.of("IGO", "NGO", "MNC");

  private static String organisationSector(String code) {
    int at = code.startsWith("IGO") ? 6 : code.startsWith("NGO") ? 3 : -1;
    if (at < 0 || code.length() < at + 3) return null;
    String block = code.substring(at, at + 3);
    return ROLES.contains(block) && !NOT_SECTORS.contains(block) ? block : null;
  }

  /** Checks the shape of a code: upper-case letters in whole blocks of three. */
  static boolean isWellFormed(String code) {
    if (code.isEmpty() || code.length() % 3 != 0) return false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') return false;
    }
    return true;
  }
}
