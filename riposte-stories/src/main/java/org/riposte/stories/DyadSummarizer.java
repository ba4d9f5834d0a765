package org.riposte.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.riposte.api.Actor;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Status;
import org.riposte.api.Story;

/** Groups events, or stories, by unordered party pair and counts them. Stateless and thread safe. */
public final class DyadSummarizer {

  /**
   * Summarises events by pair, busiest pair first (ties in pair order). Events that are negated, hypothetical or
   * claimed, or lack a coded party on either side, or have the same party on both sides, are left out.
   */
  public List<DyadSummary> summarise(Collection<Event> events) {
    Map<Dyad, Acc> acc = new TreeMap<>();
    for (Event e : events) {
      if (e.status() != Status.ASSERTED && e.status() != Status.PLANNED) continue;
      String s = party(e.source());
      String t = party(e.target());
      if (s == null || t == null || s.equals(t)) continue;
      Dyad d = Dyad.of(s, t);
      acc.computeIfAbsent(d, k -> new Acc()).add(e, s.equals(d.a()));
    }
    List<DyadSummary> out = new ArrayList<>();
    acc.forEach((d, a) -> out.add(new DyadSummary(d, a.n, a.ab, a.ba, a.quad, a.gold, a.first, a.last)));
    out.sort(Comparator.comparingInt(DyadSummary::events).reversed());
    return out;
  }

  /**
   * Summarises stories by pair the same way: each story counts once (however many outlets told it), at its
   * best-supported date, with its CAMEO code's Goldstein value and QuadClass. Stories that do not {@link Story#counts()
   * count} or lack a party on either side are left out.
   */
  public List<DyadSummary> summariseStories(Collection<Story> stories) {
    Map<Dyad, Acc> acc = new TreeMap<>();
    for (Story st : stories) {
      if (!st.counts() || st.sourceParty() == null || st.targetParty() == null
          || st.sourceParty().equals(st.targetParty())) continue;
      Dyad d = Dyad.of(st.sourceParty(), st.targetParty());
      acc.computeIfAbsent(d, k -> new Acc()).add(st.quadClass(), st.goldstein(), st.date(),
          st.sourceParty().equals(d.a()));
    }
    List<DyadSummary> out = new ArrayList<>();
    acc.forEach((d, a) -> out.add(new DyadSummary(d, a.n, a.ab, a.ba, a.quad, a.gold, a.first, a.last)));
    out.sort(Comparator.comparingInt(DyadSummary::events).reversed());
    return out;
  }

  private static String party(Actor a) {
    return a == null || !a.isCoded() ? null : a.party();
  }

  private static final class Acc {
    int n;
    int ab;
    int ba;
    final int[] quad = new int[4];
    double gold;
    String first;
    String last;
    java.time.LocalDate firstDay;
    java.time.LocalDate lastDay;

    void add(Event e, boolean fromA) {
      add(e.quadClass(), e.goldstein(), e.date(), fromA);
    }

    void add(int quadClass, double goldstein, EventDate d, boolean fromA) {
      n++;
      if (fromA) ab++;
      else ba++;
      if (quadClass >= 1 && quadClass <= 4) quad[quadClass - 1]++;
      gold += goldstein;
      if (d.isKnown()) {
        if (firstDay == null || d.firstDay().isBefore(firstDay)) {
          firstDay = d.firstDay();
          first = d.value();
        }
        if (lastDay == null || d.lastDay().isAfter(lastDay)) {
          lastDay = d.lastDay();
          last = d.value();
        }
      }
    }
  }
}
