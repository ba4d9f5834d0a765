package org.riposte.stories;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.riposte.api.Event;
import org.riposte.api.Reaction;
import org.riposte.api.Story;

/**
 * Links a story to the earlier story it answers.
 *
 * <h2>Explicit links (from the stored evidence)</h2>
 * A sentence with a reaction cue — "in response to", "in retaliation for", "in reply to", "a response to",
 * "retaliating for", "in return for", "following", "after" — and a coded mention after the cue (the answered act)
 * links that mention to the mentions of the same sentence outside the cue's clause whose acting party is the answered
 * act's target (the reacting act: "Russia will suspend its mission …, in retaliation for NATO's expulsion …"). When
 * the sentence has no such mention and the cue is a "response" cue ("The Kremlin's decision comes in response to
 * NATO's expulsion …"), the reacting act is the nearest earlier mention of the same article, at most two sentences
 * back, by the answered act's target against its source, a conflict act when the answered one is. "After" and
 * "following" link only mentions of the same sentence. The answered act must not be dated after the reacting one.
 * Cues are detected after coding, on the sentence stored with each event, so the coder is not involved.
 *
 * <h2>Window links (weaker, labelled)</h2>
 * A story without an explicit link is linked to the latest story of the reverse dyad with the same QuadClass dated
 * on or up to {@code reactionWindowDays} before it. Nothing in the text says these answer each other; they are
 * {@link Reaction.Kind#WINDOW} links and shown as such.
 *
 * <p>Both kinds read only the stories and mentions of one pair, so a pair's links can be rebuilt alone. Stateless
 * and thread safe.
 */
public final class ReactionLinker {

  static final Pattern CUE = Pattern.compile("\\b(in (?:direct )?(?:response|retaliation|reply|answer|return) (?:to|for)"
      + "|(?:a|its|the) (?:response|reply|answer|retaliation) to|retaliat\\w* (?:for|against)|following|after)\\b",
      Pattern.CASE_INSENSITIVE);

  private final StoryConfig config;

  public ReactionLinker(StoryConfig config) { this.config = config; }

  /** Reactions and, for each reacting event, the events it answers. */
  public record Result(List<Reaction> reactions, Map<String, List<String>> reactsTo) {}

