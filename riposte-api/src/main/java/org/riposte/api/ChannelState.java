package org.riposte.api;

/**
 * One entry of a channel ledger: what a story did to a channel between two parties, with the evidence.
 *
 * @param pair     the undirected party pair ({@code IGOWSTNAT|RUS})
 * @param channel  the channel's name ("RUS permanent mission to IGOWSTNAT", "IGOWSTNAT information office in RUS")
 * @param kind     the kind of channel ({@code mission}, {@code liaison mission}, {@code information office},
 *                 {@code embassy}, {@code consulate}, {@code office}, {@code council}, {@code hotline}, {@code talks})
 * @param owner    the party that keeps the channel (a mission's sending party); null for shared formats
 * @param state    {@code open}, {@code reduced}, {@code suspended}, {@code closed} or {@code reopened}
 * @param date     when the state holds (for a planned change, the date it takes effect)
 * @param status   asserted, planned, claimed (as reported)
 * @param storyId  the story that changed it
 * @param eventId  the mention whose sentence is the evidence
 * @param evidence the sentence
 * @param figures  numbers the sentence gives ("from 30 to 20"), or null
 * @param mentions how many mentions of the story say the same
 */
public record ChannelState(String pair, String channel, String kind, String owner, String state, EventDate date,
                           Status status, String storyId, String eventId, String evidence, String figures,
                           int mentions) {

  public ChannelState {
    if (date == null) date = EventDate.UNKNOWN;
  }
}
