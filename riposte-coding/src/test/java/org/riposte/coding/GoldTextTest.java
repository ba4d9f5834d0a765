package org.riposte.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldTextTest {

  /** What a UTF-8 text becomes when it is read as Mac Roman and saved as Windows-1252. */
  private static byte[] mangled(String text) {
    String misread = new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
    return misread.getBytes(Charset.forName("windows-1252"));
  }

  @Test
  void utf8IsReadAsItIs() {
    String s = "Ghana’s envoy said “no” — twice, for €5.";
    assertEquals(s, GoldText.decode(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void macRomanMojibakeSavedAsWindows1252IsRepaired() {
    String s = "Ghana’s envoy said “no” — twice, and ‘maybe’ – once.";
    byte[] bytes = mangled(s);
    assertEquals((byte) 0x82, bytes[5]); // the mojibake of ’ starts with ‚ (0x82 in Windows-1252)
    assertEquals(s, GoldText.decode(bytes));
  }

  @Test
  void plainWindows1252StaysAsDecoded() {
    String s = "Café in Zürich, 5 €";
    assertEquals(s, GoldText.decode(s.getBytes(Charset.forName("windows-1252"))));
  }

  @Test
  void theCodebookReaderTakesARepairedExample(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("codebook.csv");
    byte[] head = "code,name,example\n".getBytes(StandardCharsets.US_ASCII);
    byte[] row = mangled("0311,Express intent to cooperate economically,\"Oman’s minister pledged trade.\"\n");
    byte[] all = new byte[head.length + row.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(row, 0, all, head.length, row.length);
    Files.write(csv, all);
    GoldSet set = CodebookGoldReader.read(csv);
    assertEquals(1, set.sentences().size());
    assertEquals("Oman’s minister pledged trade.", set.sentences().get(0).text());
  }
}
