package org.riposte.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.riposte.api.Article;
import org.riposte.api.ChannelState;
import org.riposte.api.DatePrecision;
import org.riposte.api.Event;
import org.riposte.api.StoreException;
import org.riposte.api.StoryDoc;
import org.riposte.api.StoryStore;
import org.riposte.api.StoryUpdate;

/**
 * Keeps stories, reactions and channel ledgers up to date with the events of a store.
 *
 * <p><b>Incremental.</b> {@link #update} takes the articles whose events are not in stories yet, signs them
 * ({@link NearDuplicates}), regroups copies, and rebuilds only the party pairs that their events fall into (plus
 * the pairs of stories whose articles changed near-duplicate group); the stories, reactions and channel states of
 * every other pair stay as stored. Because story building, reaction linking and channel reading are each a function
 * of one pair's events and their articles' facts (see {@link StoryBuilder}), the result equals {@link #rebuild},
 * which forgets everything and updates from scratch.
 *
 * <p>Requires {@code EVENTS} in the store; produces stories, reactions, channel states and the events'
 * {@code storyId} and {@code reactsTo}. Not thread safe per store (one writer), stateless otherwise.
 */
public final class StoryStage {

  private final StoryConfig config;

  public StoryStage(StoryConfig config) { this.config = config; }

  /** What an update did. */
  public record Report(int articles, int pairs, int stories, int reactions, int channelStates) {
    public String summary() {
      return articles + (articles == 1 ? " article" : " articles") + " → " + stories + " stories in " + pairs
          + (pairs == 1 ? " pair" : " pairs") + ", " + reactions + " reactions, " + channelStates + " channel states";
    }
  }

  /** Brings the stories up to date with the articles saved since the last update. */
  public Report update(StoryStore store) throws StoreException {
    List<String> pending = store.pendingDocs();
    if (pending.isEmpty()) return new Report(0, 0, 0, 0, 0);
    Map<String, StoryDoc> docs = new TreeMap<>();
    for (StoryDoc d : store.docs()) docs.put(d.id(), d);
    List<Event> fresh = store.eventsOfDocs(pending);
    Map<String, List<Event>> freshByDoc = new HashMap<>();
    for (Event e : fresh) freshByDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e);

    // sign the new articles and regroup copies
    Map<String, NearDuplicates.Signature> signatures = new TreeMap<>();
    for (StoryDoc d : docs.values()) {
      if (d.signature() != null) signatures.put(d.id(), NearDuplicates.Signature.decode(d.signature()));
    }
    Map<String, Article> articles = new HashMap<>();
    for (Article a : store.articles(pending)) articles.put(a.id(), a);
    for (String id : pending) {
      Article a = articles.get(id);
      if (a != null) signatures.put(id, NearDuplicates.signature(a.text()));
    }
    Map<String, String> known = new HashMap<>();
    for (StoryDoc d : docs.values()) if (d.signature() != null) known.put(d.id(), d.group());
    Map<String, String> groups = new NearDuplicates(config.nearDuplicateContainment()).groups(signatures, known,
        pending);
    List<StoryDoc> changed = new ArrayList<>();
    Set<String> regrouped = new TreeSet<>();
    Set<String> pendingSet = new HashSet<>(pending);
    for (Map.Entry<String, String> g : groups.entrySet()) {
      StoryDoc old = docs.get(g.getKey());
      if (old == null) continue;
      boolean isNew = pendingSet.contains(g.getKey());
      if (!isNew && old.signature() != null && g.getValue().equals(old.group())) continue;
      LocalDate anchor = isNew ? anchor(old.published(), freshByDoc.getOrDefault(g.getKey(), List.of())) : old.anchor();
      StoryDoc now = new StoryDoc(old.id(), old.outlet(), old.published(), g.getValue(),
          signatures.get(g.getKey()).encode(), anchor);
      docs.put(now.id(), now);
      changed.add(now);
      if (!isNew) regrouped.add(now.id());
    }

    Set<String> pairs = new TreeSet<>();
    for (Event e : fresh) pairs.add(Pairs.pair(e));
    if (!regrouped.isEmpty()) pairs.addAll(store.pairsOfDocs(regrouped));
    Map<String, Event> events = new LinkedHashMap<>();
    for (Event e : store.eventsOfPairs(pairs)) events.put(e.id(), e);
    for (Event e : fresh) events.put(e.id(), e);

    StoryBuilder.Result built = new StoryBuilder(config).build(events.values(), docs);
    ReactionLinker.Result linked = new ReactionLinker(config).link(events.values(), built.storyOf(), built.stories());
    List<ChannelState> channels = new ChannelLedger().ledger(events.values(), built.storyOf(), built.stories());
    List<StoryUpdate.EventLink> links = new ArrayList<>();
    for (Event e : events.values()) {
      links.add(new StoryUpdate.EventLink(e.id(), Pairs.pair(e), built.storyOf().get(e.id()),
          linked.reactsTo().getOrDefault(e.id(), List.of())));
    }
    store.apply(new StoryUpdate(pairs, built.stories(), linked.reactions(), channels, links, changed,
        new HashSet<>(pending)));
    return new Report(pending.size(), pairs.size(), built.stories().size(), linked.reactions().size(),
        channels.size());
  }

  /** Forgets every story and builds them all again from the stored events. */
  public Report rebuild(StoryStore store) throws StoreException {
    store.clear();
    return update(store);
  }

  /** The publication date, else the latest day- or week-precise date among the article's events, else null. */
  static LocalDate anchor(LocalDate published, List<Event> events) {
    if (published != null) return published;
    LocalDate best = null;
    for (Event e : events) {
      DatePrecision p = e.date().precision();
      if (p != DatePrecision.DAY && p != DatePrecision.WEEK) continue;
      LocalDate d = e.date().lastDay();
      if (best == null || d.isAfter(best)) best = d;
    }
    return best;
  }
}
