package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riposte.actors.DictionaryActorStage;
import org.riposte.api.Actor;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Pipeline;
import org.riposte.api.Sentence;
import org.riposte.nlp.CoreNlpStage;
import org.riposte.nlp.NlpConfig;

/**
 * The coder on the two seed articles (read from {@code riposte.shared}/seeds at run time), through the real CoreNLP
 * and actor stages: the events a careful reader lists must be there. Prints the events per sentence so that a reader
 * can judge what else is coded.
 */
class SeedEventsIT {

  private static final List<Event> EVENTS = new ArrayList<>();

  @BeforeAll
  static void codeSeeds() throws Exception {
    String shared = System.getProperty("riposte.shared");
    assertNotNull(shared, "system property riposte.shared");
    Pipeline pipeline = Pipeline.of(List.of(CoreNlpStage.shared(NlpConfig.DEFAULT),
        DictionaryActorStage.defaultStage(), DependencyEventCoder.defaultCoder()));
    for (String[] seed : new String[][] {{"000_2691972916377a45.txt", "2021-10-21"},
        {"004_85cc2dbfdb940f6b.txt", "2021-10-20"}}) {
      String text = Files.readString(Path.of(shared, "seeds", seed[0]));
      Analysis a = pipeline.run(Article.of(null, null, LocalDate.parse(seed[1]), null, text));
      print(seed[0], a);
      EVENTS.addAll(a.events());
    }
  }

  @Test
  void findsWhatACarefulReaderLists() {
    Set<String> used = new HashSet<>();
    List<String> missing = new ArrayList<>();
    expect(used, missing, "NATO expels eight Russian diplomats", "IGOWSTNAT", Set.of("RUS"), Set.of("16", "17"),
        within("2021-10-01", "2021-10-31"));
    expect(used, missing, "Russia suspends / closes its mission to NATO", "RUS", Set.of("IGOWSTNAT"), Set.of("16"),
        d -> d.equals(EventDate.day(LocalDate.of(2021, 10, 18))) || d.equals(EventDate.day(LocalDate.of(2021, 11, 1)))
            || "2021-W42".equals(d.value()));
    expect(used, missing, "Russia orders NATO staff out / revokes accreditation", "RUS", Set.of("IGOWSTNAT"),
        Set.of("16", "17"), within("2021-10-18", "2021-11-01"));
    expect(used, missing, "Austin visits Kyiv", "USA", Set.of("UKR"), Set.of("04"), within("2021-10-18", "2021-10-24"));
    expect(used, missing, "Rudenko warns of consequences", "RUS", Set.of("UKR", "IGOWSTNAT"), Set.of("13"),
        d -> d.equals(EventDate.day(LocalDate.of(2021, 10, 21))));
    expect(used, missing, "Russia annexed Crimea from Ukraine", "RUS", Set.of("UKR"), Set.of("19", "17"),
        within("2014-01-01", "2014-12-31"));
    expect(used, missing, "Russia masses troops near Ukraine's border", "RUS", Set.of("UKR"), Set.of("15"),
        within("2021-01-01", "2021-12-31"));
    expect(used, missing, "NATO cut Russia's mission in 2018", "IGOWSTNAT", Set.of("RUS"), Set.of("16"),
        within("2018-01-01", "2018-12-31"));
    if (!missing.isEmpty()) fail("not coded: " + missing);
  }

  /** Claims a not yet claimed event that fits, or records the expectation as missing. */
  private static void expect(Set<String> used, List<String> missing, String what, String source, Set<String> targets,
                             Set<String> roots, Predicate<EventDate> date) {
    for (Event e : EVENTS) {
      if (used.contains(e.id()) || !source.equals(e.source().party()) || e.target() == null || e.target().party() == null
          || !targets.contains(e.target().party()) || !roots.contains(e.root()) || !date.test(e.date())) {
        continue;
      }
      used.add(e.id());
      return;
    }
    missing.add(what);
  }

  /** A known date lying wholly within the days given. */
  private static Predicate<EventDate> within(String from, String to) {
    return d -> d.isKnown() && !d.firstDay().isBefore(LocalDate.parse(from))
        && !d.lastDay().isAfter(LocalDate.parse(to));
  }

  private static void print(String name, Analysis a) {
    System.out.println("==== " + name + ": " + a.events().size() + " events in " + a.sentences().size()
        + " sentences");
    for (Sentence s : a.sentences()) {
      List<Event> in = a.events().stream().filter(e -> e.evidence().start() == s.begin()).toList();
      if (in.isEmpty()) continue;
      System.out.println("# " + s.index() + ": " + s.text().replace('\n', ' '));
      for (Event e : in) {
        System.out.printf("    %-4s %-9s %s -> %s [%s] %s/%s %s%s%n", e.cameo(), e.plover(), who(e.source()),
            who(e.target()), e.trigger(), e.date().value(), e.date().precision().label(), e.status().label(),
            e.location() == null ? "" : " @" + e.location().name());
      }
    }
  }

  private static String who(Actor a) {
    if (a == null) return "-";
    return (a.code() == null ? "?" : a.code()) + "(" + a.name() + ")";
  }
}
