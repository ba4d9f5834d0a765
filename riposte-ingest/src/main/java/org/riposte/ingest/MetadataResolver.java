package org.riposte.ingest;

import java.time.LocalDate;

/**
 * Decides an article's publication date and outlet from the three places they can come from, in this order: the
 * input's own metadata (the fields of a JSON Lines record), the user's overrides ({@link IngestConfig#published()},
 * {@link IngestConfig#outlet()}), and what the text states about itself ({@link PublicationDateDetector},
 * {@link OutletDetector}). The first that has a value wins; when none has, the answer is null. Thread safe.
 */
final class MetadataResolver {

  private final IngestConfig config;
  private final PublicationDateDetector dates = new PublicationDateDetector();
  private final OutletDetector outlets = new OutletDetector();

  MetadataResolver(IngestConfig config) {
    this.config = config;
  }

  /** The publication date: {@code fromMetadata}, else the override, else the one the text states, else null. */
  LocalDate published(LocalDate fromMetadata, String text) {
    if (fromMetadata != null) return fromMetadata;
    if (config.published() != null) return config.published();
    return dates.detect(text).orElse(null);
  }

  /** The outlet: {@code fromMetadata}, else the override, else the one the text names, else null. */
  String outlet(String fromMetadata, String text) {
    if (fromMetadata != null) return fromMetadata;
    if (config.outlet() != null) return config.outlet();
    return outlets.detect(text).orElse(null);
  }
}
