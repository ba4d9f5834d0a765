package org.riposte.stories;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.riposte.api.ChannelState;
import org.riposte.api.EventDate;
import org.riposte.api.Reaction;
import org.riposte.api.Story;

/**
 * The state of a relationship between two parties A and B, computed over stories (each real-world act once, however
 * many outlets told it), never over raw mentions.
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li><b>Series.</b> Per bucket (day, ISO week or month of a story's best-supported date) and direction: stories
 *       by QuadClass and the sum of their Goldstein values. Only asserted, claimed and planned stories count; undated
 *       stories are listed but in no bucket; a year-precise story falls in the bucket of 1 January.</li>
 *   <li><b>Escalation index.</b> For a bucket with stories, hostility h = minus the mean Goldstein value of its
 *       stories (both directions; +10 is war, −10 is the closest cooperation); plus the channel change c = +1 per
 *       channel closed or suspended, +0.5 per channel reduced, −1 per channel reopened in the bucket. The index is an
 *       exponentially smoothed r = h + c: I = 0.5·r + 0.5·I(previous), the first active bucket starting at r; a bucket
 *       with no story and no channel change keeps the previous index. Higher is worse.</li>
 *   <li><b>Reciprocity</b> (per direction). Of A's hostile stories (QuadClass 3 or 4), the share that B answered
 *       with a hostile story: one linked to it as a reaction, or dated within the reaction window after it; with the
 *       median lag and the intensity ratio (mean |Goldstein| of the answers over that of the acts answered).</li>
 *   <li><b>Verdict</b>, over the last {@code verdictWindowDays} up to the pair's latest dated story or channel
 *       change: ΔI = index at the end minus index before the window; closures and reopenings of channels; hostile
 *       stories per side; reciprocity and intensity ratio within the window. In this order:
 *       <ol>
 *         <li>no hostile story: {@code de-escalation} when ΔI ≤ −1 or a channel reopened, else {@code no clear
 *             pattern};</li>
 *         <li>hostile stories from one side only: {@code one-sided hostility};</li>
 *         <li>{@code escalation} when answers are harsher than the acts (intensity ratio &gt; 1.5), or ΔI ≥ 1 with
 *             more closures than reopenings;</li>
 *         <li>{@code de-escalation} when ΔI ≤ −1 and reopenings ≥ closures;</li>
 *         <li>{@code tit-for-tat} when at least half of the hostile stories were answered and the answers are
 *             bounded (intensity ratio 0.67–1.5): reciprocal, like for like;</li>
 *         <li>{@code escalation} when channels closed more than reopened; else {@code no clear pattern}.</li>
 *       </ol></li>
 * </ul>
 *
 * <h2>Limits</h2>
 * The figures are only as good as the coding: a missed or miscoded act shifts them, and a small number of stories
 * (as in a handful of reports) makes any verdict fragile — the verdict line prints the counts it rests on so that a
 * reader can judge. Goldstein values are per CAMEO code, not per act (a large and a small expulsion weigh the same).
 * Window answers are coincidences in time, not proven reactions. Stateless and thread safe.
 */
public final class DyadAnalyzer {

  private final StoryConfig config;

  public DyadAnalyzer(StoryConfig config) { this.config = config; }

  /**
   * Analyses a pair.
   *
   * @param a         first party ({@code RUS})
   * @param b         second party ({@code IGOWSTNAT})
   * @param by        {@code day}, {@code week} or {@code month}
   * @param stories   the pair's stories (others are ignored)
   * @param reactions the pair's reactions
   * @param channels  the pair's channel states
   */
  public DyadReport analyse(String a, String b, String by, Collection<Story> stories, Collection<Reaction> reactions,
                            Collection<ChannelState> channels) {
    if (!List.of("day", "week", "month").contains(by)) {
      throw new IllegalArgumentException("bucket must be day, week or month: " + by);
    }
    List<Story> mine = new ArrayList<>();
    for (Story s : stories) {
      if (!s.counts()) continue;
      boolean ab = a.equals(s.sourceParty()) && b.equals(s.targetParty());
      boolean ba = b.equals(s.sourceParty()) && a.equals(s.targetParty());
      if (ab || ba) mine.add(s);
    }
    mine.sort(Comparator.comparing((Story s) -> s.date().isKnown() ? s.date().firstDay() : LocalDate.MAX)
        .thenComparing(Story::id));
    List<ChannelState> ledger = new ArrayList<>(channels);
    List<DyadReport.Row> rows = series(a, by, mine, ledger);
    LocalDate last = null;
    for (Story s : mine) if (s.date().isKnown() && (last == null || s.date().firstDay().isAfter(last))) last = s.date().firstDay();
    for (ChannelState c : ledger) {
      if (c.date().isKnown() && (last == null || c.date().firstDay().isAfter(last))) last = c.date().firstDay();
    }
    List<Reaction> rs = List.copyOf(reactions);
    DyadReport.Reciprocity ab = reciprocity(a, b, mine, rs, null, null);
    DyadReport.Reciprocity ba = reciprocity(b, a, mine, rs, null, null);
    DyadReport.Verdict verdict = verdict(a, b, mine, rs, ledger, rows, last);
    return new DyadReport(a, b, by, rows, mine, rs, ledger, ab, ba, verdict);
  }

