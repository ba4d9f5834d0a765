package org.riposte.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.riposte.api.IngestException;
import org.riposte.api.SourceRecord;

/** Test helper: runs a stage and collects what it hands to the sink. */
final class TestRecords {

  private TestRecords() {}

  static List<SourceRecord> read(IngestConfig config, Path... inputs) throws IngestException {
    List<SourceRecord> out = new ArrayList<>();
    new FileIngestStage(config).read(List.of(inputs), out::add);
    return out;
  }

  static List<SourceRecord> read(Path... inputs) throws IngestException {
    return read(IngestConfig.DEFAULT, inputs);
  }

  static SourceRecord only(List<SourceRecord> records) {
    if (records.size() != 1) throw new AssertionError("expected one record, got " + records);
    return records.get(0);
  }
}
