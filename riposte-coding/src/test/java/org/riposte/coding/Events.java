package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.riposte.api.Actor;
import org.riposte.api.Event;

/** Assertion helpers over coded events. */
final class Events {
  private Events() {}

  /** The one event with this CAMEO code; fails listing all events otherwise. */
  static Event only(List<Event> events, String cameo) {
    List<Event> hits = events.stream().filter(e -> e.cameo().equals(cameo)).toList();
    if (hits.size() != 1) fail("expected one " + cameo + " event, got: " + describe(events));
    return hits.get(0);
  }

  /** Asserts source and target codes (null target for none). */
  static void assertDyad(Event e, String source, String target) {
    assertEquals(source, e.source().code(), "source of " + describe(List.of(e)));
    assertEquals(target, e.target() == null ? null : e.target().code(), "target of " + describe(List.of(e)));
  }

  static String describe(List<Event> events) {
    return events.stream().map(e -> e.cameo() + " " + code(e.source()) + "->" + code(e.target()) + " "
        + e.status().label() + " " + e.date().value() + "/" + e.date().precision().label() + " [" + e.trigger() + "]")
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static String code(Actor a) {
    return a == null ? "-" : a.code() == null ? "?" + a.name() : a.code();
  }
}