  private List<DyadReport.Row> series(String a, String by, List<Story> mine, List<ChannelState> ledger) {
    TreeMap<LocalDate, double[]> acc = new TreeMap<>();  // 0-3 quadAB, 4-7 quadBA, 8 goldAB, 9 goldBA, 10 channels
    for (Story s : mine) {
      if (!s.date().isKnown()) continue;
      double[] v = acc.computeIfAbsent(bucketStart(s.date().firstDay(), by), k -> new double[11]);
      boolean fromA = a.equals(s.sourceParty());
      if (s.quadClass() >= 1 && s.quadClass() <= 4) v[(fromA ? 0 : 4) + s.quadClass() - 1]++;
      v[fromA ? 8 : 9] += s.goldstein();
    }
    for (ChannelState c : ledger) {
      if (!c.date().isKnown()) continue;
      double[] v = acc.computeIfAbsent(bucketStart(c.date().firstDay(), by), k -> new double[11]);
      v[10] += channelWeight(c.state());
    }
    List<DyadReport.Row> rows = new ArrayList<>();
    if (acc.isEmpty()) return rows;
    double index = 0;
    boolean started = false;
    for (LocalDate t = acc.firstKey(); !t.isAfter(acc.lastKey()); t = next(t, by)) {
      double[] v = acc.get(t);
      int[] qab = new int[4];
      int[] qba = new int[4];
      if (v != null) {
        for (int i = 0; i < 4; i++) {
          qab[i] = (int) v[i];
          qba[i] = (int) v[4 + i];
        }
        int n = qab[0] + qab[1] + qab[2] + qab[3] + qba[0] + qba[1] + qba[2] + qba[3];
        double r = (n == 0 ? 0 : -(v[8] + v[9]) / n) + v[10];
        index = started ? 0.5 * r + 0.5 * index : r;
        started = true;
      }
      rows.add(new DyadReport.Row(label(t, by), t, qab, qba, v == null ? 0 : v[8], v == null ? 0 : v[9],
          v == null ? 0 : v[10], index));
    }
    return rows;
  }

  static double channelWeight(String state) {
    return switch (state) {
      case "closed", "suspended" -> 1;
      case "reduced" -> 0.5;
      case "reopened" -> -1;
      default -> 0;
    };
  }

  private DyadReport.Reciprocity reciprocity(String x, String y, List<Story> mine, List<Reaction> reactions,
                                             LocalDate from, LocalDate to) {
    Map<String, Story> byId = new HashMap<>();
    for (Story s : mine) byId.put(s.id(), s);
    int hostile = 0;
    int answered = 0;
    List<Long> lags = new ArrayList<>();
    double actSum = 0;
    double answerSum = 0;
    for (Story s : mine) {
      if (s.quadClass() < 3 || !x.equals(s.sourceParty()) || !in(s, from, to)) continue;
      hostile++;
      Story answer = null;
      for (Reaction r : reactions) {
        Story t = byId.get(r.storyId());
        if (r.reactsTo().equals(s.id()) && t != null && t.quadClass() >= 3 && y.equals(t.sourceParty())) {
          if (answer == null || (t.date().isKnown() && answer.date().isKnown()
              && t.date().firstDay().isBefore(answer.date().firstDay()))) answer = t;
        }
      }
      if (answer == null && s.date().isKnown()) {
        for (Story t : mine) {
          if (t.quadClass() < 3 || !y.equals(t.sourceParty()) || !t.date().isKnown()) continue;
          long d = ChronoUnit.DAYS.between(s.date().firstDay(), t.date().firstDay());
          if (d >= 0 && d <= config.reactionWindowDays()
              && (answer == null || t.date().firstDay().isBefore(answer.date().firstDay()))) answer = t;
        }
      }
      if (answer == null) continue;
      answered++;
      actSum += Math.abs(s.goldstein());
      answerSum += Math.abs(answer.goldstein());
      if (s.date().isKnown() && answer.date().isKnown()) {
        lags.add(ChronoUnit.DAYS.between(s.date().firstDay(), answer.date().firstDay()));
      }
    }
    Integer median = null;
    if (!lags.isEmpty()) {
      lags.sort(null);
      median = (int) (long) lags.get(lags.size() / 2);
    }
    Double ratio = answered == 0 || actSum == 0 ? null : (answerSum / answered) / (actSum / answered);
    return new DyadReport.Reciprocity(hostile, answered, median, ratio);
  }

