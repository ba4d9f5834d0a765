package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.ChannelState;
import org.riposte.api.Event;
import org.riposte.api.EventQuery;
import org.riposte.api.Reaction;
import org.riposte.api.Story;
import org.riposte.api.StoryStore;
import org.riposte.store.BatchEventStore;
import org.riposte.store.EventStores;
import org.riposte.store.StoryStores;

/**
 * Stories end to end through the CLI and the language models: an invented corpus (src/test/resources
 * stories-corpus: one expulsion told by a wire, a republished trimmed copy and another outlet; the answer told by a
 * fourth outlet with the expulsion in the background; another expulsion a year later), ingested in two runs; then
 * the sample corpus with the seed reports of ../shared/seeds (read at run time) for the NATO-Russia dyad.
 */
class StoriesIT {

  private static final List<String> CORPUS = List.of("1-wire-latvia-expels.txt", "2-copy-latvia-expels.txt",
      "3-own-latvia-expels.txt", "4-russia-retaliates.txt", "5-latvia-expels-again.txt");

  @TempDir
  Path tmp;

  private Path corpusFile(String name, Path dir) throws Exception {
    try (InputStream in = StoriesIT.class.getResourceAsStream("/org/riposte/cli/stories-corpus/" + name)) {
      assertNotNull(in, name);
      Path p = dir.resolve(name);
      Files.copy(in, p);
      return p;
    }
  }

  private static String dump(Path db) throws Exception {
    try (BatchEventStore store = EventStores.open(db.toString())) {
      StoryStore s = StoryStores.of(store);
      StringBuilder b = new StringBuilder();
      for (Story st : s.stories(null)) b.append(st).append('\n');
      b.append(s.reactions(null)).append('\n').append(s.channels(null)).append('\n');
      for (Event e : store.events(EventQuery.all())) {
        b.append(e.id()).append(' ').append(e.storyId()).append(' ').append(e.reactsTo()).append('\n');
      }
      return b.toString();
    }
  }

  @Test
  void anInventedCorpusMergesCopiesAndOutletsKeepsActsApartLinksTheAnswerAndUpdatesIncrementally() throws Exception {
    Path first = Files.createDirectories(tmp.resolve("first"));
    Path second = Files.createDirectories(tmp.resolve("second"));
    for (int i = 0; i < CORPUS.size(); i++) corpusFile(CORPUS.get(i), i < 3 ? first : second);
    Path db = tmp.resolve("c.duckdb");
    CliRun one = CliRun.of("ingest", first.toString(), "--db", db.toString(), "--threads", "2");
    assertEquals(0, one.exitCode(), one.err());
    assertTrue(one.out().contains("stories: 3 articles"), one.out());
    CliRun two = CliRun.of("ingest", second.toString(), "--db", db.toString(), "--threads", "2");
    assertEquals(0, two.exitCode(), two.err());
    assertTrue(two.out().contains("stories: 2 articles"), two.out());
    String incremental = dump(db);
    CliRun rebuild = CliRun.of("stories", "--rebuild", "--db", db.toString());
    assertEquals(0, rebuild.exitCode(), rebuild.err());
    assertEquals(incremental, dump(db), "incremental = full");

    try (BatchEventStore store = EventStores.open(db.toString())) {
      StoryStore s = StoryStores.of(store);
      Map<String, Story> byDate = new TreeMap<>();
      // the expulsions and the closure (CAMEO 16); statements of the same days are stories of their own
      for (Story st : s.stories("LVA|RUS")) if (st.counts() && st.date().isKnown() && "16".equals(st.root())) {
        byDate.put(st.date().value() + " " + st.sourceParty(), st);
      }
      Story expulsion = byDate.get("2031-03-10 LVA");
      Story answer = byDate.get("2031-03-14 RUS");
      Story again = byDate.get("2032-03-12 LVA");
      assertNotNull(expulsion, byDate.keySet().toString());
      assertNotNull(answer, byDate.keySet().toString());
      assertNotNull(again, "a year later is another story: " + byDate.keySet());
      assertNotEquals(expulsion.id(), again.id());
      assertTrue(expulsion.outlets().containsAll(List.of("Riga Morning Wire", "Baltic Evening Star", "Daugava Times")),
          expulsion.outlets().toString());
      assertEquals(expulsion.numSources() - 1, expulsion.numArticles(), "the republished copy counts once: "
          + expulsion);
      assertTrue(expulsion.outlets().contains("Northern Ledger"), "the background mention joins the act");
      Reaction r = s.reactions("LVA|RUS").stream().filter(x -> x.storyId().equals(answer.id())).findFirst()
          .orElseThrow();
      assertEquals(Reaction.Kind.EXPLICIT, r.kind());
      assertEquals(expulsion.id(), r.reactsTo());
      Map<String, ChannelState> ledger = new TreeMap<>();
      for (ChannelState c : s.channels("LVA|RUS")) ledger.put(c.channel(), c);
      assertEquals("reduced", ledger.get("RUS embassy in LVA").state(), ledger.toString());
      assertEquals("from 25 to 21", ledger.get("RUS embassy in LVA").figures());
      assertEquals("closed", ledger.get("LVA consulate in RUS").state(), ledger.toString());
    }
    CliRun events = CliRun.of("events", "--db", db.toString(), "--format", "jsonl", "--actor", "RUS");
    assertTrue(events.out().lines().allMatch(l -> !l.contains("\"storyId\":null")), "every event has its story");
    assertTrue(events.out().contains("\"reactsTo\":[\""), "the answer carries the event it answers");

    Path svg = tmp.resolve("plot/lva-rus.svg");
    CliRun dyad = CliRun.of("dyad", "LVA", "RUS", "--by", "week", "--plot", svg.toString(), "--db", db.toString());
    assertEquals(0, dyad.exitCode(), dyad.err());
    assertTrue(dyad.out().contains("Verdict: "), dyad.out());
    assertTrue(dyad.out().contains("explicit: in retaliation for"), dyad.out());
    assertTrue(Files.readString(svg).contains("<svg"), "an SVG file");
  }

