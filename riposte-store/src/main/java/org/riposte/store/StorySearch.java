package org.riposte.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.riposte.api.Status;

/**
 * A search over stories for {@link StoreReader#stories(StorySearch)}: null fields do not filter.
 *
 * @param pair     the pair key ({@code IGOWSTNAT|RUS}, parties sorted)
 * @param actor    a party on either side ({@code RUS})
 * @param root     CAMEO root or code prefix of the story's code
 * @param statuses only these statuses (empty = any)
 * @param since    the story's date (first day) on or after
 * @param until    the story's date on or before
 * @param text     words of the story's label, or of a mention's evidence sentence or article title, case-insensitive
 * @param sort     {@code date}, {@code -date} (default: newest first), {@code sources} or {@code -sources}
 * @param page     page number from 1
 * @param size     page size, 1 to 500
 */
public record StorySearch(String pair, String actor, String root, Set<Status> statuses, LocalDate since,
                          LocalDate until, String text, String sort, int page, int size) {

  /** The sort keys accepted. */
  public static final List<String> SORTS = List.of("date", "-date", "sources", "-sources");

  public StorySearch {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    sort = Paging.sort(sort, "-date", SORTS);
    Paging.check(page, size);
  }
}
