package org.riposte.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.riposte.api.Reaction;
import org.riposte.api.StoreException;
import org.riposte.api.Story;
import org.riposte.api.StoryStore;
import org.riposte.store.BatchEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code riposte chain STORY}: the action–reaction chain of a story, both ways. */
@Command(name = "chain", mixinStandardHelpOptions = true,
    description = {"Prints the action-reaction chain of a story: what it answers (back) and what answers it (forward).",
        "STORY is a story id or its first characters, as riposte stories prints them."})
final class ChainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "STORY", description = "Story id or prefix.")
  String id;

  @Mixin
  DbOption db;

  @Override
  public Integer call() {
    try (BatchEventStore store = db.openExisting()) {
      StoryStore stories = DbOption.currentStories(store);
      Map<String, Story> all = new HashMap<>();
      List<Story> found = new ArrayList<>();
      for (Story s : stories.stories(null)) {
        all.put(s.id(), s);
        if (s.id().startsWith(id)) found.add(s);
      }
      if (found.size() != 1) {
        System.err.println("riposte chain: " + (found.isEmpty() ? "no story " : found.size() + " stories start with ")
            + id + (found.isEmpty() ? " (list them with: riposte stories)" : "; give more characters"));
        return 1;
      }
      print(found.get(0), all, stories.reactions(null), System.out);
      return 0;
    } catch (StoreException e) {
      System.err.println("riposte chain: " + e.getMessage());
      return 1;
    }
  }

  static void print(Story s, Map<String, Story> all, List<Reaction> reactions, PrintStream out) {
    out.println("story " + describe(s));
    out.println("answers (back):");
    walk(s.id(), all, reactions, true, "  ", new HashSet<>(Set.of(s.id())), out);
    out.println("answered by (forward):");
    walk(s.id(), all, reactions, false, "  ", new HashSet<>(Set.of(s.id())), out);
  }

  private static void walk(String id, Map<String, Story> all, List<Reaction> reactions, boolean back, String indent,
                           Set<String> seen, PrintStream out) {
    boolean any = false;
    for (Reaction r : reactions) {
      String from = back ? r.storyId() : r.reactsTo();
      String to = back ? r.reactsTo() : r.storyId();
      if (!from.equals(id)) continue;
      any = true;
      Story t = all.get(to);
      out.println(indent + (back ? "← " : "→ ") + "[" + r.kind().label() + ": " + r.cue()
          + (r.lagDays() == null || r.kind() == Reaction.Kind.WINDOW ? "" : ", " + r.lagDays() + " days") + "] " + (t == null ? to : describe(t)));
      if (seen.add(to)) walk(to, all, reactions, back, indent + "  ", seen, out);
    }
    if (!any && indent.equals("  ")) out.println(indent + "(none)");
  }

  static String describe(Story s) {
    return s.id().substring(0, 12) + " " + (s.date().isKnown() ? s.date().value() : "?") + " "
        + StoriesCommand.nz(s.sourceParty()) + " " + s.cameo() + " " + StoriesCommand.nz(s.plover()) + " "
        + StoriesCommand.nz(s.targetParty()) + " \"" + StoriesCommand.nz(s.label()) + "\" ("
        + (s.status() == null ? "-" : s.status().label()) + "; " + s.numArticles() + " articles, " + s.numSources()
        + " sources)";
  }
}