  /**
   * Links the stories of a set of pairs.
   *
   * @param events  every event of the stories, with its story in {@code storyOf}
   * @param storyOf event id → story id
   * @param stories the stories
   */
  public Result link(Collection<Event> events, Map<String, String> storyOf, Collection<Story> stories) {
    Map<String, Story> byId = new HashMap<>();
    for (Story s : stories) byId.put(s.id(), s);
    Map<String, List<Event>> sentences = new TreeMap<>();
    for (Event e : events) {
      if (e.evidence() == null || e.evidence().sentence() == null) continue;
      sentences.computeIfAbsent(e.docId() + "@" + String.format("%09d", e.evidence().start()), k -> new ArrayList<>())
          .add(e);
    }
    List<String> keys = new ArrayList<>(sentences.keySet());
    Map<String, Reaction> explicit = new TreeMap<>();
    Map<String, Set<String>> reactsTo = new TreeMap<>();
    for (int k = 0; k < keys.size(); k++) {
      List<Event> here = sentences.get(keys.get(k));
      here.sort(Comparator.comparing(Event::id));
      String sentence = here.get(0).evidence().sentence();
      Matcher m = CUE.matcher(sentence);
      while (m.find()) {
        String cue = m.group(1).toLowerCase(Locale.ROOT);
        int at = m.start();
        int clauseEnd = clauseEnd(sentence, m.end());
        Event answered = null;
        int answeredPos = Integer.MAX_VALUE;
        for (Event e : here) {
          int p = position(e, sentence);
          if (p >= m.end() && p < clauseEnd && p < answeredPos && Pairs.source(e) != null) {
            answered = e;
            answeredPos = p;
          }
        }
        if (answered == null) continue;
        List<Event> reacting = new ArrayList<>();
        for (Event e : here) {
          int p = position(e, sentence);
          if (e == answered || (p >= at && p < clauseEnd)) continue;
          if (reverse(e, answered)) reacting.add(e);
        }
        boolean response = !cue.equals("after") && !cue.equals("following");
        if (reacting.isEmpty() && response) {
          Event back = lookBack(sentences, keys, k, answered);
          if (back != null) reacting.add(back);
        }
        for (Event x : reacting) {
          String sx = storyOf.get(x.id());
          String sy = storyOf.get(answered.id());
          if (sx == null || sy == null || sx.equals(sy)) continue;
          Integer lag = lag(byId.get(sy), byId.get(sx));
          if (lag != null && lag < -config.dayToleranceDays()) continue;
          reactsTo.computeIfAbsent(x.id(), q -> new TreeSet<>()).add(answered.id());
          String key = sx + ">" + sy;
          Reaction r = new Reaction(sx, sy, Reaction.Kind.EXPLICIT, cue, x.id(), answered.id(), lag);
          explicit.merge(key, r, (a, b) -> a.eventId().compareTo(b.eventId()) <= 0 ? a : b);
        }
      }
    }
    List<Reaction> out = new ArrayList<>(explicit.values());
    Set<String> hasExplicit = new HashSet<>();
    for (Reaction r : out) hasExplicit.add(r.storyId());
    List<Story> sorted = new ArrayList<>(stories);
    sorted.sort(Comparator.comparing(Story::id));
    for (Story s : sorted) {
      if (hasExplicit.contains(s.id()) || !s.counts() || !s.date().isKnown() || s.sourceParty() == null
          || s.targetParty() == null) continue;
      Story best = null;
      for (Story t : sorted) {
        if (t == s || !t.counts() || !t.date().isKnown() || t.quadClass() != s.quadClass()) continue;
        if (!Objects.equals(t.sourceParty(), s.targetParty()) || !Objects.equals(t.targetParty(), s.sourceParty())) continue;
        long d = ChronoUnit.DAYS.between(t.date().firstDay(), s.date().firstDay());
        if (d < 0 || d > config.reactionWindowDays()) continue;
        if (d == 0 && t.id().compareTo(s.id()) > 0) continue;  // same day: only one direction, by id
        if (best == null || t.date().firstDay().isAfter(best.date().firstDay())
            || (t.date().firstDay().equals(best.date().firstDay()) && t.id().compareTo(best.id()) < 0)) best = t;
      }
      if (best != null) {
        int d = (int) ChronoUnit.DAYS.between(best.date().firstDay(), s.date().firstDay());
        out.add(new Reaction(s.id(), best.id(), Reaction.Kind.WINDOW,
            "reverse dyad, same QuadClass, " + d + (d == 1 ? " day" : " days"), s.events().get(0),
            best.events().get(0), d));
      }
    }
    out.sort(Comparator.comparing(Reaction::storyId).thenComparing(Reaction::reactsTo));
    Map<String, List<String>> rt = new TreeMap<>();
    reactsTo.forEach((k, v) -> rt.put(k, List.copyOf(v)));
    return new Result(out, rt);
  }

  private Event lookBack(Map<String, List<Event>> sentences, List<String> keys, int k, Event answered) {
    String doc = answered.docId();
    for (int back = 1; back <= 2 && k - back >= 0; back++) {
      List<Event> prev = sentences.get(keys.get(k - back));
      if (!prev.get(0).docId().equals(doc)) return null;
      Event best = null;
      for (Event e : prev) {
        if (!reverse(e, answered)) continue;
        if (answered.quadClass() >= 3 && e.quadClass() < 3) continue;
        if (best == null || position(e, e.evidence().sentence()) > position(best, best.evidence().sentence())) best = e;
      }
      if (best != null) return best;
    }
    return null;
  }

  /** Whether x is by y's target (against y's source, when x has a target). */
  private static boolean reverse(Event x, Event y) {
    String xs = Pairs.source(x);
    String ys = Pairs.source(y);
    String yt = Pairs.target(y);
    if (xs == null || yt == null || !xs.equals(yt)) return false;
    String xt = Pairs.target(x);
    return xt == null || xt.equals(ys);
  }

  /** Where a mention's trigger is in its sentence (its first occurrence), or -1. */
  static int position(Event e, String sentence) {
    if (e.trigger() == null) return -1;
    return sentence.toLowerCase(Locale.ROOT).indexOf(e.trigger().toLowerCase(Locale.ROOT));
  }

  private static int clauseEnd(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == '—') return i;
    }
    return s.length();
  }

  private static Integer lag(Story answered, Story reacting) {
    if (answered == null || reacting == null || !answered.date().isKnown() || !reacting.date().isKnown()) return null;
    return (int) ChronoUnit.DAYS.between(answered.date().firstDay(), reacting.date().firstDay());
  }
}
