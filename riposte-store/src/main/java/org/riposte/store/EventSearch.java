package org.riposte.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.riposte.api.Status;

/**
 * A search over stored events for {@link StoreReader#events}: filters (null fields do not filter), a sort and a page.
 *
 * @param actor     source or target: its code starts with it ({@code RUS} matches {@code RUSGOV}) or its country
 *                  equals it (as {@link org.riposte.api.EventQuery#actor})
 * @param source    the same test on the source only
 * @param target    the same test on the target only
 * @param root      CAMEO root or code prefix ({@code 16}, {@code 161})
 * @param plover    PLOVER event type, case-insensitive ({@code SANCTION})
 * @param quadClass QuadClass 1 to 4
 * @param statuses  only these statuses (empty = any)
 * @param since     earliest event date (its first day, inclusive)
 * @param until     latest event date (inclusive)
 * @param outlet    the article's outlet, case-insensitive, exact
 * @param text      words of the evidence sentence or the article's title, case-insensitive
 * @param storyId   only mentions of this story
 * @param docId     only events of this article
 * @param sort      {@code date}, {@code -date} (default: newest first), {@code goldstein} or {@code -goldstein}
 * @param page      page number from 1
 * @param size      page size, 1 to 500
 */
public record EventSearch(String actor, String source, String target, String root, String plover, Integer quadClass,
                          Set<Status> statuses, LocalDate since, LocalDate until, String outlet, String text,
                          String storyId, String docId, String sort, int page, int size) {

  /** The sort keys accepted. */
  public static final List<String> SORTS = List.of("date", "-date", "goldstein", "-goldstein");

  public EventSearch {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
      throw new IllegalArgumentException("quadClass must be 1 to 4, was " + quadClass);
    }
    sort = Paging.sort(sort, "-date", SORTS);
    Paging.check(page, size);
  }

  /** Every event, newest first, in pages of {@code size}. */
  public static EventSearch all(int page, int size) {
    return new EventSearch(null, null, null, null, null, null, Set.of(), null, null, null, null, null, null, null,
        page, size);
  }

  /** The mentions of one story, oldest first, up to 500. */
  public static EventSearch ofStory(String storyId) {
    return new EventSearch(null, null, null, null, null, null, Set.of(), null, null, null, null, storyId, null, "date",
        1, Paging.MAX_SIZE);
  }

  /** The events of one article (up to 500), in text order. */
  public static EventSearch ofArticle(String docId) {
    return new EventSearch(null, null, null, null, null, null, Set.of(), null, null, null, null, null, docId, "date",
        1, Paging.MAX_SIZE);
  }
}
