package org.riposte.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A news report as Riposte stores it.
 *
 * @param id        SHA-256 (hex) of the whitespace-folded normalised text: see {@link #idOf(String)}
 * @param url       where it came from (a URL or a file URI); may be null
 * @param outlet    the publishing outlet; may be null when unknown
 * @param published publication date; null when unknown (relative dates then stay unresolved)
 * @param title     headline; may be null
 * @param language  ISO 639-1 code, e.g. {@code en}
 * @param text      the normalised text (see {@link #normalise(String)}); every offset indexes into it
 */
public record Article(String id, String url, String outlet, LocalDate published, String title, String language,
                      String text) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (language == null) language = "en";
  }

  /** Builds an article from raw text: normalises it and derives the id. */
  public static Article of(String url, String outlet, LocalDate published, String title, String rawText) {
    String text = normalise(rawText);
    return new Article(idOf(text), url, outlet, published, title, "en", text);
  }

  /** A copy with another publication date (the id, which depends only on the text, is unchanged). */
  public Article withPublished(LocalDate date) {
    return new Article(id, url, outlet, date, title, language, text);
  }

  /** A copy with another outlet. */
  public Article withOutlet(String newOutlet) {
    return new Article(id, url, newOutlet, published, title, language, text);
  }

  /**
   * The text Riposte stores: Unicode NFC, byte-order marks (U+FEFF, anywhere) removed, line ends as {@code \n}, trailing blanks
   * of each line removed, the whole trimmed. Idempotent.
   */
  public static String normalise(String raw) {
    String s = raw.replace("\uFEFF", "");
    s = Normalizer.normalize(s, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.split("\n", -1)) {
      out.append(line.stripTrailing()).append('\n');
    }
    return out.toString().strip();
  }

  /**
   * The article id: SHA-256 (lower-case hex) of the text with every run of white space folded to one space, so that
   * a re-wrapped copy of the same text gets the same id.
   */
  public static String idOf(String normalisedText) {
    String folded = normalisedText.strip().replaceAll("\\s+", " ");
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
