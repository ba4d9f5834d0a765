package org.riposte.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.riposte.api.Event;
import org.riposte.api.EventQuery;
import org.riposte.api.EventStore;
import org.riposte.api.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code riposte events}: lists stored events. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Lists stored events, filtered, as a table, JSON Lines (the schema of DESIGN.md) or CSV.")
final class EventsCommand implements Callable<Integer> {

  @Mixin
  EventFilterOptions filter;

  @Mixin
  FormatOption output;

  @Mixin
  DbOption db;

  @Override
  public Integer call() {
    EventQuery query;
    try {
      query = filter.query();
    } catch (IllegalArgumentException e) {
      System.err.println("riposte events: " + e.getMessage());
      return 2;
    }
    try (EventStore store = db.openExisting()) {
      List<Event> events = store.events(query);
      EventPrinter.print(events, output.format, System.out);
      return 0;
    } catch (StoreException e) {
      System.err.println("riposte events: " + e.getMessage());
      return 1;
    }
  }
}
