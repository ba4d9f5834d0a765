package org.riposte.actors;

/** The record types of a dictionary file; see the package documentation for the line format of each. */
enum EntryType {
  /** A state or region by name: "Russia", "the Russian Federation", "the West". */
  COUNTRY,
  /** An adjective or demonym: "Russian", "Russians", "Western". */
  ADJ,
  /** A capital: a place that also stands for the government ("Moscow says …"). */
  CAPITAL,
  /**
   * Another city, or a province or state: alone a place of its country ("shelled Idlib": SYR); with a role noun, the
   * country's ("Florida lawmakers": USALEG).
   */
  CITY,
  /** A seat of power that stands for part of a state: "the Kremlin" (RUSGOV), "the Pentagon" (USAMIL). */
  SEAT,
  /** An organisation with its code: "NATO" (IGOWSTNAT), "Chatham House" (GBREDU). */
  ORG,
  /** A role noun: "diplomats" (DIP), "minister" (GOV); combines with a country or organisation. */
  AGENT,
  /** A person with dated roles (the {@code ROLE} lines that follow). */
  PERSON,
  /** A courtesy title before a name: "Mr.", "Dr.". */
  HONORIFIC;

  /** True for the types that can modify an agent or a name: countries, adjectives, places, seats, organisations. */
  boolean isModifier() {
    return this == COUNTRY || this == ADJ || this == CAPITAL || this == CITY || this == SEAT || this == ORG;
  }
}
