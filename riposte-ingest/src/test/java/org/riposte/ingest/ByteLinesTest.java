package org.riposte.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

  private static List<ByteLines.Line> lines(String s, long limit) throws IOException {
    ByteLines b = new ByteLines(new ByteArrayInputStream(s.getBytes(UTF_8)), limit);
    List<ByteLines.Line> out = new ArrayList<>();
    for (ByteLines.Line l = b.next(); l != null; l = b.next()) out.add(l);
    return out;
  }

  @Test
  void splitsOnLineFeedAndDropsCarriageReturn() throws IOException {
    List<ByteLines.Line> l = lines("ab\r\n\ncd", 100);
    assertEquals(3, l.size());
    assertArrayEquals("ab".getBytes(UTF_8), l.get(0).bytes());
    assertArrayEquals(new byte[0], l.get(1).bytes());
    assertArrayEquals("cd".getBytes(UTF_8), l.get(2).bytes());
    assertEquals(List.of(1, 2, 3), l.stream().map(ByteLines.Line::number).toList());
    assertEquals(List.of(0L, 4L, 5L), l.stream().map(ByteLines.Line::offset).toList());
  }

  @Test
  void finalLineEndDoesNotAddALine() throws IOException {
    assertEquals(1, lines("only\n", 100).size());
    assertEquals(0, lines("", 100).size());
  }

  @Test
  void longLineIsMarkedOversizeWithItsLength() throws IOException {
    List<ByteLines.Line> l = lines("x".repeat(10) + "\r\nshort\n", 8);
    assertTrue(l.get(0).oversize());
    assertNull(l.get(0).bytes());
    assertEquals(10, l.get(0).length());
    assertArrayEquals("short".getBytes(UTF_8), l.get(1).bytes());
    assertEquals(12, l.get(1).offset());
  }

  @Test
  void lineExactlyAtTheLimitIsKept() throws IOException {
    List<ByteLines.Line> l = lines("12345678\r\n", 8);
    assertArrayEquals("12345678".getBytes(UTF_8), l.get(0).bytes());
  }

  @Test
  void linesLongerThanTheReadChunkAreJoined() throws IOException {
    String longLine = "y".repeat(200_000);
    List<ByteLines.Line> l = lines(longLine + "\nend", 1_000_000);
    assertEquals(longLine, new String(l.get(0).bytes(), UTF_8));
    assertEquals(200_001, l.get(1).offset());
  }
}
