package org.riposte.cli;

import java.util.concurrent.Callable;
import org.riposte.api.EventStore;
import org.riposte.api.QuoteQuery;
import org.riposte.api.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code riposte quotes}: lists stored quotations with their speakers. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Lists stored quotations with speaker, speech verb, offsets and date, filtered, as a table,"
        + " JSON Lines (the schema of DESIGN.md) or CSV. A quote whose speaker the text does not name has none.")
final class QuotesCommand implements Callable<Integer> {

  @Option(names = "--speaker", paramLabel = "NAME",
      description = "Speakers whose name contains NAME, ignoring case (Peskov, \"Jens Stoltenberg\").")
  String speaker;

  @Option(names = "--actor", paramLabel = "CODE",
      description = "Speakers whose code starts with CODE (RUS matches RUSGOV) or whose country is CODE.")
  String actor;

  @Option(names = "--doc", paramLabel = "ID", description = "Quotes of one article.")
  String docId;

  @Option(names = "--limit", paramLabel = "N", description = "At most N quotes (0: all).")
  int limit;

  @Mixin
  FormatOption output;

  @Mixin
  DbOption db;

  @Override
  public Integer call() {
    if (limit < 0) {
      System.err.println("riposte quotes: --limit must be 0 or more, was " + limit);
      return 2;
    }
    try (EventStore store = db.openExisting()) {
      QuotePrinter.print(store.quotes(new QuoteQuery(blankToNull(speaker), blankToNull(actor), blankToNull(docId),
          limit)), output.format, System.out);
      return 0;
    } catch (StoreException e) {
      System.err.println("riposte quotes: " + e.getMessage());
      return 1;
    }
  }

  private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
