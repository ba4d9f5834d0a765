package org.riposte.cli;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.riposte.api.EventQuery;
import org.riposte.api.Status;
import picocli.CommandLine.Option;

/** The event filters that {@code riposte events} and {@code riposte export} share, turned into an {@link EventQuery}. */
final class EventFilterOptions {

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

  /**
   * The query the options describe.
   *
   * @throws IllegalArgumentException with a message for the user: {@code --since} after {@code --until}, an unknown
   *                                  status
   */
  EventQuery query() {
    if (since != null && until != null && since.isAfter(until)) {
      throw new IllegalArgumentException("--since " + since + " is after --until " + until);
    }
    Set<Status> wanted = new HashSet<>();
    for (String st : statuses == null ? List.<String>of() : statuses) {
      try {
        wanted.add(Status.fromLabel(st.trim()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown --status '" + st + "' (asserted, planned, negated, hypothetical,"
            + " claimed)", e);
      }
    }
    return new EventQuery(actor, root, since, until, docId, wanted, Math.max(0, limit));
  }
}