  @Test
  void theSeedsAndTheSampleCorpusShowTheNatoRussiaRupture() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("all"));
    SampleCorpus.extractTo(dir);
    try (var seeds = Files.list(SeedsIT.seeds())) {
      for (Path p : seeds.toList()) Files.copy(p, dir.resolve(p.getFileName()));
    }
    Path db = tmp.resolve("a.duckdb");
    assertEquals(0, CliRun.of("ingest", dir.toString(), "--db", db.toString(), "--threads", "2").exitCode());
    Path png = tmp.resolve("rus-nato.png");
    CliRun dyad = CliRun.of("dyad", "RUS", "IGOWSTNAT", "--plot", png.toString(), "--db", db.toString());
    assertEquals(0, dyad.exitCode(), dyad.err());
    assertTrue(Files.size(png) > 1000);
    try (BatchEventStore store = EventStores.open(db.toString())) {
      StoryStore s = StoryStores.of(store);
      Story expulsion = null;
      Story suspension = null;
      for (Story st : s.stories("IGOWSTNAT|RUS")) {
        if ("IGOWSTNAT".equals(st.sourceParty()) && "16".equals(st.root()) && st.date().isKnown()
            && st.date().value().startsWith("2021-10")) expulsion = st;
        if ("RUS".equals(st.sourceParty()) && "16".equals(st.root()) && "2021-11-01".equals(st.date().value())) {
          suspension = st;
        }
      }
      assertNotNull(expulsion, dyad.out());
      assertNotNull(suspension, dyad.out());
      String seed1 = null;
      String seed2 = null;
      for (var a : store.articles(0)) {
        if (a.text().contains("closing its mission at NATO headquarters")) seed1 = a.id();
        if (a.text().contains("will suspend its permanent mission")) seed2 = a.id();
      }
      assertTrue(suspension.docIds().containsAll(List.of(seed1, seed2)), "both seeds tell the suspension");
      assertTrue(expulsion.docIds().contains(seed2), "the second seed's expulsion joins the expulsion story");
      Story exp = expulsion;
      assertTrue(s.reactions("IGOWSTNAT|RUS").stream().anyMatch(r -> r.reactsTo().equals(exp.id())
          && r.kind() == Reaction.Kind.EXPLICIT), "the suspension answers the expulsion");
      List<ChannelState> ledger = s.channels("IGOWSTNAT|RUS");
      assertTrue(ledger.stream().anyMatch(c -> c.channel().equals("RUS mission to IGOWSTNAT")
          && c.state().equals("reduced") && "2018".equals(c.date().value())), ledger.toString());
      assertTrue(ledger.stream().anyMatch(c -> c.channel().equals("RUS mission to IGOWSTNAT")
          && c.state().equals("suspended") && "2021-11-01".equals(c.date().value())
          && c.status() == org.riposte.api.Status.PLANNED), ledger.toString());
      assertTrue(ledger.stream().anyMatch(c -> c.channel().equals("IGOWSTNAT liaison mission in RUS")
          && c.state().equals("closed")), ledger.toString());
      assertTrue(ledger.stream().anyMatch(c -> c.channel().equals("IGOWSTNAT information office in RUS")
          && c.state().equals("closed")), ledger.toString());
    }
    assertTrue(dyad.out().lines().anyMatch(l -> l.startsWith("Verdict: ") && l.contains("reciprocity")), dyad.out());
  }
}
