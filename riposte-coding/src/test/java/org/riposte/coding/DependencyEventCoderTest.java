package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Analysis;
import org.riposte.api.ConfigException;
import org.riposte.api.Event;
import org.riposte.api.Layer;

/** The stage contract: layers, ids, evidence, determinism, thread safety, configuration. */
class DependencyEventCoderTest {

  private static Fixture twoSentences() {
    return Fixture.published("2021-10-20")
        .sentence("Poland/NNP expelled/VBD/expel three/CD Russian/JJ diplomats/NNS/diplomat ./.")
        .deps("nsubj(expelled, Poland) obj(expelled, diplomats) nummod(diplomats, three) amod(diplomats, Russian)")
        .actor("Poland", "POL").actor("Russian diplomats", "RUSDIP")
        .sentence("Russia/NNP expelled/VBD/expel two/CD Polish/JJ diplomats/NNS/diplomat ./.")
        .deps("nsubj(expelled, Russia) obj(expelled, diplomats) nummod(diplomats, two) amod(diplomats, Polish)")
        .actor("Russia", "RUS").actor("Polish diplomats", "POLDIP");
  }

  @Test
  void declaresItsLayers() {
    DependencyEventCoder c = DependencyEventCoder.defaultCoder();
    assertTrue(c.requires().containsAll(List.of(Layer.TOKENS, Layer.POS, Layer.DEPENDENCIES, Layer.TIMEX,
        Layer.MENTIONS)));
    assertEquals(java.util.Set.of(Layer.EVENTS), c.produces());
    assertSame(c, DependencyEventCoder.defaultCoder());
  }

  @Test
  void idsAreDeterministicAndEvidenceIsTheSentence() throws Exception {
    Analysis in = twoSentences().analysis();
    List<Event> first = DependencyEventCoder.defaultCoder().process(in).events();
    List<Event> again = DependencyEventCoder.defaultCoder().process(in).events();
    assertEquals(2, first.size(), Events.describe(first));
    assertEquals(first, again);
    assertNotEquals(first.get(0).id(), first.get(1).id());
    assertEquals(32, first.get(0).id().length());
    Event second = first.get(1);
    String text = in.article().text();
    assertEquals(second.evidence().sentence(), text.substring(second.evidence().start(), second.evidence().end()));
    assertTrue(second.evidence().sentence().startsWith("Russia expelled"));
    assertEquals(in.article().id(), second.docId());
    assertTrue(in.has(Layer.MENTIONS) && DependencyEventCoder.defaultCoder().process(in).has(Layer.EVENTS));
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    Analysis in = twoSentences().analysis();
    List<Event> expected = DependencyEventCoder.defaultCoder().process(in).events();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Event>>> runs = new ArrayList<>();
      for (int i = 0; i < 32; i++) runs.add(pool.submit(() -> DependencyEventCoder.defaultCoder().process(in).events()));
      for (Future<List<Event>> f : runs) assertEquals(expected, f.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void readsAnotherPatternFileAndRefusesBadOptions(@TempDir Path dir) throws Exception {
    Path patterns = dir.resolve("patterns.txt");
    Files.writeString(patterns, "111  expel  # Only criticism here.\n");
    DependencyEventCoder custom = new DependencyEventCoder(new CoderConfig(patterns, 3, true));
    List<Event> events = custom.process(twoSentences().analysis()).events();
    assertTrue(events.stream().allMatch(e -> e.cameo().equals("111")), Events.describe(events));
    assertThrows(ConfigException.class, () -> new DependencyEventCoder(new CoderConfig(null, 0, true)));
    assertThrows(ConfigException.class,
        () -> new DependencyEventCoder(new CoderConfig(dir.resolve("missing.txt"), 3, true)));
  }
}
