package org.riposte.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.riposte.api.Article;
import org.riposte.api.EventStore;
import org.riposte.api.Outcome;
import org.riposte.api.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code riposte articles}: lists stored articles with their outcome. */
@Command(name = "articles", mixinStandardHelpOptions = true,
    description = "Lists stored articles (newest first) with their outcome; --outcomes lists every input instead.")
final class ArticlesCommand implements Callable<Integer> {

  @Option(names = "--limit", paramLabel = "N", description = "At most N articles (0: all).")
  int limit;

  @Mixin
  FormatOption output;

  @Option(names = "--outcomes", description = "List the outcome of every input instead (ok, skipped, failed).")
  boolean outcomes;

  @Mixin
  DbOption db;

  @Override
  public Integer call() {
    try (EventStore store = db.openExisting()) {
      if (outcomes) {
        printOutcomes(store.outcomes());
      } else {
        Map<String, Outcome> byDoc = new HashMap<>();
        for (Outcome o : store.outcomes()) if (o.docId() != null && o.kind() == Outcome.Kind.OK) byDoc.put(o.docId(), o);
        printArticles(store.articles(Math.max(0, limit)), byDoc);
      }
      return 0;
    } catch (StoreException e) {
      System.err.println("riposte articles: " + e.getMessage());
      return 1;
    }
  }

  private void printOutcomes(List<Outcome> list) {
    switch (output.format) {
      case JSONL -> list.forEach(o -> {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("origin", o.origin());
        m.put("docId", o.docId());
        m.put("outcome", o.kind().label());
        m.put("reason", o.reason());
        System.out.println(Json.write(m));
      });
      case CSV -> {
        System.out.println(Csv.line(List.of("origin", "docId", "outcome", "reason")));
        list.forEach(o -> System.out.println(Csv.line(Arrays.asList(o.origin(), o.docId(), o.kind().label(),
            o.reason()))));
      }
      case TABLE -> {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"OUTCOME", "ORIGIN", "REASON"});
        for (Outcome o : list) rows.add(new String[] {o.kind().label(), o.origin(), Text.clip(o.reason(), 80)});
        Text.printTable(rows, System.out);
      }
    }
  }

  private void printArticles(List<Article> list, Map<String, Outcome> byDoc) {
    switch (output.format) {
      case JSONL -> list.forEach(a -> System.out.println(Json.write(Json.article(a, true))));
      case CSV -> {
        System.out.println(Csv.line(List.of("id", "url", "outlet", "published", "title", "language", "outcome")));
        list.forEach(a -> System.out.println(Csv.line(Arrays.asList(a.id(), a.url(), a.outlet(), a.published(),
            a.title(), a.language(), reason(byDoc, a)))));
      }
      case TABLE -> {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "PUBLISHED", "OUTLET", "TITLE", "OUTCOME"});
        for (Article a : list) {
          rows.add(new String[] {a.id().substring(0, 12), a.published() == null ? "unknown" : a.published().toString(),
              Text.clip(a.outlet(), 24), Text.clip(a.title(), 60), reason(byDoc, a)});
        }
        Text.printTable(rows, System.out);
        System.out.println(list.size() + (list.size() == 1 ? " article" : " articles"));
      }
    }
  }

  private static String reason(Map<String, Outcome> byDoc, Article a) {
    Outcome o = byDoc.get(a.id());
    return o == null ? "" : o.reason();
  }
}
