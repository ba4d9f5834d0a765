package org.riposte.coding;

import java.util.Locale;
import java.util.Map;
import org.riposte.api.Actor;

/**
 * An actor as a gold set gives it: its text, and either a code (PLOVER gold: {@code HUN}, {@code IGO}, sector
 * {@code GOV}) or the character span it covers in the sentence (span gold, which names no code).
 *
 * @param text   the words as the gold set gives them
 * @param code   the gold party code (country, or {@code IGO}/{@code NGO}/{@code IMG} prefix), or null for a span
 * @param sector the gold sector ({@code GOV}, {@code MIL}, …), upper case, or null when the gold set gives none
 * @param begin  first character of the span in the sentence, or −1
 * @param end    character after the span, or −1
 */
public record GoldActor(String text, String code, String sector, int begin, int end) {

  /**
   * Country codes of the older CAMEO manuals that some gold records still use, with the ISO 3166 alpha-3 code the
   * actor dictionary gives: Japan {@code JAP}, Italy {@code ITL}, and {@code VTN} for Vietnam.
   */
  private static final Map<String, String> OLD_COUNTRY_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  /**
   * Gold sectors written in another vocabulary than CAMEO's, with the CAMEO role they stand for: {@code CIV}
   * (Côte d'Ivoire's country code) for civilians; and the PLOVER gold's own sectors for the media and medicine, which
   * use {@code JRN} for journalists, newspapers and web sites and {@code MED} for doctors and the Red Cross (every
   * {@code MED} of that gold is medical), where CAMEO writes {@code MED} for the media and {@code HLH} for health.
   */
  private static final Map<String, String> SECTOR_SPELLINGS = Map.of("CIV", "CVL", "JRN", "MED", "MED", "HLH");

  /**
   * A coded gold actor. Old CAMEO country codes are read as today's ({@code JAP} → {@code JPN}, {@code ITL} →
   * {@code ITA}, {@code VTN} → {@code VNM}); a sector such as {@code CVLalb} or {@code ***} is reduced to its role
   * ({@code CVL}) or null, and a sector of another vocabulary is read as its CAMEO role ({@code CIV} → {@code CVL},
   * {@code JRN} → {@code MED}, {@code MED} → {@code HLH}).
   */
  public static GoldActor coded(String text, String code, String sector) {
    String c = blankToNull(code);
    if (c != null) c = OLD_COUNTRY_CODES.getOrDefault(c.toUpperCase(Locale.ROOT), c);
    String r = role(sector);
    if (r != null) r = SECTOR_SPELLINGS.getOrDefault(r, r);
    return new GoldActor(text, c, r, -1, -1);
  }

  /** A span of the sentence, without code. */
  public static GoldActor span(String text, int begin, int end) {
    return new GoldActor(text, null, null, begin, end);
  }

  public boolean isSpan() { return begin >= 0; }

  /**
   * Whether a coded actor is this party: its {@link Actor#party()} equals the gold code, or the gold code is the
   * prefix of an organisation's code ({@code IGO} for {@code IGOWSTNAT}). The PLOVER gold's {@code IGO} is any
   * international organisation, governmental or not: it codes Amnesty International and the Red Cross and Red
   * Crescent {@code IGO} in every record that names them, and keeps {@code NGO} for national and local groups ("a
   * human rights group", "the Association of African Jurists"); so a gold {@code IGO} is also matched by a named
   * international NGO, whose CAMEO code names the organisation ({@code NGOHRIAMN}, {@code NGOHLHIRC}), never by a
   * bare {@code NGO}.
   */
  public boolean sameParty(Actor a) {
    if (code == null || a == null || a.party() == null) return false;
    String p = a.party();
    if (p.equals(code) || (code.length() == 3 && p.startsWith(code) && a.country() == null)) return true;
    return code.equals("IGO") && a.country() == null && p.startsWith("NGO") && p.length() >= 9;
  }

  /**
   * Roles Riposte splits off a gold sector that the gold's vocabulary does not split: the PLOVER gold follows the
   * CAMEO manual and the Phoenix agents dictionary, which have no diplomats' sector and code an ambassador, an embassy
   * or "two Russian diplomats" {@code GOV}; Riposte codes them {@code DIP} (DESIGN.md), a part of the government.
   */
  private static final Map<String, String> FINER_ROLES = Map.of("DIP", "GOV");

  /**
   * {@link #sameParty} and, when the gold gives a sector, the actor's role is that sector or a finer role of it
   * (the gold's {@code GOV} is matched by {@code DIP}, see {@link #FINER_ROLES}).
   */
  public boolean samePartyAndSector(Actor a) {
    if (!sameParty(a) || sector == null) return sameParty(a);
    String r = a.role();
    return sector.equals(r) || r != null && sector.equals(FINER_ROLES.get(r));
  }

  private static String role(String sector) {
    if (sector == null || sector.length() < 3) return null;
    String r = sector.substring(0, 3).toUpperCase(Locale.ROOT);
    return r.chars().allMatch(Character::isLetter) ? r : null;
  }

  private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
