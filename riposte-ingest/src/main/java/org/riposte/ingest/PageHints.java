package org.riposte.ingest;

import java.time.LocalDate;

/**
 * What the container of a page knows about it (a feed item, a WARC record), used where the page's own metadata is
 * silent. Any field may be null; {@link #NONE} has none.
 *
 * @param title     a title to use when the page has none (a feed item's title)
 * @param published a publication date that counts as metadata (a feed item's date): after the page's own, before the
 *                  user's override and the text
 * @param outlet    an outlet that counts as metadata (a feed's title)
 * @param crawled   a date of last resort, after everything the text states (a WARC record's WARC-Date)
 */
public record PageHints(String title, LocalDate published, String outlet, LocalDate crawled) {

  /** No hints. */
  public static final PageHints NONE = new PageHints(null, null, null, null);
}
