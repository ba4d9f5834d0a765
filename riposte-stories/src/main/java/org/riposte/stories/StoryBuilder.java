package org.riposte.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.riposte.api.DatePrecision;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Status;
import org.riposte.api.Story;
import org.riposte.api.StoryDoc;

/**
 * Merges events (mentions) that report the same real-world act into stories.
 *
 * <h2>Rule</h2>
 * Two mentions can be one act only within one <em>block</em>: the same acting party, the same party acted upon
 * (parties as in {@link org.riposte.api.Actor#party()}: a minister and his government are both the country), the same
 * act family — the CAMEO root ({@code 16} "reduce relations" holds suspending a mission, expelling its members and
 * closing offices) — and the same reality class (asserted, claimed and planned mentions together; negated and
 * hypothetical mentions only with their own kind). Within a block:
 * <ol>
 *   <li>day- and week-precise mentions are linked when their date ranges, widened by {@code dayToleranceDays} on
 *       each side (and a planned mention by {@code plannedLeadDays} before it: an act is announced before it takes
 *       effect), overlap; stories are the connected groups;</li>
 *   <li>a month- or year-precise mention joins the story of (1) whose dates fall in its range and whose mentions are
 *       most like it (see below); without one, it forms a story with the coarse mentions of the same date;</li>
 *   <li>an undated mention (a background mention: "NATO's expulsion of eight Russian diplomats") joins the most
 *       similar story that its article could be talking about — one that began before the article's anchor date
 *       (publication, else the latest precise date among its events), the nearer the better — when the similarity
 *       reaches {@code undatedMatch} or the story is the only candidate within 60 days; else it stands alone.</li>
 * </ol>
 * Similarity of two mentions: 0.5 when their triggers share their first three letters ("expel", "expulsion"), plus
 * the Jaccard overlap of the content words of their sentences.
 *
 * <p>The result depends only on the set of events and documents given, not on their order: that is what makes an
 * incremental update (rebuilding only the blocks new events fall into) equal to a full rebuild. Stateless and thread
 * safe.
 */
