package org.riposte.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;

/**
 * One dictionary record: a country, adjective, place, seat of power, organisation, agent noun, person or honorific,
 * with the phrases that name it.
 *
 * @param type      what the record describes
 * @param code      the CAMEO code: ISO alpha-3 for countries, adjectives and places; the full code for seats and
 *                  organisations; the role code for agents ({@code null} for generic agents such as "staff"); the
 *                  person's nationality for people
 * @param name      the canonical name (the first phrase)
 * @param phrases   every phrase that names it, as written in the file (generated plurals included)
 * @param options   flags and the context condition
 * @param roles     a person's dated roles in file order; empty for other types
 * @param origin    where it was defined, {@code file:line}
 */
record Entry(EntryType type, String code, String name, List<String> phrases, EntryOptions options,
             List<DatedRole> roles, String origin) {

  Entry {
    phrases = List.copyOf(phrases);
    roles = List.copyOf(roles);
  }

  /** The country of a geographic or organisational entry (null for IGOs, regions and generic agents). */
  String country() {
    return switch (type) {
      case COUNTRY, ADJ, CAPITAL, CITY -> Codes.isRegion(code) ? null : code;
      case SEAT, ORG -> Codes.countryOf(code);
      case PERSON -> code;
      default -> null;
    };
  }

  /**
   * The role the entry carries by itself: the agent's role, a seat's role ({@code USAMIL} → MIL), an organisation's
   * {@code role=} option or the sector in its code ({@code IGOUNOREFHCR} → REF), else null.
   */
  String role() {
    return switch (type) {
      case AGENT -> code;
      case SEAT, ORG -> options.role() != null ? options.role() : Codes.roleOf(code);
      case CAPITAL -> "GOV";
      default -> null;
    };
  }

  /**
   * The actor a person entry denotes on {@code date}: the role covering the date (the most recently begun when
   * several do); the nationality with {@code ELI} when none does; the most recently begun role when the date is
   * unknown.
   */
  Actor personAt(LocalDate date) {
    DatedRole chosen = null;
    Comparator<DatedRole> byStart = Comparator.comparing(r -> r.from() == null ? LocalDate.MIN : r.from());
    for (DatedRole r : roles) {
      if (date != null && !r.covers(date)) continue;
      if (chosen == null || byStart.compare(r, chosen) >= 0) chosen = r;
    }
    if (chosen == null) {
      return new Actor(code + "ELI", name, code, "ELI", ActorKind.PERSON);
    }
    String c = chosen.code();
    if (Codes.isOrganisation(c)) return new Actor(c, name, null, chosen.heldRole(), ActorKind.PERSON);
    String country = Codes.countryOf(c);
    return new Actor(c, name, country == null ? code : country, chosen.heldRole(), ActorKind.PERSON);
  }

  /**
   * The actor a person entry denotes when the text names the office but not the date ("Prime Minister X" in an
   * undated text): the most recently begun spell with that role (and, when {@code country} is not null, in that
   * country); null when the person never held such a role.
   */
  Actor personTitled(String role, String country) {
    DatedRole chosen = null;
    Comparator<DatedRole> byStart = Comparator.comparing(r -> r.from() == null ? LocalDate.MIN : r.from());
    for (DatedRole r : roles) {
      if (!role.equals(r.heldRole())) continue;
      if (country != null && !country.equals(Codes.countryOf(r.code()))) continue;
      if (chosen == null || byStart.compare(r, chosen) >= 0) chosen = r;
    }
    if (chosen == null) return null;
    String c = chosen.code();
    String nation = Codes.countryOf(c);
    return new Actor(c, name, nation == null && !Codes.isOrganisation(c) ? code : nation, role, ActorKind.PERSON);
  }

  /**
   * The actor a person entry denotes over a period (an event dated to a month or a year): the role covering most
   * of its days (the most recently begun on a tie); the nationality with {@code ELI} when none covers any day.
   */
  Actor personDuring(LocalDate first, LocalDate last) {
    if (first.equals(last)) return personAt(first);
    DatedRole chosen = null;
    long best = 0;
    for (DatedRole r : roles) {
      LocalDate from = r.from() == null || r.from().isBefore(first) ? first : r.from();
      LocalDate to = r.to() == null || r.to().isAfter(last) ? last : r.to();
      long days = to.isBefore(from) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
      if (days > 0 && (days > best || days == best && from.isAfter(chosenStart(chosen, first)))) {
        chosen = r;
        best = days;
      }
    }
    if (chosen == null) return new Actor(code + "ELI", name, code, "ELI", ActorKind.PERSON);
    return personAt(chosenStart(chosen, first));
  }

  private static LocalDate chosenStart(DatedRole r, LocalDate first) {
    return r == null || r.from() == null || r.from().isBefore(first) ? first : r.from();
  }

  /** The actor a non-person entry denotes on its own ("Russia" → RUS, "the Kremlin" → RUSGOV). */
  Actor standalone() {
    return switch (type) {
      case COUNTRY, ADJ, CITY -> new Actor(code, name, country(), null, ActorKind.STATE);
      case CAPITAL -> new Actor(code + "GOV", name, country(), "GOV", ActorKind.STATE);
      case SEAT -> new Actor(code, name, country(), role(), ActorKind.STATE);
      case ORG -> new Actor(code, name, country(), role(), ActorKind.ORGANISATION);
      case AGENT -> code == null ? null : new Actor(code, name, null, code, ActorKind.GROUP);
      case PERSON -> personAt(null);
      case HONORIFIC -> null;
    };
  }
}
