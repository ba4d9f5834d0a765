package org.riposte.coding;

import java.util.List;

/** The gold-set formats {@code riposte eval} reads, with the levels each one labels and its usual file. */
public enum GoldFormat {
  /** PLOVER gold records: a JSON array of events with source and target actors and a PLOVER (0.5) type. */
  PLOVER(List.of(EvalLevel.PLOVER), "dev-gold/PLOVER_GSR_CAMEO.txt"),
  /** The CAMEO codebook (CSV with a header; columns {@code code} and {@code example}): one example sentence a code. */
  CODEBOOK(List.of(EvalLevel.ROOT, EvalLevel.CODE3, EvalLevel.PLOVER), "codebook/cameo-codes.csv"),
  /** Sentences with a five-class label: tab-separated, the last column 0–4. */
  FIVECLASS(List.of(EvalLevel.FIVECLASS), "dev-gold/conflibert-train/cameo_class_train.tsv"),
  /** Tokens with BIO tags ({@code B-S}/{@code I-S} source, {@code B-T}/{@code I-T} target), one a line; blank lines between sentences. */
  SPANS(List.of(), "dev-gold/conflibert-train/cameo_ner_train.txt");

  private final List<EvalLevel> levels;
  private final String defaultPath;

  GoldFormat(List<EvalLevel> levels, String defaultPath) {
    this.levels = levels;
    this.defaultPath = defaultPath;
  }

  /** The levels this format gives a label for (none for spans, which only give actors). */
  public List<EvalLevel> levels() { return levels; }

  /** The file's path inside the shared reference folder ({@code ../shared/reference}). */
  public String defaultPath() { return defaultPath; }

  public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
