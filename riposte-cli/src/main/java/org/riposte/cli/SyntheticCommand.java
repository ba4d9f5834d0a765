package org.riposte.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.EventStore;
import org.riposte.api.Evidence;
import org.riposte.api.Outcome;
import org.riposte.api.Status;
import org.riposte.api.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code riposte synthetic}: adds made-up articles and coded events to a database, through the store's ordinary save
 * path, so that the story benchmark ({@code bench/stories --synthetic}) can measure a store of any size without
 * running the NLP pipeline. Texts are random words (a fraction are trimmed republished copies of an earlier text, for
 * the near-duplicate check); events join random state pairs with a few CAMEO codes over a year of dates. The same
 * {@code --seed} and {@code --first} give the same articles; a later run with another {@code --first} adds new ones.
 */
@Command(name = "synthetic", mixinStandardHelpOptions = true,
    description = {"Adds made-up articles and events to a database (for benchmarks): random texts, some of them",
        "republished copies, with events between random pairs of states."})
final class SyntheticCommand implements Callable<Integer> {

  private static final String[] WORDS = ("minister envoy talks border troops sanctions embassy capital summit"
      + " ceasefire accord protest alliance mission office statement officials said would will after over the of and"
      + " in to on for with from against trade gas pipeline visit treaty warned urged condemned agreed signed"
      + " expelled diplomats forces exercise strike aid loan vote council resolution").split(" ");
  private static final String[] STATES = ("USA RUS CHN UKR POL DEU FRA GBR TUR IRN ISR IND PAK JPN KOR PRK BRA"
      + " MEX EGY SAU").split(" ");
  /** CAMEO code, root, PLOVER, Goldstein, quad class. */
  private static final String[][] CODES = {{"010", "01", "MAKE_STATEMENT", "0.0", "1"},
      {"036", "03", "COOPERATE", "4.0", "1"}, {"042", "04", "CONSULT", "1.9", "1"}, {"057", "05", "AGREE", "8.0", "2"},
      {"061", "06", "COOPERATE", "6.4", "2"}, {"111", "11", "ACCUSE", "-2.0", "3"}, {"130", "13", "THREATEN", "-4.4", "3"},
      {"161", "16", "REDUCE", "-4.0", "4"}, {"172", "17", "COERCE", "-5.0", "4"}, {"190", "19", "ASSAULT", "-10.0", "4"}};

  @Option(names = "--articles", defaultValue = "25000", description = "Articles to add (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--events", defaultValue = "4", description = "Events per article (default: ${DEFAULT-VALUE}).")
  int eventsPerArticle;

  @Option(names = "--first", defaultValue = "0", description = "Number of the first article (default: ${DEFAULT-VALUE}).")
  int first;

  @Option(names = "--copies", defaultValue = "0.1",
      description = "Share of articles that are trimmed copies of an earlier one (default: ${DEFAULT-VALUE}).")
  double copies;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin
  DbOption db;

  @Override
  public Integer call() {
    if (articles < 1 || eventsPerArticle < 1 || first < 0 || copies < 0 || copies >= 1) {
      System.err.println("riposte synthetic: --articles and --events must be at least 1, --first at least 0,"
          + " --copies in [0, 1)");
      return 2;
    }
    try (EventStore store = db.open()) {
      List<Analysis> batch = new ArrayList<>();
      List<Outcome> outcomes = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      long events = 0;
      for (int i = first; i < first + articles; i++) {
        Random r = new Random(seed * 1_000_003L + i);
        String text = !texts.isEmpty() && r.nextDouble() < copies
            ? "Republished. " + trimmed(texts.get(r.nextInt(texts.size())), r) : text(r);
        texts.add(text);
        if (texts.size() > 1000) texts.remove(0);
        LocalDate day = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(365));
        Article a = Article.of("https://synthetic.test/" + seed + "/" + i, "Outlet " + r.nextInt(30), day,
            "Synthetic article " + i, text + " Article " + i + ".");
        List<Event> list = new ArrayList<>();
        for (int k = 0; k < eventsPerArticle; k++) {
          String s = STATES[r.nextInt(STATES.length)];
          String t = STATES[(indexOf(s) + 1 + r.nextInt(STATES.length - 1)) % STATES.length];
          String[] c = CODES[r.nextInt(CODES.length)];
          EventDate date = EventDate.day(day.minusDays(r.nextInt(4)));
          list.add(new Event(a.id().substring(0, 12) + "-e" + k, null, a.id(), date, Status.ASSERTED,
              state(s), state(t), c[0], c[1], c[2], Double.parseDouble(c[3]), Integer.parseInt(c[4]), null,
              new Evidence("Sentence " + k + ".", 0, 11), "said", List.of()));
        }
        events += list.size();
        batch.add(Analysis.of(a).withEvents(list));
        outcomes.add(Outcome.ok("synthetic", a.id(), list.size() + " events"));
        if (batch.size() == 500) {
          store.saveAll(batch, outcomes);
          batch.clear();
          outcomes.clear();
        }
      }
      if (!batch.isEmpty()) store.saveAll(batch, outcomes);
      System.err.println("added " + articles + " articles and " + events + " events to " + db.display());
      return 0;
    } catch (StoreException e) {
      System.err.println("riposte synthetic: " + e.getMessage());
      return 1;
    }
  }

  private static String text(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 80 + r.nextInt(120);
    for (int w = 0; w < n; w++) b.append(WORDS[r.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
    return b.toString().strip();
  }

  /** The first half to all of a text, cut at a word. */
  private static String trimmed(String text, Random r) {
    int cut = text.length() / 2 + r.nextInt(text.length() / 2 + 1);
    int space = text.lastIndexOf(' ', Math.min(cut, text.length() - 1));
    return space > 0 ? text.substring(0, space) : text;
  }

  private static int indexOf(String state) {
    for (int i = 0; i < STATES.length; i++) if (STATES[i].equals(state)) return i;
    throw new IllegalArgumentException(state);
  }

  private static Actor state(String code) {
    return new Actor(code, code, code, null, ActorKind.STATE);
  }
}
