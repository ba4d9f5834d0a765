package org.riposte.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.riposte.api.ChannelState;
import org.riposte.api.StoreException;
import org.riposte.api.StoryStore;
import org.riposte.store.BatchEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code riposte channels A B}: the ledger of channels between two parties. */
@Command(name = "channels", mixinStandardHelpOptions = true,
    description = "Prints the channels between two parties (missions, offices, councils, talks) and their states over "
        + "time, with the evidence.")
final class ChannelsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PARTY", arity = "2", description = "Two parties: RUS IGOWSTNAT.")
  List<String> parties;

  @Mixin
  DbOption db;

  @Override
  public Integer call() {
    try (BatchEventStore store = db.openExisting()) {
      StoryStore stories = DbOption.currentStories(store);
      print(stories.channels(DyadCommand.pair(parties.get(0), parties.get(1))), System.out);
      return 0;
    } catch (StoreException e) {
      System.err.println("riposte channels: " + e.getMessage());
      return 1;
    }
  }

  static void print(List<ChannelState> ledger, PrintStream out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"CHANNEL", "STATE", "DATE", "STATUS", "FIGURES", "STORY", "MENTIONS", "EVIDENCE"});
    for (ChannelState c : ledger) {
      rows.add(new String[] {c.channel(), c.state(), c.date().isKnown() ? c.date().value() : "?",
          c.status() == null ? "-" : c.status().label(), c.figures() == null ? "" : c.figures(),
          c.storyId().substring(0, 12), Integer.toString(c.mentions()), Text.clip(c.evidence(), 80)});
    }
    Text.printTable(rows, out);
    out.println(ledger.size() + (ledger.size() == 1 ? " channel state" : " channel states"));
  }
}
