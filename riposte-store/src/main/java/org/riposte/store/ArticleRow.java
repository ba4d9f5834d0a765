package org.riposte.store;

import java.time.LocalDate;

/** An article without its text, with the number of its events: a row of an article list. */
public record ArticleRow(String id, String url, String outlet, LocalDate published, String title, String language,
                         long events) {}
