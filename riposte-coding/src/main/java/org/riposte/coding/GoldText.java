package org.riposte.coding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a gold file. Strict UTF-8 when the bytes are UTF-8. Otherwise Windows-1252, with the mojibake
 * of text that was once UTF-8, read as Mac Roman and saved as Windows-1252 repaired: a run of non-ASCII characters
 * such as {@code ‚Äô} becomes the character it stood for ({@code ’}) when its Mac Roman bytes are valid UTF-8; any
 * other run is kept as decoded. So an example sentence such as "Ghana’s president" reaches the pipeline as written,
 * not as "Ghana‚Äôs" or "Ghana���s", which the tokenizer and parser would misread.
 */
final class GoldText {
  private GoldText() {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

  /** The text of {@code bytes}, as described above. */
  static String decode(byte[] bytes) {
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) return utf8;
    String s = new String(bytes, WINDOWS_1252);
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < s.length() && s.charAt(end) >= 0x80) end++;
      out.append(repair(s.substring(i, end)));
      i = end;
    }
    return out.toString();
  }

  private static String repair(String run) {
    CharsetEncoder enc = MAC_ROMAN.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer b = enc.encode(CharBuffer.wrap(run));
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      String fixed = strictUtf8(bytes);
      return fixed != null ? fixed : run;
    } catch (CharacterCodingException e) {
      return run;
    }
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
