package org.riposte.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A search over stored articles for {@link StoreReader#articles}: null fields do not filter.
 *
 * @param text   words of the title or the text, case-insensitive
 * @param outlet the outlet, case-insensitive, exact
 * @param since  published on or after
 * @param until  published on or before
 * @param sort   {@code published}, {@code -published} (default: newest first) or {@code title}
 * @param page   page number from 1
 * @param size   page size, 1 to 500
 */
public record ArticleSearch(String text, String outlet, LocalDate since, LocalDate until, String sort, int page,
                            int size) {

  /** The sort keys accepted. */
  public static final List<String> SORTS = List.of("published", "-published", "title");

  public ArticleSearch {
    sort = Paging.sort(sort, "-published", SORTS);
    Paging.check(page, size);
  }
}