  private DyadReport.Verdict verdict(String a, String b, List<Story> mine, List<Reaction> reactions,
                                     List<ChannelState> ledger, List<DyadReport.Row> rows, LocalDate last) {
    if (last == null) return new DyadReport.Verdict("no clear pattern", null, null, "no dated story");
    LocalDate from = last.minusDays(config.verdictWindowDays() - 1L);
    double before = 0;
    double end = 0;
    for (DyadReport.Row r : rows) {
      if (!r.start().isAfter(last)) end = r.index();
    }
    for (DyadReport.Row r : rows) if (bucketEnd(r, rows).isBefore(from)) before = r.index();
    double delta = end - before;
    int closures = 0;
    int reopenings = 0;
    for (ChannelState c : ledger) {
      if (!c.date().isKnown() || c.date().firstDay().isBefore(from) || c.date().firstDay().isAfter(last)) continue;
      if (channelWeight(c.state()) > 0) closures++;
      else if (c.state().equals("reopened")) reopenings++;
    }
    DyadReport.Reciprocity ab = reciprocity(a, b, mine, reactions, from, last);
    DyadReport.Reciprocity ba = reciprocity(b, a, mine, reactions, from, last);
    int hostile = ab.hostile() + ba.hostile();
    int answered = ab.answered() + ba.answered();
    Double ratio = combined(ab, ba);
    String label;
    if (hostile == 0) label = delta <= -1 || reopenings > 0 ? "de-escalation" : "no clear pattern";
    else if (ab.hostile() == 0 || ba.hostile() == 0) label = "one-sided hostility";
    else if ((ratio != null && ratio > 1.5) || (delta >= 1 && closures > reopenings)) label = "escalation";
    else if (delta <= -1 && reopenings >= closures) label = "de-escalation";
    else if (answered * 2 >= hostile && ratio != null && ratio >= 0.67) label = "tit-for-tat";
    else if (closures > reopenings) label = "escalation";
    else label = "no clear pattern";
    String figures = String.format(Locale.ROOT,
        "%s→%s hostile %d (answered %d), %s→%s hostile %d (answered %d); reciprocity %.2f; intensity ratio %s; "
            + "index %.2f → %.2f (Δ %+.2f); channels closed/suspended/reduced %d, reopened %d",
        a, b, ab.hostile(), ab.answered(), b, a, ba.hostile(), ba.answered(),
        hostile == 0 ? 0.0 : answered / (double) hostile, ratio == null ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio),
        before, end, delta, closures, reopenings);
    return new DyadReport.Verdict(label, from, last, figures);
  }

  private static LocalDate bucketEnd(DyadReport.Row r, List<DyadReport.Row> rows) {
    int i = rows.indexOf(r);
    return i + 1 < rows.size() ? rows.get(i + 1).start().minusDays(1) : r.start();
  }

  private static Double combined(DyadReport.Reciprocity x, DyadReport.Reciprocity y) {
    if (x.intensityRatio() == null) return y.intensityRatio();
    if (y.intensityRatio() == null) return x.intensityRatio();
    return (x.intensityRatio() * x.answered() + y.intensityRatio() * y.answered()) / (x.answered() + y.answered());
  }

  private static boolean in(Story s, LocalDate from, LocalDate to) {
    if (from == null) return true;
    if (!s.date().isKnown()) return false;
    LocalDate d = s.date().firstDay();
    return !d.isBefore(from) && !d.isAfter(to);
  }

  static LocalDate bucketStart(LocalDate d, String by) {
    return switch (by) {
      case "day" -> d;
      case "week" -> d.with(DayOfWeek.MONDAY);
      default -> d.withDayOfMonth(1);
    };
  }

  private static LocalDate next(LocalDate t, String by) {
    return switch (by) {
      case "day" -> t.plusDays(1);
      case "week" -> t.plusWeeks(1);
      default -> t.plusMonths(1);
    };
  }

  private static String label(LocalDate t, String by) {
    return switch (by) {
      case "day" -> t.toString();
      case "week" -> EventDate.week(t).value();
      default -> t.toString().substring(0, 7);
    };
  }
}
