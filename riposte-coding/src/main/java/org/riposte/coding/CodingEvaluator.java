package org.riposte.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.riposte.api.Actor;
import org.riposte.api.Analysis;
import org.riposte.api.Event;
import org.riposte.api.Mention;
import org.riposte.api.Sentence;
import org.riposte.api.Status;
import org.riposte.api.Token;

/**
 * Scores coded analyses against gold sentences: the engine of {@code riposte eval}.
 *
 * <p>Each gold sentence expects one event. The pipeline may code none, one or several; two views are scored:
 * <ul>
 *   <li><b>precision, recall, F1</b> over all the events of the sentence: each distinct label (or actor) the
 *       sentence's events carry is one prediction, right when it equals the gold; a gold item is found when one of the
 *       predictions equals it;</li>
 *   <li><b>accuracy</b> on one <em>chosen</em> event a sentence, the event an analyst reading a one-event-a-sentence
 *       table would see: events other than plain statements (CAMEO 01x) come before statements, asserted before
 *       other statuses, earlier before later. Actors and the triple are taken from the first event with the gold
 *       type when there is one (else from the chosen event), so an actor is scored even when the type is wrong.</li>
 * </ul>
 * Actors are compared by party ({@link GoldActor#sameParty}); "country + sector" also needs the gold's sector.
 * Span gold names no codes: a span's party is what the actor stage coded inside it, so on span gold the actor scores
 * measure whether the coder picks the right argument, and {@link EvalReport#goldCoverage()} the share of spans the
 * dictionary codes at all. An uncoded span is matched by an uncoded actor whose text overlaps it; a span holding only a
 * bare role ("the government") by an actor whose text overlaps it (with the sector: of that role); a span holding a
 * country or place and a bare role ("displaced people in eastern Syria") by that country with that role.
 *
 * <p>Not thread safe: add results from one thread.
 */
public final class CodingEvaluator {

  /** The label of "no event" in confusion tables. */
  public static final String NONE = "none";

  private final GoldFormat format;
  private final int worstKept;
  private final Map<String, int[]> counts = new LinkedHashMap<>();  // name → gold, predicted, correct, found, accurate
  private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
  private final List<EvalReport.Miss> misses = new ArrayList<>();
  private int sentences;
  private int events;
  private int spans;
  private int codedSpans;

  /** An evaluator for one gold format that keeps the {@code worstKept} worst sentences. */
  public CodingEvaluator(GoldFormat format, int worstKept) {
    this.format = format;
    this.worstKept = worstKept;
    for (EvalLevel l : format.levels()) counts.put(l.label(), new int[5]);
  }

  /** Scores the analysis of one gold sentence (its events and mentions). */
  public void add(GoldSentence gold, Analysis analysis) {
    List<Event> evs = analysis.events();
    sentences++;
    events += evs.size();
    Event chosen = choose(evs);
    int badness = 0;
    EvalLevel first = format.levels().isEmpty() ? null : format.levels().get(0);
    for (EvalLevel level : format.levels()) {
      String want = gold.labels().get(level);
      if (want == null) continue;
      Set<String> got = new LinkedHashSet<>();
      for (Event e : evs) got.add(level.of(e));
      boolean ok = chosen != null && level.of(chosen).equals(want);
      int hit = got.contains(want) ? 1 : 0;
      count(level.label(), 1, got.size(), hit, hit, ok ? 1 : 0);
      if (level == first) {
        confusion.computeIfAbsent(want, k -> new TreeMap<>())
            .merge(chosen == null ? NONE : level.of(chosen), 1, Integer::sum);
        if (!ok) badness += 3;
        badness += Math.max(0, got.size() - (got.contains(want) ? 1 : 0) - (ok ? 0 : 1));
      }
    }
    Event matched = chosen;
    if (first != null && gold.labels().containsKey(first)) {
      for (Event e : evs) {
        if (first.of(e).equals(gold.labels().get(first))) {
          matched = e;
          break;
        }
      }
    }
    List<Party> sources = parties(gold.sources(), analysis);
    List<Party> targets = parties(gold.targets(), analysis);
    badness += actor("source", sources, evs, matched, true);
    badness += actor("target", targets, evs, matched, false);
    if (first != null && !sources.isEmpty() && gold.labels().containsKey(first)) {
      String want = gold.labels().get(first);
      int found = 0;
      for (Event e : evs) {
        if (first.of(e).equals(want) && triple(e, sources, targets)) found++;
      }
      boolean ok = matched != null && first.of(matched).equals(want) && triple(matched, sources, targets);
      count("triple", 1, evs.size(), found, Math.min(found, 1), ok ? 1 : 0);
    }
    if (badness > 0) misses.add(new EvalReport.Miss(gold.id(), gold.text(), expected(gold), got(evs), badness));
  }

