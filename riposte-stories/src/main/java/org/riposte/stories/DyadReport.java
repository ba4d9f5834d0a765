package org.riposte.stories;

import java.time.LocalDate;
import java.util.List;
import org.riposte.api.ChannelState;
import org.riposte.api.Reaction;
import org.riposte.api.Story;

/**
 * Where the relationship of two parties stands: series, index, reciprocity, reactions, channels and the verdict.
 * Definitions are in {@link DyadAnalyzer}.
 *
 * @param a           the first party as asked
 * @param b           the second party as asked
 * @param by          the bucket: {@code day}, {@code week} or {@code month}
 * @param series      one row per bucket from the first to the last dated story
 * @param stories     the pair's stories that count, in date order (undated last)
 * @param reactions   the pair's reaction links
 * @param channels    the pair's channel ledger
 * @param reciprocityAB how A's hostility was answered by B
 * @param reciprocityBA how B's hostility was answered by A
 * @param verdict     the verdict and its figures
 */
public record DyadReport(String a, String b, String by, List<Row> series, List<Story> stories,
                         List<Reaction> reactions, List<ChannelState> channels, Reciprocity reciprocityAB,
                         Reciprocity reciprocityBA, Verdict verdict) {

  /**
   * One bucket.
   *
   * @param bucket   its label ({@code 2021-10}, {@code 2021-W42}, {@code 2021-10-18})
   * @param start    its first day
   * @param quadAB   stories A→B by QuadClass (index 0 = QuadClass 1)
   * @param quadBA   stories B→A by QuadClass
   * @param goldAB   Goldstein sum A→B
   * @param goldBA   Goldstein sum B→A
   * @param channelChange closures (+1 closed or suspended, +0.5 reduced) minus reopenings (1 each) in the bucket
   * @param index    the escalation index after this bucket
   */
  public record Row(String bucket, LocalDate start, int[] quadAB, int[] quadBA, double goldAB, double goldBA,
                    double channelChange, double index) {
    public int storiesAB() { return sum(quadAB); }

    public int storiesBA() { return sum(quadBA); }

    public double meanAB() { return storiesAB() == 0 ? 0 : goldAB / storiesAB(); }

    public double meanBA() { return storiesBA() == 0 ? 0 : goldBA / storiesBA(); }

    private static int sum(int[] q) { return q[0] + q[1] + q[2] + q[3]; }
  }

  /**
   * How one side's hostile stories were answered.
   *
   * @param hostile        hostile stories (QuadClass 3 or 4) by the provoking side
   * @param answered       of those, answered by a hostile story of the other side (a reaction link, or within the
   *                       reaction window)
   * @param medianLagDays  median days to the answer, null when none was answered
   * @param intensityRatio mean |Goldstein| of the answers over mean |Goldstein| of the answered acts (1 = like for
   *                       like), null when none was answered
   */
  public record Reciprocity(int hostile, int answered, Integer medianLagDays, Double intensityRatio) {
    public double share() { return hostile == 0 ? 0 : answered / (double) hostile; }
  }

  /**
   * The verdict.
   *
   * @param label   {@code tit-for-tat}, {@code escalation}, {@code de-escalation}, {@code one-sided hostility} or
   *                {@code no clear pattern}
   * @param from    first day of the window it reads
   * @param to      last day of the window
   * @param figures the figures it rests on, as one line
   */
  public record Verdict(String label, LocalDate from, LocalDate to, String figures) {}
}
