package org.riposte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riposte.api.Analysis;
import org.riposte.api.Article;
import org.riposte.api.Dependency;
import org.riposte.api.Layer;
import org.riposte.api.NlpStage;
import org.riposte.api.Sentence;
import org.riposte.api.Timex;
import org.riposte.api.Token;

class NlpCacheTest {

  private static final Set<Layer> LAYERS = EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER, Layer.TIMEX,
      Layer.DEPENDENCIES);

  /** A stand-in for CoreNLP: one sentence of two tokens a text, counting its calls. */
  private static final class CountingStage implements NlpStage {
    final AtomicInteger calls = new AtomicInteger();

    @Override public String name() { return "fake"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TEXT); }
    @Override public Set<Layer> produces() { return LAYERS; }

    @Override
    public Analysis process(Analysis in) {
      calls.incrementAndGet();
      String text = in.article().text();
      Sentence s = new Sentence(0, 0, text.length(), text, 0,
          List.of(new Token(0, "Oslo", "Oslo", "NNP", "LOCATION", 0, 4),
              new Token(1, "protested", "protest", "VBD", "O", 5, 14)),
          List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root")),
          List.of(new Timex(1, 2, "Monday", "DATE", "2021-10-18")));
      return in.withSentences(List.of(s), LAYERS);
    }
  }

  private static Analysis article(String text, LocalDate date) {
    return Analysis.of(Article.of("test:" + text.hashCode(), null, date, null, text));
  }

  @Test
  void servesWhatTheStageGaveWithoutCallingItAgain(@TempDir Path dir) throws Exception {
    CountingStage stage = new CountingStage();
    NlpCache cache = new NlpCache(dir, "fp", LAYERS, () -> stage);
    Analysis first = cache.process(article("Oslo protested on Monday.", LocalDate.of(2021, 10, 18)));
    Analysis again = new NlpCache(dir, "fp", LAYERS, () -> stage)
        .process(article("Oslo protested on Monday.", LocalDate.of(2021, 10, 18)));
    assertEquals(1, stage.calls.get());
    assertEquals(first.sentences(), again.sentences());
    assertEquals(first.layers(), again.layers());
    assertEquals(1, cache.misses());
  }

  @Test
  void anotherDateTextOrFingerprintIsAnotherEntry(@TempDir Path dir) throws Exception {
    CountingStage stage = new CountingStage();
    NlpCache cache = new NlpCache(dir, "fp", LAYERS, () -> stage);
    Analysis a = article("Oslo protested on Monday.", LocalDate.of(2021, 10, 18));
    cache.process(a);
    cache.process(article("Oslo protested on Monday.", LocalDate.of(2022, 1, 3)));
    cache.process(article("Oslo protested on Tuesday.", LocalDate.of(2021, 10, 18)));
    NlpCache changedCode = new NlpCache(dir, "fp2", LAYERS, () -> stage);
    changedCode.process(a);
    assertEquals(4, stage.calls.get());
    assertNotEquals(cache.entry(a), changedCode.entry(a));
    assertEquals(3, cache.misses());
    assertEquals(0, cache.hits());
  }

  @Test
  void aDamagedEntryIsParsedAgainAndRewritten(@TempDir Path dir) throws Exception {
    CountingStage stage = new CountingStage();
    NlpCache cache = new NlpCache(dir, "fp", LAYERS, () -> stage);
    Analysis a = article("Oslo protested on Monday.", LocalDate.of(2021, 10, 18));
    Analysis parsed = cache.process(a);
    Files.writeString(cache.entry(a), "{\"truncated\":");
    Analysis again = cache.process(a);
    assertEquals(2, stage.calls.get());
    assertEquals(parsed.sentences(), again.sentences());
    assertEquals(parsed.sentences(), cache.process(a).sentences());
    assertEquals(2, stage.calls.get());
    assertEquals(1, cache.hits());
  }

  @Test
  void theCodeFingerprintIsStableAndNamesTheCode() {
    String fp = NlpCache.codeFingerprint(NlpCache.class);
    assertEquals(fp, NlpCache.codeFingerprint(NlpCache.class));
    assertTrue(fp.matches("[0-9a-f]{64}"), fp);
  }
}
