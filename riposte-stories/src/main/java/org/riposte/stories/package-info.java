/**
 * From events to the state of a relationship: stories across outlets, reactions, channels, dyad series and the
 * escalation question.
 *
 * <h2>Roles</h2>
 * <ul>
 *   <li>{@link org.riposte.stories.StoryStage} keeps a store's stories up to date, incrementally
 *       ({@link org.riposte.stories.StoryStage#update}) or from scratch ({@link org.riposte.stories.StoryStage#rebuild});
 *       {@link org.riposte.stories.StoryConfig} holds its settings; {@link org.riposte.stories.StoryEvaluator} scores
 *       story assignments against gold groups.</li>
 *   <li>{@link org.riposte.stories.NearDuplicates}: republished copies of one article (MinHash over word shingles).</li>
 *   <li>{@link org.riposte.stories.StoryBuilder}: mentions of one act merged into a story.</li>
 *   <li>{@link org.riposte.stories.ReactionLinker}: explicit ("in retaliation for") and window reaction links.</li>
 *   <li>{@link org.riposte.stories.ChannelLedger}: missions, offices, councils, talks and their states.</li>
 *   <li>{@link org.riposte.stories.DyadAnalyzer}: series, escalation index, reciprocity and verdict (definitions and
 *       limits in its javadoc); {@link org.riposte.stories.DyadSummarizer}: per-pair totals over events or stories.</li>
 * </ul>
 *
 * <h2>Hints, tips and traps</h2>
 * <ul>
 *   <li>Pairs are counted at party level ({@link org.riposte.api.Actor#party()}: {@code RUSGOV} and {@code RUSDIP} are
 *       both {@code RUS}), so a minister and his government add to the same pair and can tell the same story.</li>
 *   <li>Everything is computed per undirected party pair: that is what lets an update rebuild only the pairs new
 *       articles touch and still equal a full rebuild. Keep any new rule within one pair's events.</li>
 *   <li>Events whose source or target is uncoded, or whose two sides are the same party, belong to no dyad.</li>
 *   <li>Only asserted, claimed and planned acts count towards balances: a denied or hypothetical act did not happen.
 *       Negated and hypothetical mentions still get stories of their own, so every event has a story id.</li>
 *   <li>Reaction cues and channel phrases are read from the evidence sentence stored with each event, after coding;
 *       the coder is not involved, so tuning it changes the inputs, not these rules.</li>
 * </ul>
 */
package org.riposte.stories;
