package org.riposte.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n}, dropping a {@code \r} before it, and keeps track of line numbers
 * and byte offsets. A line longer than the limit is skipped without being held in memory: only its length is kept.
 * Not thread safe; does not close the stream.
 *
 * <p>Design decision: lines are split on bytes, before decoding, so that a malformed UTF-8 sequence on one line of
 * a JSON Lines file spoils that line only, and its byte offset in the file can be reported.
 */
final class ByteLines {

  /**
   * One line.
   *
   * @param number 1-based line number
   * @param offset byte offset of the line's first byte in the stream
   * @param bytes  the line's bytes without the line end, or null when the line was over the limit
   * @param length the line's length in bytes without the line end
   */
  record Line(int number, long offset, byte[] bytes, long length) {
    boolean oversize() { return bytes == null; }
  }

  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] chunk = new byte[CHUNK];
  private int pos;
  private int end;
  private long consumed;
  private int number;
  private boolean eof;

  ByteLines(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. A final line without a line end is returned too. */
  Line next() throws IOException {
    long start = consumed + pos;
    byte[] buf = new byte[256];
    int len = 0;
    long total = 0;
    int last = -1;
    boolean sawEnd = false;
    while (!sawEnd) {
      if (pos >= end && !fill()) break;
      int i = pos;
      while (i < end && chunk[i] != '\n') i++;
      int n = i - pos;
      if (n > 0) last = chunk[i - 1];
      if (total + n <= maxLineBytes + 1) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        System.arraycopy(chunk, pos, buf, len, n);
        len += n;
      }
      total += n;
      sawEnd = i < end;
      pos = sawEnd ? i + 1 : i;
    }
    if (!sawEnd && total == 0) return null;
    number++;
    if (last == '\r') {
      total--;
      if (len > total) len--;
    }
    if (total > maxLineBytes) return new Line(number, start, null, total);
    return new Line(number, start, Arrays.copyOf(buf, len), total);
  }

  private boolean fill() throws IOException {
    consumed += end;
    pos = 0;
    end = 0;
    if (eof) return false;
    int n = in.readNBytes(chunk, 0, CHUNK);
    if (n <= 0) {
      eof = true;
      return false;
    }
    end = n;
    return true;
  }
}
