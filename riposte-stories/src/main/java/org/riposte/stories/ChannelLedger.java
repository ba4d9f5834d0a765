package org.riposte.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.riposte.api.ChannelState;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Status;
import org.riposte.api.Story;

/**
 * The channels between two parties — permanent missions, embassies, liaison missions, information offices, councils,
 * hotlines, talks formats — and what each story did to them, read from the stored evidence.
 *
 * <h2>Rule</h2>
 * In the sentence of each asserted, claimed or planned mention between two coded parties, every channel phrase
 * ("permanent mission", "mission to NATO", "military liaison mission", "information office", "offices in Moscow",
 * "embassy", "NATO-Russia Council", "hotline", "talks") is given:
 * <ul>
 *   <li>a <b>state</b>: from the state word nearest to the phrase in the sentence — suspend → {@code suspended};
 *       close, shut, revoke (accreditation of a whole office) → {@code closed}; reduce, cut, halve, expel, withdraw
 *       (members of it) → {@code reduced}; reopen, restore, resume → {@code reopened}; open, establish, set up,
 *       convene, meet → {@code open} — a preceding word preferred, a following one ("would be closed") taken when
 *       nearer;</li>
 *   <li>an <b>owner</b>: between a state and an organisation, a mission is the state's (its delegation to the
 *       organisation) and a liaison mission, information office or office is the organisation's (in the state's
 *       capital); otherwise "its" gives the acting party and anything else the party acted upon; councils, hotlines
 *       and talks are shared;</li>
 *   <li>the <b>mention</b> it belongs to: the one whose trigger comes nearest before the phrase.</li>
 * </ul>
 * A story's entry for a channel takes the state most of its mentions give, the date most of those give (for a
 * planned change, the date it takes effect) and their status; figures such as "from 30 to 20" are kept.
 *
 * <p>Traps: a phrase is only found in sentences that carry a coded event of the pair; a channel named only by a
 * pronoun later on is missed. Stateless and thread safe.
 */
public final class ChannelLedger {

