package org.riposte.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.riposte.api.IngestException;

/**
 * Byte-level checks on an input before it is taken for text: binary content, strict UTF-8 decoding, the size limit.
 * Each failing check yields one line naming the problem, for {@link org.riposte.api.SourceRecord#problem}. Stateless
 * and thread safe.
 */
final class ContentChecks {

  /** How many leading bytes the control-character share is measured on. */
  static final int SNIFF_BYTES = 8192;

  /** Above this share of control characters (in percent) an input is taken for binary. */
  static final int MAX_CONTROL_PERCENT = 10;

  private ContentChecks() {}

  /**
   * Why {@code bytes[0..length)} is binary rather than text, or empty when it looks like text. Binary means a NUL
   * byte anywhere, or more than {@value #MAX_CONTROL_PERCENT}% control characters (other than tab, line feed,
   * form feed, carriage return and escape) in the first {@value #SNIFF_BYTES} bytes. The caller prefixes the
   * answer with what was checked ("binary file: ").
   *
   * @param fileOffset where {@code bytes[0]} lies in the file, so the message names the file's byte offset
   */
  static Optional<String> binary(byte[] bytes, int length, long fileOffset) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) return Optional.of("NUL byte at byte offset " + (fileOffset + i));
    }
    int n = Math.min(length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      boolean allowed = b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == 0x1B;
      if ((b < 0x20 && !allowed) || b == 0x7F) control++;
    }
    if (n > 0 && control * 100L > (long) n * MAX_CONTROL_PERCENT) {
      return Optional.of(String.format(Locale.ROOT, "%d%% of the first %d bytes are control characters",
          control * 100L / n, n));
    }
    return Optional.empty();
  }

  /**
   * Decodes {@code bytes[offset..offset+length)} as strict UTF-8.
   *
   * @param fileOffset where {@code bytes[offset]} lies in the file, so the message names the file's byte offset
   * @throws IngestException naming the byte offset of the first malformed sequence; the caller prefixes the
   *                         message with what was decoded ("not UTF-8: ")
   */
  static String utf8(byte[] bytes, int offset, int length, long fileOffset) throws IngestException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) result = decoder.flush(out);
    if (result.isError()) {
      int at = in.position();
      throw new IngestException(String.format(Locale.ROOT,
          "invalid byte sequence at byte offset %d (byte 0x%02X)",
          fileOffset + at - offset, bytes[at] & 0xFF));
    }
    if (result.isOverflow()) {
      throw new IllegalStateException("UTF-8 decoded to more chars than bytes");
    }
    out.flip();
    return out.toString();
  }

  /** The problem of an XML document that is neither an HTML page nor an RSS/Atom feed. */
  static final String OTHER_XML = "XML markup that is neither an HTML page nor an RSS/Atom feed (Riposte reads"
      + " HTML pages, RSS and Atom feeds, WARC files, plain text and JSON Lines)";

  /** Names of markup files, which plain-text reading would take with their tags. */
  private static final Pattern MARKUP_NAME =
      Pattern.compile("(?i).*\\.(html?|xhtml|xml|rss|atom|svg)$");
  /** The opening of an HTML, XML, RSS or Atom document. */
  private static final Pattern MARKUP_START =
      Pattern.compile("(?i)^\\s*(<!doctype\\s|<\\?xml[\\s?]|<(html|head|body|rss|feed)[\\s>])");

  /**
   * Why a file is markup rather than plain text (its name ends in {@code .html}, {@code .xml}, {@code .rss} …, or its
   * text opens an HTML, XML, RSS or Atom document), or empty. Read as plain text its tags would be coded as words.
   */
  static Optional<String> markup(String fileName, String text) {
    if (MARKUP_NAME.matcher(fileName).matches() || MARKUP_START.matcher(text).lookingAt()) {
      return Optional.of(OTHER_XML);
    }
    return Optional.empty();
  }

  /** The problem line for an input of {@code size} bytes over {@code limit}. */
  static String tooLarge(String what, long size, long limit) {
    return what + " larger than the limit: " + size + " bytes, limit " + limit + " bytes";
  }
}
