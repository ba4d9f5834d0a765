package org.riposte.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Article;
import org.riposte.api.EventDate;
import org.riposte.api.Outcome;

/** {@link BatchEventStore#actorCounts}: actors of stored events and quotes, coded and uncoded, by frequency. */
class ActorCountsTest {

  private static final EventDate DAY = EventDate.day(LocalDate.of(2021, 10, 18));

  @Test
  void countsSourcesTargetsAndSpeakers() throws Exception {
    Article a = Fixtures.article("first report", LocalDate.of(2021, 10, 19));
    Article b = Fixtures.article("second report", LocalDate.of(2021, 10, 20));
    Actor minister = new Actor("RUSGOV", "the foreign minister", "RUS", "GOV", ActorKind.GROUP);
    Actor petrov = Actor.unknown("Ivan Petrov");
    Actor council = Actor.unknown("the Freedonia Council");
    try (BatchEventStore store = EventStores.open(DuckDbEventStore.IN_MEMORY)) {
      store.save(Fixtures.analysis(a, List.of(
              Fixtures.event(a, "1", DAY, Fixtures.RUSGOV, Fixtures.NATO, "161", 0),
              Fixtures.event(a, "2", DAY, Fixtures.NATO, Fixtures.RUSGOV, "163", 20),
              Fixtures.event(a, "3", DAY, petrov, Fixtures.NATO, "112", 40)),
          List.of(Fixtures.quote(a, "1", Fixtures.RUSGOV, 60), Fixtures.quote(a, "2", petrov, 90))),
          Outcome.ok("a.txt", a.id(), "3 events"));
      store.save(Fixtures.analysis(b, List.of(
              Fixtures.event(b, "1", DAY, minister, council, "111", 0),
              Fixtures.event(b, "2", DAY, Fixtures.NATO, null, "042", 30)),
          List.of()), Outcome.ok("b.txt", b.id(), "2 events"));

      List<ActorCount> coded = store.actorCounts(false, 0);
      assertEquals(List.of("IGOWSTNAT", "RUSGOV"), coded.stream().map(ActorCount::code).toList());
      ActorCount nato = coded.get(0);
      assertEquals(new ActorCount("IGOWSTNAT", "NATO", null, null, 1, 2, 2, 0, 2), nato);
      ActorCount rus = coded.get(1);
      assertEquals("Sergey Lavrov", rus.name(), "the name it occurs under most often");
      assertEquals(2, rus.names());
      assertEquals(4, rus.total(), "two sources, a target, a speaker");
      assertEquals(2, rus.articles());

      List<ActorCount> unknown = store.actorCounts(true, 0);
      assertEquals(List.of("Ivan Petrov", "the Freedonia Council"), unknown.stream().map(ActorCount::name).toList());
      assertEquals(new ActorCount(null, "Ivan Petrov", null, null, 1, 1, 0, 1, 1), unknown.get(0));
      assertEquals(1, store.actorCounts(true, 1).size());
    }
  }
}
