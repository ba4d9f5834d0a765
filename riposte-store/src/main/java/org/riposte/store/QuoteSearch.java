package org.riposte.store;

/**
 * A search over stored quotes for {@link StoreReader#quotes}: null fields do not filter. Quotes come newest article
 * first, in text order within an article.
 *
 * @param speaker words of the speaker's name, case-insensitive (as {@link org.riposte.api.QuoteQuery#speaker})
 * @param actor   the speaker's code starts with it, or its country equals it
 * @param text    words of the quotation, case-insensitive
 * @param docId   only quotes of this article
 * @param page    page number from 1
 * @param size    page size, 1 to 500
 */
public record QuoteSearch(String speaker, String actor, String text, String docId, int page, int size) {

  public QuoteSearch {
    Paging.check(page, size);
  }
}
