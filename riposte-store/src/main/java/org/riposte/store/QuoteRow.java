package org.riposte.store;

import java.time.LocalDate;
import org.riposte.api.Quote;

/** A quote with the outlet, title and publication date of its article. */
public record QuoteRow(Quote quote, String outlet, String title, LocalDate published) {}
