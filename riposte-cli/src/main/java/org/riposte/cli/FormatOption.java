package org.riposte.cli;

import picocli.CommandLine.Option;

/** {@code --format table|jsonl|csv}: the output option of the listing commands (events, articles, quotes, actors). */
final class FormatOption {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  Format format;
}
