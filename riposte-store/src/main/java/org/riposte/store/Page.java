package org.riposte.store;

import java.util.List;

/**
 * One page of a paged list: the items of page {@code page} (1-based) of {@code size} items each, and how many items
 * match in all.
 *
 * @param items the items of this page (at most {@code size})
 * @param page  the page number, from 1
 * @param size  the page size asked for
 * @param total every item matching the search, over all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }
}
