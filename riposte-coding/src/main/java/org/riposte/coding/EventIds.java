package org.riposte.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.riposte.api.Actor;

/** Deterministic event and quote ids: the first 16 bytes (32 hex digits) of a SHA-256 over what identifies the event. */
final class EventIds {
  private EventIds() {}

  /**
   * The id of an event: document, sentence index, trigger token index, CAMEO code and the source and target codes
   * (their names when uncoded).
   */
  static String of(String docId, int sentence, int trigger, String cameo, Actor source, Actor target) {
    String key = docId + '\u0001' + sentence + '\u0001' + trigger + '\u0001' + cameo + '\u0001' + key(source)
        + '\u0001' + key(target);
    return digest(key);
  }

  /** The id of a quotation: document and the offsets of its words. */
  static String ofQuote(String docId, int start, int end) {
    return digest(docId + '\u0001' + "quote" + '\u0001' + start + '\u0001' + end);
  }

  private static String digest(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  private static String key(Actor a) {
    if (a == null) return "-";
    return a.isCoded() ? a.code() : "?" + a.name();
  }
}
