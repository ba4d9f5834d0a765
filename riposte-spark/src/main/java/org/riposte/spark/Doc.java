package org.riposte.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.riposte.api.Article;
import org.riposte.api.Outcome;
import org.riposte.api.SourceRecord;

/**
 * A {@link SourceRecord} in the form Spark moves between JVMs: an article, or the outcome already decided for the
 * input (unreadable, empty, a repeat of another input).
 */
final class Doc implements Serializable {
  private static final long serialVersionUID = 1L;

  final String origin;
  final String id;
  final String url;
  final String outlet;
  final String published;
  final String title;
  final String language;
  final String text;
  /** The outcome when the document is not to be analysed: {@code SKIPPED} or {@code FAILED}; null otherwise. */
  final Outcome.Kind decided;
  final String reason;

  private Doc(String origin, Article a, Outcome.Kind decided, String reason) {
    this.origin = origin;
    this.id = a == null ? null : a.id();
    this.url = a == null ? null : a.url();
    this.outlet = a == null ? null : a.outlet();
    this.published = a == null || a.published() == null ? null : a.published().toString();
    this.title = a == null ? null : a.title();
    this.language = a == null ? null : a.language();
    this.text = a == null ? null : a.text();
    this.decided = decided;
    this.reason = reason;
  }

  /**
   * The document for a record: its article, or (as {@code riposte ingest} decides) skipped when the input was empty
   * and failed for any other problem.
   */
  static Doc of(SourceRecord r) {
    if (r.ok()) return new Doc(r.origin(), r.article(), null, null);
    boolean empty = r.problem().toLowerCase(java.util.Locale.ROOT).startsWith("empty");
    return new Doc(r.origin(), null, empty ? Outcome.Kind.SKIPPED : Outcome.Kind.FAILED, r.problem());
  }

  /** This document, skipped because another input of the run has the same text. */
  Doc repeat() {
    return new Doc(origin, article(), Outcome.Kind.SKIPPED, "same text as an earlier input of this run");
  }

  /** Whether the document is to be analysed. */
  boolean toAnalyse() { return decided == null; }

  /** The article, or null when the input gave none. */
  Article article() {
    if (text == null) return null;
    return new Article(id, url, outlet, published == null ? null : LocalDate.parse(published), title, language, text);
  }

  /** The outcome decided without analysis; only when {@link #toAnalyse()} is false. */
  Outcome outcome() {
    return new Outcome(origin, id, decided, reason);
  }
}
