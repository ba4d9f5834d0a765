package org.riposte.api;

import java.util.List;
import java.util.Set;

/**
 * Everything one story update replaces, written in one transaction by {@link StoryStore#apply}.
 *
 * @param pairs     the party pairs recomputed: their earlier stories, reactions and channel states are replaced
 * @param stories   the new stories of those pairs
 * @param reactions the new reactions of those pairs
 * @param channels  the new channel states of those pairs
 * @param links     each event of those pairs with its pair, story and reactsTo
 * @param docs      articles whose signature or near-duplicate group is new or changed
 * @param done      articles whose events are now in stories
 */
public record StoryUpdate(Set<String> pairs, List<Story> stories, List<Reaction> reactions,
                          List<ChannelState> channels, List<EventLink> links, List<StoryDoc> docs,
                          Set<String> done) {

  public StoryUpdate {
    pairs = Set.copyOf(pairs);
    stories = List.copyOf(stories);
    reactions = List.copyOf(reactions);
    channels = List.copyOf(channels);
    links = List.copyOf(links);
    docs = List.copyOf(docs);
    done = Set.copyOf(done);
  }

  /**
   * One event's place in the stories.
   *
   * @param eventId  the event
   * @param pair     its undirected party pair
   * @param storyId  its story
   * @param reactsTo the events it answers
   */
  public record EventLink(String eventId, String pair, String storyId, List<String> reactsTo) {
    public EventLink {
      reactsTo = reactsTo == null ? List.of() : List.copyOf(reactsTo);
    }
  }
}
