package org.riposte.store;

import java.time.LocalDate;
import org.riposte.api.Event;

/** An event with the outlet, title and publication date of its article. */
public record EventRow(Event event, String outlet, String title, LocalDate published) {}
