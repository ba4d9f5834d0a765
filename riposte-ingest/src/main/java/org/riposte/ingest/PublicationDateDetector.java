package org.riposte.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds the publication date that a news text states about itself. Stateless and thread safe.
 *
 * <p>Only the edges of the text are read: the first and the last three non-empty lines.
 * The shapes, in the order they are trusted:
 * <ol>
 *   <li>a closing line naming outlet and date, among the last lines: {@code The Globe and Mail, October 21, 2021},
 *       {@code — The Example Times, 21 October 2021};</li>
 *   <li>a dateline among the first lines: {@code BRUSSELS (AP) — October 18, 2021 —},
 *       {@code OSLO, 18 October 2021 —};</li>
 *   <li>a line that is only a date, bare or labelled, among the first lines and then the last:
 *       {@code Published: 18 October 2021}, {@code Monday, October 18, 2021}, {@code 2021-10-18};</li>
 *   <li>the same with an "Updated" or "Last modified" label, which names a later day than publication and so comes
 *       last.</li>
 * </ol>
 * Month names may be full or abbreviated ({@code Oct}, {@code Oct.}, {@code Sept.}); dates may be day-month-year,
 * month-day-year or ISO 8601.
 *
 * <p>Design decision: nothing is guessed. A dateline without a year ({@code MOSCOW, Oct 18 (Reuters) -}) gives no
 * date, a date inside a sentence is the date of an event rather than of the article and is ignored, and when no
 * shape matches the answer is empty, never "today": later stages then leave relative dates unresolved.
 */
public final class PublicationDateDetector {

  /** Creates a detector. */
  public PublicationDateDetector() {}

  /**
   * The publication date {@code text} states, or empty when it states none.
   *
   * @param text the article text (raw or normalised)
   */
  public Optional<LocalDate> detect(String text) {
    List<String> head = Datelines.head(text);
    List<String> tail = Datelines.tailFromEnd(text);
    for (String line : tail) {
      Optional<Datelines.Closing> c = Datelines.closing(line);
      if (c.isPresent()) return Optional.of(c.get().date());
    }
    for (String line : head) {
      Optional<Datelines.Dateline> d = Datelines.dateline(line);
      if (d.isPresent() && d.get().date() != null) return Optional.of(d.get().date());
    }
    Optional<LocalDate> published = dateLine(head, tail, false);
    return published.isPresent() ? published : dateLine(head, tail, true);
  }

  private static Optional<LocalDate> dateLine(List<String> head, List<String> tail, boolean updated) {
    for (List<String> lines : List.of(head, tail)) {
      for (String line : lines) {
        Optional<Datelines.DateLine> d = Datelines.dateLine(line);
        if (d.isPresent() && d.get().updated() == updated) return Optional.of(d.get().date());
      }
    }
    return Optional.empty();
  }
}
