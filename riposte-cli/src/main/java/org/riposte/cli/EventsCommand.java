package org.riposte.cli;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.riposte.api.Event;
import org.riposte.api.EventQuery;
import org.riposte.api.EventStore;
import org.riposte.api.Status;
import org.riposte.api.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code riposte events}: lists stored events. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Lists stored events, filtered, as a table, JSON Lines (the schema of DESIGN.md) or CSV.")
final class EventsCommand implements Callable<Integer> {

  @Option(names = "--actor", paramLabel = "CODE",
      description = "Source or target: a code prefix (RUS matches RUSGOV) or a country code.")
  String actor;

  @Option(names = "--root", paramLabel = "NN", description = "CAMEO root or code prefix (16, 161).")
  String root;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Events on or after this date.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Events on or before this date.")
  LocalDate until;

  @Option(names = "--doc", paramLabel = "ID", description = "Events of one article.")
  String docId;

  @Option(names = "--status", paramLabel = "STATUS", split = ",",
      description = "Only these statuses, comma-separated: asserted, planned, negated, hypothetical, claimed.")
  List<String> statuses;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events (0: all).")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  DbOption db;

  @Override
  public Integer call() {
    if (since != null && until != null && since.isAfter(until)) {
      System.err.println("riposte events: --since " + since + " is after --until " + until);
      return 2;
    }
    Set<Status> wanted = new HashSet<>();
    for (String st : statuses == null ? List.<String>of() : statuses) {
      try {
        wanted.add(Status.fromLabel(st.trim()));
      } catch (IllegalArgumentException e) {
        System.err.println("riposte events: unknown --status '" + st + "' (asserted, planned, negated, hypothetical,"
            + " claimed)");
        return 2;
      }
    }
    try (EventStore store = db.openExisting()) {
      List<Event> events =
          store.events(new EventQuery(actor, root, since, until, docId, wanted, Math.max(0, limit)));
      EventPrinter.print(events, format, System.out);
      return 0;
    } catch (StoreException e) {
      System.err.println("riposte events: " + e.getMessage());
      return 1;
    }
  }
}