  /** The figures so far. */
  public EvalReport report() {
    List<EvalScore> scores = new ArrayList<>();
    counts.forEach((name, c) -> scores.add(new EvalScore(name, c[0], c[1], c[2], c[3], c[4])));
    Map<String, Double> perClass = new TreeMap<>();
    confusion.forEach((label, row) -> {
      int total = row.values().stream().mapToInt(Integer::intValue).sum();
      perClass.put(label, total == 0 ? 0 : row.getOrDefault(label, 0) / (double) total);
    });
    List<EvalReport.Miss> worst = new ArrayList<>(misses);
    worst.sort(Comparator.comparingInt(EvalReport.Miss::badness).reversed());
    if (worst.size() > worstKept) worst = worst.subList(0, worstKept);
    return new EvalReport(format, sentences, events, scores, perClass, confusion, worst,
        spans == 0 ? Double.NaN : (double) codedSpans / spans);
  }

  /**
   * The event a one-event-a-sentence reading shows: events between two parties before events with no target (as
   * dyadic event data keeps only those), then non-statements before statements (CAMEO 01x), asserted before other
   * statuses, then the earliest; null when there is none.
   */
  static Event choose(List<Event> evs) {
    Event best = null;
    int bestRank = -1;
    for (Event e : evs) {
      int rank = (e.target() != null ? 4 : 0) + (e.root().equals("01") ? 0 : 2)
          + (e.status() == Status.ASSERTED ? 1 : 0);
      if (rank > bestRank) {
        best = e;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * A gold actor with the parties it may be coded as (for a span: what the actor stage coded in it) and, for a span
   * that holds only bare roles ("the government", "officials"), those roles.
   */
  private record Party(GoldActor gold, List<Actor> coded, List<String> roles) {

    boolean matches(Actor a, boolean withSector) {
      if (a == null) return false;
      if (!gold.isSpan()) return withSector ? gold.samePartyAndSector(a) : gold.sameParty(a);
      if (coded.isEmpty() && roles.isEmpty()) return !a.isCoded() && overlaps(a.name(), gold.text());
      if (coded.isEmpty()) {
        // a span naming a role of no stated country: the right argument is the actor read from that span, whatever
        // country the coder gave the role from its context; with the sector, the role must be the span's
        return overlaps(a.name(), gold.text()) && (!withSector || roles.contains(a.role()));
      }
      for (Actor c : coded) {
        if (c.party() != null && c.party().equals(a.party())
            && (!withSector || (c.role() == null && !roles.isEmpty()
                ? roles.contains(a.role()) : java.util.Objects.equals(c.role(), a.role())))) {
          // with the sector: the coded actor's own role; for a country or place of no role named beside a bare role,
          // that role ("displaced people in eastern Syria" is Syria's refugees, not Syria)
          return true;
        }
      }
      return false;
    }

    private static boolean overlaps(String name, String span) {
      if (name == null) return false;
      String n = name.toLowerCase(java.util.Locale.ROOT);
      String s = span.toLowerCase(java.util.Locale.ROOT);
      return s.contains(n) || n.contains(s);
    }
  }

  private List<Party> parties(List<GoldActor> gold, Analysis analysis) {
    List<Party> out = new ArrayList<>();
    for (GoldActor g : gold) {
      if (!g.isSpan()) {
        out.add(new Party(g, List.of(), List.of()));
        continue;
      }
      List<Actor> coded = new ArrayList<>();
      List<String> roles = new ArrayList<>();
      for (Mention m : analysis.mentions()) {
        Sentence s = analysis.sentences().get(m.sentence());
        Token b = s.token(m.beginToken());
        Token e = s.token(m.endToken() - 1);
        if (b.begin() >= g.end() || e.end() <= g.begin() || m.actor() == null) continue;
        if (m.actor().party() != null) {
          coded.add(m.actor());
        } else if (m.actor().role() != null) {
          roles.add(m.actor().role());
        }
      }
      spans++;
      if (!coded.isEmpty()) codedSpans++;
      out.add(new Party(g, coded, roles));
    }
    return out;
  }

  /**
   * Scores one role; returns the badness it adds: 1 when the matched event's actor is wrong, in its country or, where
   * the gold gives one, its sector (so that sentences wrong only in a sector are listed among the worst too).
   */
  private int actor(String role, List<Party> gold, List<Event> evs, Event matched, boolean source) {
    if (gold.isEmpty()) return 0;
    int bad = 0;
    for (boolean withSector : new boolean[] {false, true}) {
      if (withSector && gold.stream().noneMatch(p -> p.gold().isSpan() || p.gold().sector() != null)) continue;
      Set<String> got = new LinkedHashSet<>();
      Set<String> right = new LinkedHashSet<>();
      for (Event e : evs) {
        Actor a = source ? e.source() : e.target();
        if (a == null) continue;
        String key = a.code() == null ? "?" + a.name() : a.code();
        got.add(key);
        if (gold.stream().anyMatch(p -> p.matches(a, withSector))) right.add(key);
      }
      Actor m = matched == null ? null : source ? matched.source() : matched.target();
      boolean ok = m != null && gold.stream().anyMatch(p -> p.matches(m, withSector));
      count(role + (withSector ? " country+sector" : " country"), 1, got.size(), right.size(),
          right.isEmpty() ? 0 : 1, ok ? 1 : 0);
      if (!ok) bad = 1;
    }
    return bad;
  }

  private static boolean triple(Event e, List<Party> sources, List<Party> targets) {
    if (sources.stream().noneMatch(p -> p.matches(e.source(), false))) return false;
    return targets.isEmpty() || targets.stream().anyMatch(p -> p.matches(e.target(), false));
  }

  private void count(String name, int gold, int predicted, int correct, int found, int accurate) {
    int[] c = counts.computeIfAbsent(name, k -> new int[5]);
    c[0] += gold;
    c[1] += predicted;
    c[2] += correct;
    c[3] += found;
    c[4] += accurate;
  }

  private String expected(GoldSentence g) {
    StringBuilder sb = new StringBuilder();
    for (EvalLevel l : format.levels()) {
      String v = g.labels().get(l);
      if (v != null) sb.append(sb.length() == 0 ? "" : " ").append(v);
    }
    if (!g.sources().isEmpty() || !g.targets().isEmpty()) {
      sb.append(sb.length() == 0 ? "" : " ").append(actors(g.sources())).append("→").append(actors(g.targets()));
    }
    return sb.toString();
  }

  private static String actors(List<GoldActor> as) {
    if (as.isEmpty()) return "-";
    List<String> out = new ArrayList<>();
    for (GoldActor a : as) {
      out.add(a.code() != null ? a.code() + (a.sector() == null ? "" : a.sector()) : "[" + a.text() + "]");
    }
    return String.join("/", out);
  }

  private static String got(List<Event> evs) {
    if (evs.isEmpty()) return "no event";
    List<String> out = new ArrayList<>();
    for (Event e : evs) {
      out.add(e.cameo() + " " + (e.plover() == null ? "STATEMENT" : e.plover()) + " " + name(e.source()) + "→"
          + name(e.target()) + " \"" + e.trigger() + "\"" + (e.status() == Status.ASSERTED ? "" : " " + e.status()
          .label()));
    }
    return String.join("; ", out);
  }

  /** The actor's code, with its role after a slash when the code does not end in it ("IGOUNO/GOV"). */
  private static String name(Actor a) {
    if (a == null) return "-";
    if (a.code() == null) return "[" + a.name() + "]" + (a.role() == null ? "" : "/" + a.role());
    return a.role() == null || a.code().endsWith(a.role()) ? a.code() : a.code() + "/" + a.role();
  }
}