  private record Kind(String name, Pattern pattern) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("liaison mission", Pattern.compile("\\b(?:military )?liaison (?:mission|office)s?\\b", Pattern.CASE_INSENSITIVE)),
      new Kind("information office", Pattern.compile("\\binformation offices?\\b", Pattern.CASE_INSENSITIVE)),
      new Kind("council", Pattern.compile("\\b(?:[A-Z][\\w]*-[A-Z][\\w]* )?[Cc]ouncil\\b")),
      new Kind("mission", Pattern.compile("\\b(?:permanent |diplomatic )?missions?\\b", Pattern.CASE_INSENSITIVE)),
      new Kind("office", Pattern.compile("\\boffices\\b", Pattern.CASE_INSENSITIVE)),
      new Kind("embassy", Pattern.compile("\\bembass(?:y|ies)\\b", Pattern.CASE_INSENSITIVE)),
      new Kind("consulate", Pattern.compile("\\bconsulates?(?:-general)?\\b", Pattern.CASE_INSENSITIVE)),
      new Kind("hotline", Pattern.compile("\\b(?:hotlines?|deconfliction (?:line|channel)s?)\\b", Pattern.CASE_INSENSITIVE)),
      new Kind("talks", Pattern.compile("\\b(?:talks|(?:strategic stability )?dialogue)\\b", Pattern.CASE_INSENSITIVE)));

  private static final Pattern STATE = Pattern.compile("\\b(suspen\\w*|clos\\w*|shut\\w*|revok\\w*|reduc\\w*|cut\\w*"
      + "|halv\\w*|expel\\w*|expul\\w*|withdr\\w*|reopen\\w*|restor\\w*|resum\\w*|open\\w*|establish\\w*|set up"
      + "|creat\\w*|conven\\w*|meet\\w*|met)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FIGURES = Pattern.compile("\\bfrom (\\d+|[a-z]+) to (\\d+|[a-z]+)\\b"
      + "|\\b(?:size|number|staff|strength) to (\\d+)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The ledger entries of a set of stories.
   *
   * @param events  the stories' events
   * @param storyOf event id → story id
   * @param stories the stories
   */
  public List<ChannelState> ledger(Collection<Event> events, Map<String, String> storyOf, Collection<Story> stories) {
    Map<String, Story> byId = new HashMap<>();
    for (Story s : stories) byId.put(s.id(), s);
    Map<String, List<Event>> sentences = new TreeMap<>();
    for (Event e : events) {
      if (e.evidence() == null || e.evidence().sentence() == null) continue;
      sentences.computeIfAbsent(e.docId() + "@" + e.evidence().start(), k -> new ArrayList<>()).add(e);
    }
    // story + channel → mentions (state, event)
    Map<String, List<Hit>> hits = new TreeMap<>();
    for (List<Event> here : sentences.values()) {
      here.sort(Comparator.comparing(Event::id));
      String sentence = here.get(0).evidence().sentence();
      boolean[] taken = new boolean[sentence.length()];
      for (Kind kind : KINDS) {
        Matcher m = kind.pattern().matcher(sentence);
        while (m.find()) {
          if (taken[m.start()]) continue;
          for (int i = m.start(); i < m.end(); i++) taken[i] = true;
          Event owner = mentionOf(here, sentence, m.start());
          if (owner == null || !countable(owner)) continue;
          String s = Pairs.source(owner);
          String t = Pairs.target(owner);
          if (s == null || t == null || s.equals(t)) continue;
          String state = stateNear(sentence, m.start(), m.end());
          if (state == null) continue;
          String storyId = storyOf.get(owner.id());
          if (storyId == null) continue;
          String channel = channelName(kind.name(), m.group(), sentence, m.start(), s, t);
          String keeper = keeper(kind.name(), sentence, m.start(), s, t);
          hits.computeIfAbsent(storyId + "\u0000" + channel, k -> new ArrayList<>())
              .add(new Hit(owner, kind.name(), keeper, state, figures(sentence)));
        }
      }
    }
    List<ChannelState> out = new ArrayList<>();
    for (Map.Entry<String, List<Hit>> e : hits.entrySet()) {
      String storyId = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
      String channel = e.getKey().substring(e.getKey().indexOf('\u0000') + 1);
      List<Hit> hs = e.getValue();
      Map<String, Integer> states = new TreeMap<>();
      for (Hit h : hs) states.merge(h.state, 1, Integer::sum);
      String state = top(states);
      List<Hit> agree = hs.stream().filter(h -> h.state.equals(state)).sorted(Comparator.comparing(h -> h.event.id())).toList();
      Map<String, Integer> dates = new TreeMap<>();
      Map<String, EventDate> dateOf = new HashMap<>();
      String figures = null;
      for (Hit h : agree) {
        if (h.event.date().isKnown()) {
          dates.merge(h.event.date().value(), 1, Integer::sum);
          dateOf.put(h.event.date().value(), h.event.date());
        }
        if (figures == null) figures = h.figures;
      }
      String dv = top(dates);
      EventDate date = dv == null ? byId.get(storyId).date() : dateOf.get(dv);
      // the status most of the mentions at that date give (a plan stays planned though others report it)
      Map<String, Integer> statuses = new TreeMap<>();
      for (Hit h : agree) {
        if (dv == null || dv.equals(h.event.date().value())) statuses.merge(statusOf(h.event).label(), 1, Integer::sum);
      }
      Status status = Status.fromLabel(top(statuses));
      Hit first = agree.get(0);
      out.add(new ChannelState(byId.get(storyId).pair(), channel, first.kind, first.keeper, state, date, status,
          storyId, first.event.id(), first.event.evidence().sentence(), figures, agree.size()));
    }
    out.sort(Comparator.comparing(ChannelState::channel)
        .thenComparing(c -> c.date().isKnown() ? c.date().firstDay().toString() : "9999")
        .thenComparing(ChannelState::storyId));
    return out;
  }

  private record Hit(Event event, String kind, String keeper, String state, String figures) {}

  private static boolean countable(Event e) {
    return e.status() == Status.ASSERTED || e.status() == Status.PLANNED || e.status() == Status.CLAIMED;
  }

  /**
   * The status a mention gives its channel: a threat (CAMEO 13) to close or suspend one — "Moscow would revoke the
   * accreditation of NATO's liaison mission" — is a change to come, planned, not one made.
   */
  private static Status statusOf(Event e) {
    return e.root().equals("13") && e.status() == Status.ASSERTED ? Status.PLANNED : e.status();
  }

  /** The mention whose trigger is nearest before {@code at}, else the nearest after. */
  private static Event mentionOf(List<Event> here, String sentence, int at) {
    Event before = null;
    int bp = -1;
    Event after = null;
    int ap = Integer.MAX_VALUE;
    for (Event e : here) {
      int p = ReactionLinker.position(e, sentence);
      if (p < 0) continue;
      if (p <= at && p > bp) {
        before = e;
        bp = p;
      } else if (p > at && p < ap) {
        after = e;
        ap = p;
      }
    }
    return before != null ? before : after;
  }

  /** The state the nearest state word gives: before the phrase preferred, after it when nearer. */
  static String stateNear(String sentence, int start, int end) {
    Matcher m = STATE.matcher(sentence);
    String before = null;
    int bd = Integer.MAX_VALUE;
    String after = null;
    int ad = Integer.MAX_VALUE;
    while (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      if (m.end() <= start) {
        if (start - m.end() < bd) {
          bd = start - m.end();
          before = w;
        }
      } else if (m.start() >= end && m.start() - end < ad) {
        ad = m.start() - end;
        after = w;
      }
    }
    String w = before != null && (after == null || bd <= ad + 10) ? before : after;
    if (w == null) return null;
    if (w.startsWith("suspen")) return "suspended";
    if (w.startsWith("clos") || w.startsWith("shut") || w.startsWith("revok")) return "closed";
    if (w.startsWith("reduc") || w.startsWith("cut") || w.startsWith("halv") || w.startsWith("expel")
        || w.startsWith("expul") || w.startsWith("withdr")) return "reduced";
    if (w.startsWith("reopen") || w.startsWith("restor") || w.startsWith("resum")) return "reopened";
    return "open";
  }

  private static String keeper(String kind, String sentence, int at, String source, String target) {
    boolean sourceOrg = source.startsWith("IGO") || source.startsWith("NGO");
    boolean targetOrg = target.startsWith("IGO") || target.startsWith("NGO");
    switch (kind) {
      case "council", "hotline", "talks" -> {
        return null;
      }
      default -> { }
    }
    if (sourceOrg != targetOrg) {
      String org = sourceOrg ? source : target;
      String state = sourceOrg ? target : source;
      return kind.equals("mission") || kind.equals("embassy") || kind.equals("consulate") ? state : org;
    }
    String before = sentence.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
    return before.matches(".*\\b(its|their|own)\\s+(\\w+\\s+)?$") ? source : target;
  }

  private static String channelName(String kind, String text, String sentence, int at, String source, String target) {
    String keeper = keeper(kind, sentence, at, source, target);
    String other = keeper == null ? null : keeper.equals(source) ? target : source;
    return switch (kind) {
      case "mission" -> keeper + " mission to " + other;
      case "liaison mission" -> keeper + " liaison mission in " + other;
      case "information office" -> keeper + " information office in " + other;
      case "office" -> keeper + " offices in " + other;
      case "embassy" -> keeper + " embassy in " + other;
      case "consulate" -> keeper + " consulate in " + other;
      case "council" -> text.contains("-") ? text : "council";
      case "hotline" -> "hotline";
      default -> text.toLowerCase(Locale.ROOT);
    };
  }

  private static String figures(String sentence) {
    Matcher m = FIGURES.matcher(sentence);
    return m.find() ? m.group() : null;
  }

  private static String top(Map<String, Integer> counts) {
    String best = null;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (best == null || c.getValue() > counts.get(best)) best = c.getKey();
    }
    return best;
  }
}