public final class StoryBuilder {

  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "its",
      "it", "that", "this", "with", "by", "from", "at", "as", "is", "was", "were", "be", "has", "had", "have", "said",
      "says", "would", "will", "their", "his", "her", "after", "which", "who", "than", "but", "not");

  private final StoryConfig config;

  public StoryBuilder(StoryConfig config) { this.config = config; }

  /** The stories and each event's story. */
  public record Result(List<Story> stories, Map<String, String> storyOf) {}

  /**
   * Builds the stories of a set of events.
   *
   * @param events the events (every event of the pairs being built)
   * @param docs   story facts of (at least) the events' articles, by id
   */
  public Result build(Collection<Event> events, Map<String, StoryDoc> docs) {
    Map<String, List<Event>> blocks = new TreeMap<>();
    for (Event e : events) blocks.computeIfAbsent(block(e), k -> new ArrayList<>()).add(e);
    List<Story> stories = new ArrayList<>();
    Map<String, String> storyOf = new HashMap<>();
    for (List<Event> block : blocks.values()) {
      block.sort(Comparator.comparing(Event::id));
      for (List<Event> group : group(block, docs)) {
        Story s = story(group, docs);
        stories.add(s);
        for (Event e : group) storyOf.put(e.id(), s.id());
      }
    }
    stories.sort(Comparator.comparing(Story::id));
    return new Result(stories, storyOf);
  }

  /** The block key: source party, target party, root, reality class; a mention without source party is alone. */
  static String block(Event e) {
    String s = Pairs.source(e);
    if (s == null) return "~" + e.id();
    String reality = switch (e.status()) {
      case NEGATED -> "negated";
      case HYPOTHETICAL -> "hypothetical";
      default -> "real";
    };
    return s + ">" + Pairs.target(e) + "#" + e.root() + "#" + reality;
  }

  private List<List<Event>> group(List<Event> block, Map<String, StoryDoc> docs) {
    List<Event> precise = new ArrayList<>();
    List<Event> coarse = new ArrayList<>();
    List<Event> undated = new ArrayList<>();
    for (Event e : block) {
      DatePrecision p = e.date().precision();
      if (p == DatePrecision.DAY || p == DatePrecision.WEEK) precise.add(e);
      else if (p == DatePrecision.UNKNOWN) undated.add(e);
      else coarse.add(e);
    }
    // 1. precise mentions: connected groups of overlapping widened ranges
    Map<String, String> parent = new TreeMap<>();
    for (Event e : precise) parent.put(e.id(), e.id());
    for (int i = 0; i < precise.size(); i++) {
      for (int j = i + 1; j < precise.size(); j++) {
        if (overlap(precise.get(i), precise.get(j))) NearDuplicates.union(parent, precise.get(i).id(), precise.get(j).id());
      }
    }
    Map<String, List<Event>> groups = new TreeMap<>();
    for (Event e : precise) groups.computeIfAbsent(NearDuplicates.find(parent, e.id()), k -> new ArrayList<>()).add(e);
    List<List<Event>> dated = new ArrayList<>(groups.values());
    // 2. coarse mentions: the most similar precise group inside their range, else by date value
    Map<List<Event>, List<Event>> joined = new HashMap<>();
    Map<String, List<Event>> coarseGroups = new TreeMap<>();
    for (Event e : coarse) {
      List<Event> best = null;
      double bestScore = -1;
      for (List<Event> g : dated) {
        if (!within(g, e.date())) continue;
        double s = similarity(e, g);
        if (s > bestScore) {
          bestScore = s;
          best = g;
        }
      }
      if (best != null) joined.computeIfAbsent(best, k -> new ArrayList<>()).add(e);
      else coarseGroups.computeIfAbsent(e.date().value(), k -> new ArrayList<>()).add(e);
    }
    List<List<Event>> all = new ArrayList<>();
    for (List<Event> g : dated) {
      List<Event> m = new ArrayList<>(g);
      m.addAll(joined.getOrDefault(g, List.of()));
      all.add(m);
    }
    all.addAll(coarseGroups.values());
    // 3. undated mentions: against the dated stories only, so that their order cannot matter
    int datedCount = all.size();
    Map<Integer, List<Event>> undatedJoins = new HashMap<>();
    for (Event e : undated) {
      StoryDoc d = docs.get(e.docId());
      LocalDate anchor = d == null ? null : d.anchor();
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      double bestSim = 0;
      int candidates = 0;
      long bestGap = Long.MAX_VALUE;
      for (int i = 0; i < datedCount; i++) {
        List<Event> g = all.get(i);
        LocalDate start = start(g);
        if (anchor != null && e.status() != Status.PLANNED && start.isAfter(anchor.plusDays(7))) continue;
        candidates++;
        long gap = anchor == null ? 0 : Math.abs(ChronoUnit.DAYS.between(start, anchor));
        double sim = similarity(e, g);
        double score = sim - gap / 3650.0;
        if (score > bestScore) {
          bestScore = score;
          best = i;
          bestSim = sim;
          bestGap = gap;
        }
      }
      boolean take = best >= 0 && (bestSim >= config.undatedMatch() || (candidates == 1 && anchor != null
          && bestGap <= 60));
      if (take) undatedJoins.computeIfAbsent(best, k -> new ArrayList<>()).add(e);
      else all.add(new ArrayList<>(List.of(e)));
    }
    undatedJoins.forEach((i, es) -> all.get(i).addAll(es));
    return all;
  }

  private boolean overlap(Event a, Event b) {
    return !lo(a).isAfter(hi(b)) && !lo(b).isAfter(hi(a));
  }

  private LocalDate lo(Event e) {
    LocalDate d = e.date().firstDay().minusDays(config.dayToleranceDays());
    return e.status() == Status.PLANNED ? d.minusDays(config.plannedLeadDays()) : d;
  }

  private LocalDate hi(Event e) { return e.date().lastDay().plusDays(config.dayToleranceDays()); }

  private static boolean within(List<Event> g, EventDate d) {
    for (Event e : g) {
      if (!e.date().lastDay().isBefore(d.firstDay()) && !e.date().firstDay().isAfter(d.lastDay())) return true;
    }
    return false;
  }

  private static LocalDate start(List<Event> g) {
    LocalDate s = null;
    for (Event e : g) if (s == null || e.date().firstDay().isBefore(s)) s = e.date().firstDay();
    return s;
  }

  /** The best similarity of a mention to any member of a group. */
  static double similarity(Event e, List<Event> g) {
    double best = 0;
    for (Event m : g) best = Math.max(best, similarity(e, m));
    return best;
  }

  /** 0.5 for triggers sharing their first three letters, plus the Jaccard overlap of the sentences' content words. */
  static double similarity(Event a, Event b) {
    double s = 0;
    String ta = stem(a.trigger());
    if (ta != null && ta.equals(stem(b.trigger()))) s += 0.5;
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (!wa.isEmpty() && !wb.isEmpty()) {
      Set<String> inter = new HashSet<>(wa);
      inter.retainAll(wb);
      Set<String> union = new HashSet<>(wa);
      union.addAll(wb);
      s += inter.size() / (double) union.size();
    }
    return s;
  }

  private static String stem(String trigger) {
    if (trigger == null || trigger.isBlank()) return null;
    String t = trigger.strip().toLowerCase(Locale.ROOT);
    return t.length() <= 3 ? t : t.substring(0, 3);
  }

  private static Set<String> words(Event e) {
    Set<String> out = new HashSet<>();
    if (e.evidence() == null || e.evidence().sentence() == null) return out;
    for (String w : e.evidence().sentence().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2 && !STOP.contains(w)) out.add(w);
    }
    return out;
  }

  /** The story of a group of mentions. */
  static Story story(List<Event> group, Map<String, StoryDoc> docs) {
    List<Event> g = new ArrayList<>(group);
    g.sort(Comparator.comparing(Event::id));
    List<String> ids = g.stream().map(Event::id).toList();
    Event first = g.get(0);
    Map<String, Integer> dates = new TreeMap<>();
    Map<String, EventDate> dateOf = new HashMap<>();
    Map<String, Integer> cameos = new TreeMap<>();
    Map<String, Integer> labels = new TreeMap<>();
    Set<Status> statuses = new HashSet<>();
    Set<String> docIds = new TreeSet<>();
    for (Event e : g) {
      if (e.date().isKnown()) {
        dates.merge(e.date().value(), 1, Integer::sum);
        dateOf.put(e.date().value(), e.date());
      }
      if (e.cameo() != null) cameos.merge(e.cameo(), 1, Integer::sum);
      if (e.trigger() != null) labels.merge(e.trigger().toLowerCase(Locale.ROOT), 1, Integer::sum);
      statuses.add(e.status());
      docIds.add(e.docId());
    }
    EventDate date = EventDate.UNKNOWN;
    for (Map.Entry<String, Integer> d : dates.entrySet()) {
      EventDate cand = dateOf.get(d.getKey());
      if (!date.isKnown() || d.getValue() > dates.get(date.value())
          || (d.getValue().equals(dates.get(date.value())) && cand.precision().ordinal() < date.precision().ordinal())) {
        date = cand;
      }
    }
    String cameo = top(cameos);
    Event rep = first;
    for (Event e : g) {
      if (cameo != null && cameo.equals(e.cameo())) {
        rep = e;
        break;
      }
    }
    Status status = statuses.contains(Status.ASSERTED) ? Status.ASSERTED
        : statuses.contains(Status.CLAIMED) ? Status.CLAIMED
        : statuses.contains(Status.PLANNED) ? Status.PLANNED
        : first.status();
    Set<String> outlets = new TreeSet<>();
    Set<String> sources = new TreeSet<>();
    Set<String> articles = new TreeSet<>();
    LocalDate firstSeen = null;
    LocalDate lastSeen = null;
    for (String id : docIds) {
      StoryDoc d = docs.get(id);
      String copies = d == null || d.group() == null ? id : d.group();
      articles.add(copies);
      String outlet = d == null || d.outlet() == null || d.outlet().isBlank() ? null : d.outlet().strip();
      if (outlet != null) {
        outlets.add(outlet);
        sources.add(outlet.toLowerCase(Locale.ROOT));
      } else {
        sources.add("\u0000" + copies);
      }
      LocalDate p = d == null ? null : d.published();
      if (p != null) {
        if (firstSeen == null || p.isBefore(firstSeen)) firstSeen = p;
        if (lastSeen == null || p.isAfter(lastSeen)) lastSeen = p;
      }
    }
    return new Story(idOf(ids.get(0)), Pairs.pair(first), Pairs.source(first), Pairs.target(first), first.root(),
        cameo, rep.plover(), rep.quadClass(), rep.goldstein(), status, date, dates, ids, List.copyOf(docIds),
        List.copyOf(outlets), articles.size(), sources.size(), firstSeen, lastSeen, top(labels));
  }

  private static String top(Map<String, Integer> counts) {
    String best = null;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (best == null || c.getValue() > counts.get(best)) best = c.getKey();
    }
    return best;
  }

  /** A story's id: 32 hex digits of SHA-256 over its smallest event id. */
  static String idOf(String smallestEventId) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(("story:" + smallestEventId)
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
