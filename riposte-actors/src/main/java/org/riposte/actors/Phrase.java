package org.riposte.actors;

import java.util.ArrayList;
import java.util.List;
import org.riposte.api.Actor;

/** A noun phrase of atoms under construction: what it is made of and the actor it is coded as so far. */
final class Phrase {
  final List<Atom> atoms = new ArrayList<>();
  Entry mod;
  Atom modAtom;
  List<Entry> agents = List.of();
  String personName;
  Actor actor;
  boolean place;
  /** The actor comes from the person dictionary or the article's name cache and is not to be refined. */
  boolean fixed;

  int begin() { return atoms.get(0).begin(); }

  int end() { return atoms.get(atoms.size() - 1).end(); }

  boolean hasModifier() { return atoms.stream().anyMatch(a -> a.kind() == Atom.Kind.MODIFIER); }

  boolean hasPerson() { return atoms.stream().anyMatch(a -> a.kind() == Atom.Kind.PERSON); }

  boolean hasAgentOrPerson() {
    return atoms.stream().anyMatch(a -> a.kind() == Atom.Kind.AGENT || a.kind() == Atom.Kind.PERSON);
  }

  Atom lastAgent() {
    for (int i = atoms.size() - 1; i >= 0; i--) if (atoms.get(i).kind() == Atom.Kind.AGENT) return atoms.get(i);
    return null;
  }

  Atom lastModifier() {
    for (int i = atoms.size() - 1; i >= 0; i--) if (atoms.get(i).kind() == Atom.Kind.MODIFIER) return atoms.get(i);
    return null;
  }
}
