package org.riposte.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void normalisationRemovesBomUnifiesLineEndsAndTrims() {
    assertEquals("Envoys met.\n\nTalks ended.",
        Article.normalise("\uFEFF  Envoys met.  \r\n\r\nTalks ended.\t\r\n\n"));
  }

  @Test
  void idIgnoresWrappingButNotWords() {
    String a = Article.of(null, null, null, null, "The envoys met in Geneva\non Monday.").id();
    String b = Article.of(null, null, null, null, "The envoys  met in Geneva on Monday.\r\n").id();
    String c = Article.of(null, null, null, null, "The envoys met in Vienna on Monday.").id();
    assertEquals(a, b);
    assertNotEquals(a, c);
    assertEquals(64, a.length());
  }

  @Test
  void normalisationIsIdempotentOnRandomText() {
    Random r = new Random(42);
    String alphabet = "ab \t\r\n\uFEFF.é\u0301";
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(40);
      for (int j = 0; j < n; j++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      String once = Article.normalise(sb.toString());
      assertEquals(once, Article.normalise(once), () -> "input " + sb);
    }
  }
}
