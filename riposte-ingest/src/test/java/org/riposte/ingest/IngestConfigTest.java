package org.riposte.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

  @Test
  void defaultsAreTenMebibytesAndNoOverrides() {
    assertEquals(10L * 1024 * 1024, IngestConfig.DEFAULT.maxBytes());
    assertNull(IngestConfig.DEFAULT.published());
    assertNull(IngestConfig.DEFAULT.outlet());
  }

  @Test
  void maxBytesMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new IngestConfig(null, null, 0));
    assertThrows(IllegalArgumentException.class, () -> IngestConfig.DEFAULT.withMaxBytes(-1));
  }

  @Test
  void outletIsStrippedAndMustNotBeBlank() {
    assertEquals("Wire Desk", IngestConfig.DEFAULT.withOutlet("  Wire Desk ").outlet());
    assertThrows(IllegalArgumentException.class, () -> IngestConfig.DEFAULT.withOutlet("  "));
  }

  @Test
  void withersChangeOneField() {
    IngestConfig c = IngestConfig.DEFAULT.withPublished(LocalDate.of(2021, 10, 18)).withOutlet("Wire Desk");
    assertEquals(new IngestConfig(LocalDate.of(2021, 10, 18), "Wire Desk", IngestConfig.DEFAULT_MAX_BYTES), c);
  }
}
