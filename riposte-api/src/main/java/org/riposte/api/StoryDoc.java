package org.riposte.api;

import java.time.LocalDate;

/**
 * What story building needs to know of an article: its outlet, its publication date and its near-duplicate group.
 *
 * @param id        the article id
 * @param outlet    the outlet, or null
 * @param published the publication date, or null
 * @param group     the near-duplicate group: the smallest article id among the copies of the same text (the
 *                  article's own id when it has no copy)
 * @param signature the article's MinHash signature as stored (an encoded string); null until computed
 * @param anchor    the date the article's undated mentions are read against: its publication date, else the latest
 *                  day- or week-precise date among its events; null when neither exists
 */
public record StoryDoc(String id, String outlet, LocalDate published, String group, String signature,
                       LocalDate anchor) {}
