package org.riposte.api;

/** What kind of thing an actor mention names. */
public enum ActorKind {
  /** A state, named as a country ("Russia"), adjective ("Russian") or seat of power ("the Kremlin"). */
  STATE,
  /** An international or non-governmental organisation ("NATO", "the OSCE"). */
  ORGANISATION,
  /** A named person ("Sergey Lavrov"). */
  PERSON,
  /** A group or agent, with or without a country ("Russian diplomats", "separatists", "NATO staff"). */
  GROUP,
  /** An actor the dictionaries could not code: the text is kept, the code is null. */
  UNKNOWN
}
