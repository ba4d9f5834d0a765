package org.riposte.stories;

import java.util.Objects;

/**
 * An unordered pair of parties, stored with the parties in alphabetical order so that {@code RUS/IGOWSTNAT} and
 * {@code IGOWSTNAT/RUS} are the same dyad.
 */
public record Dyad(String a, String b) implements Comparable<Dyad> {

  public Dyad {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.compareTo(b) > 0) {
      String t = a;
      a = b;
      b = t;
    }
  }

  public static Dyad of(String x, String y) { return new Dyad(x, y); }

  /** The pair key stories, reactions and channel states are stored under: {@code IGOWSTNAT|RUS}. */
  public String key() { return a + "|" + b; }

  @Override
  public int compareTo(Dyad o) {
    int c = a.compareTo(o.a);
    return c != 0 ? c : b.compareTo(o.b);
  }

  @Override
  public String toString() { return a + "–" + b; }
}
