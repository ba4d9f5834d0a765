package org.riposte.ingest;

import java.time.LocalDate;

/**
 * Options of the file ingest stage.
 *
 * @param published the publication date given by the user ({@code --published}); used for every article whose own
 *                  metadata has none, before any date detected in the text. Null when not given.
 * @param outlet    the outlet given by the user ({@code --outlet}); used for every article whose own metadata names
 *                  none, before any outlet detected in the text. Null when not given; never blank.
 * @param maxBytes  the largest input read, in bytes: a whole plain-text file, or one line of a JSON Lines file. A
 *                  larger input is reported as a problem without being read. Positive; {@link #DEFAULT_MAX_BYTES}
 *                  by default.
 */
public record IngestConfig(LocalDate published, String outlet, long maxBytes) {

  /** The default size limit: 10 MiB, far above any news report and well below what would strain memory. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** No overrides and the default size limit. */
  public static final IngestConfig DEFAULT = new IngestConfig(null, null, DEFAULT_MAX_BYTES);

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException when {@code maxBytes} is not positive or {@code outlet} is blank
   */
  public IngestConfig {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    if (outlet != null) {
      outlet = outlet.strip();
      if (outlet.isEmpty()) {
        throw new IllegalArgumentException("outlet must not be blank when given");
      }
    }
  }

  /** A copy with another publication date override (null for none). */
  public IngestConfig withPublished(LocalDate date) { return new IngestConfig(date, outlet, maxBytes); }

  /** A copy with another outlet override (null for none). */
  public IngestConfig withOutlet(String name) { return new IngestConfig(published, name, maxBytes); }

  /** A copy with another size limit. */
  public IngestConfig withMaxBytes(long limit) { return new IngestConfig(published, outlet, limit); }
}
