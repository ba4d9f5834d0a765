package org.riposte.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.riposte.api.StoreException;
import org.riposte.api.Story;
import org.riposte.api.StoryStore;
import org.riposte.store.BatchEventStore;
import org.riposte.store.StoryStores;
import org.riposte.stories.StoryConfig;
import org.riposte.stories.StoryStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code riposte stories}: lists stories; {@code --rebuild} recomputes them all. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Lists stories: one real-world act as the articles and outlets that told it.",
        "Ingest keeps stories up to date; --rebuild recomputes every story, reaction and channel state from the events."})
final class StoriesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PARTY", arity = "0..2", description = "One or two parties (RUS IGOWSTNAT): stories between them.")
  List<String> parties;

  @Option(names = "--rebuild", description = "Forget all stories and build them again from the stored events.")
  boolean rebuild;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  DbOption db;

  @Override
  public Integer call() {
    if (format == Format.CSV) {
      System.err.println("riposte stories: --format is table or jsonl");
      return 2;
    }
    try (BatchEventStore store = db.openExisting()) {
      StoryStore stories = StoryStores.of(store);
      StoryStage stage = new StoryStage(StoryConfig.DEFAULT);
      StoryStage.Report r = rebuild ? stage.rebuild(stories) : stage.update(stories);
      if (rebuild || r.articles() > 0) System.err.println((rebuild ? "rebuilt: " : "updated: ") + r.summary());
      List<Story> list = new ArrayList<>();
      for (Story s : stories.stories(null)) {
        if (parties == null || parties.isEmpty() || matches(s, parties)) list.add(s);
      }
      print(list);
      return 0;
    } catch (StoreException e) {
      System.err.println("riposte stories: " + e.getMessage());
      return 1;
    }
  }

  private static boolean matches(Story s, List<String> p) {
    if (p.size() == 1) return p.get(0).equals(s.sourceParty()) || p.get(0).equals(s.targetParty());
    return (p.get(0).equals(s.sourceParty()) && p.get(1).equals(s.targetParty()))
        || (p.get(1).equals(s.sourceParty()) && p.get(0).equals(s.targetParty()));
  }

  private void print(List<Story> list) {
    if (format == Format.JSONL) {
      list.forEach(s -> System.out.println(Json.write(story(s))));
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"STORY", "DATE", "STATUS", "SOURCE", "CAMEO", "TARGET", "WHAT", "ARTICLES", "SOURCES",
        "MENTIONS", "DATES"});
    for (Story s : list) rows.add(row(s));
    Text.printTable(rows, System.out);
    System.out.println(list.size() + (list.size() == 1 ? " story" : " stories"));
  }

  static String[] row(Story s) {
    return new String[] {s.id().substring(0, 12), s.date().isKnown() ? s.date().value() : "?",
        s.status() == null ? "-" : s.status().label(), nz(s.sourceParty()), s.cameo() + " " + nz(s.plover()),
        nz(s.targetParty()), nz(s.label()), Integer.toString(s.numArticles()), Integer.toString(s.numSources()),
        Integer.toString(s.events().size()), dates(s)};
  }

  /** {@code 2021-11-01×4 2021-W42×1}: every date the mentions give, most given first. */
  static String dates(Story s) {
    List<Map.Entry<String, Integer>> d = new ArrayList<>(s.dates().entrySet());
    d.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Integer> e : d) b.append(b.length() == 0 ? "" : " ").append(e.getKey()).append('×').append(e.getValue());
    return b.toString();
  }

  static String nz(String s) { return s == null ? "-" : s; }

  /** DESIGN.md's story object, with the fields Riposte adds. */
  static Map<String, Object> story(Story s) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", s.id());
    m.put("events", s.events());
    m.put("docIds", s.docIds());
    m.put("numArticles", s.numArticles());
    m.put("numSources", s.numSources());
    m.put("firstSeen", s.firstSeen() == null ? null : s.firstSeen().toString());
    m.put("lastSeen", s.lastSeen() == null ? null : s.lastSeen().toString());
    m.put("date", s.date().value());
    m.put("datePrecision", s.date().precision().label());
    m.put("dates", new java.util.TreeMap<>(s.dates()));
    m.put("status", s.status() == null ? null : s.status().label());
    m.put("source", s.sourceParty());
    m.put("target", s.targetParty());
    m.put("cameo", s.cameo());
    m.put("root", s.root());
    m.put("plover", s.plover());
    m.put("goldstein", s.goldstein());
    m.put("quadClass", s.quadClass());
    m.put("outlets", s.outlets());
    m.put("label", s.label());
    return m;
  }
}
