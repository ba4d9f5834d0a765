package org.riposte.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.riposte.api.StoreException;
import org.riposte.store.ActorCount;
import org.riposte.store.BatchEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code riposte actors}: the actors of the stored events and quotes, by frequency; {@code --unknown} the uncoded. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = {"Lists the actors of the stored events (sources, targets) and quotes (speakers), most frequent first.",
        "--unknown lists instead the actors no dictionary could code, by their text: what the dictionaries miss",
        "(add them with a dictionary file of your own: riposte ingest --actors FILE)."})
final class ActorsCommand implements Callable<Integer> {

  @Option(names = "--unknown", description = "List the actors that could not be coded, by their text.")
  boolean unknown;

  @Option(names = "--limit", paramLabel = "N", description = "At most N actors (0: all; default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Mixin
  FormatOption output;

  @Mixin
  DbOption db;

  @Override
  public Integer call() {
    if (limit < 0) {
      System.err.println("riposte actors: --limit must be 0 (all) or more, not " + limit);
      return 2;
    }
    try (BatchEventStore store = db.openExisting()) {
      print(store.actorCounts(unknown, limit));
      return 0;
    } catch (StoreException e) {
      System.err.println("riposte actors: " + e.getMessage());
      return 1;
    }
  }

  private void print(List<ActorCount> list) {
    switch (output.format) {
      case JSONL -> list.forEach(a -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", a.code());
        m.put("name", a.name());
        m.put("country", a.country());
        m.put("role", a.role());
        m.put("total", a.total());
        m.put("asSource", a.asSource());
        m.put("asTarget", a.asTarget());
        m.put("asSpeaker", a.asSpeaker());
        m.put("articles", a.articles());
        if (!unknown) m.put("names", a.names());
        System.out.println(Json.write(m));
      });
      case CSV -> {
        System.out.println(Csv.line(List.of("code", "name", "country", "role", "total", "asSource", "asTarget",
            "asSpeaker", "articles", "names")));
        list.forEach(a -> System.out.println(Csv.line(Arrays.asList(a.code(), a.name(), a.country(), a.role(),
            a.total(), a.asSource(), a.asTarget(), a.asSpeaker(), a.articles(), a.names()))));
      }
      case TABLE -> {
        List<String[]> rows = new ArrayList<>();
        rows.add(unknown ? new String[] {"TEXT", "TOTAL", "SOURCE", "TARGET", "SPEAKER", "ARTICLES"}
            : new String[] {"CODE", "NAME", "TOTAL", "SOURCE", "TARGET", "SPEAKER", "ARTICLES", "NAMES"});
        for (ActorCount a : list) {
          String[] counts = {Long.toString(a.total()), Long.toString(a.asSource()), Long.toString(a.asTarget()),
              Long.toString(a.asSpeaker()), Long.toString(a.articles())};
          if (unknown) {
            rows.add(concat(new String[] {Text.clip(a.name(), 60)}, counts));
          } else {
            rows.add(concat(new String[] {a.code(), Text.clip(a.name(), 40)},
                concat(counts, new String[] {Long.toString(a.names())})));
          }
        }
        Text.printTable(rows, System.out);
        System.out.println(list.size() + (unknown ? " uncoded actor" : " actor") + (list.size() == 1 ? "" : "s")
            + (limit > 0 && list.size() == limit ? " (the first " + limit + "; --limit 0 for all)" : ""));
      }
    }
  }

  /**
   * After an ingest: how many actor occurrences in the database could not be coded, with the command that lists
   * them; nothing when there are none.
   */
  static void hintUnknown(BatchEventStore store, String db, java.io.PrintStream out) throws StoreException {
    List<ActorCount> unknown = store.actorCounts(true, 0);
    long n = unknown.stream().mapToLong(ActorCount::total).sum();
    if (n == 0) return;
    out.println(n + " actor occurrence" + (n == 1 ? "" : "s") + " (" + unknown.size() + " different text"
        + (unknown.size() == 1 ? "" : "s") + ") could not be coded; list them with: riposte actors --unknown --db "
        + db);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
