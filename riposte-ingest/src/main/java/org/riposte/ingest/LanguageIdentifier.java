package org.riposte.ingest;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells the language of an article's text, among the {@link #LANGUAGES twenty languages} most used by the world's
 * news, with the Lingua library (n-gram models shipped in its jar, nothing downloaded). Thread safe; the models are
 * loaded once per JVM, on first use, and shared by every instance.
 *
 * <p>Design decision: Lingua is restricted to these twenty languages and runs in its low-accuracy mode (trigrams
 * only), which keeps its memory near 100 MB and its loading near a second, and is as accurate as the full mode on
 * texts of a paragraph or more, which news articles are. Only the first {@value #SAMPLE_CHARS} characters are
 * read. A text too short ({@link #MIN_LETTERS}) or too mixed to tell gives an empty answer, and the caller keeps it (an unknown language
 * is not a reason to drop an article).
 */
public final class LanguageIdentifier {

  /** The languages told apart: the most common languages of news on the web. */
  public static final List<Language> LANGUAGES = List.of(Language.ENGLISH, Language.GERMAN, Language.FRENCH,
      Language.SPANISH, Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH, Language.POLISH, Language.SWEDISH,
      Language.RUSSIAN, Language.UKRAINIAN, Language.TURKISH, Language.ARABIC, Language.PERSIAN, Language.HEBREW,
      Language.HINDI, Language.INDONESIAN, Language.CHINESE, Language.JAPANESE, Language.KOREAN);

  /** Texts with fewer letters than this (or fewer than five words, outside Chinese and Japanese) are not judged. */
  public static final int MIN_LETTERS = 40;

  /** How many leading characters of a text are read: plenty for a reliable answer, cheap on long texts. */
  public static final int SAMPLE_CHARS = 1000;

  private static final class Holder {
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder
        .fromLanguages(LANGUAGES.toArray(new Language[0]))
        .withLowAccuracyMode()
        .withMinimumRelativeDistance(0.1)
        .build();
  }

  /** Creates an identifier; the models load on the first {@link #identify} of the JVM. */
  public LanguageIdentifier() {}

  /**
   * Loads the language models now (a few seconds, once per JVM) instead of at the first {@link #identify}: a caller
   * that has other models to load runs this on a thread of its own meanwhile.
   */
  public static void preload() {
    Holder.DETECTOR.hashCode();
  }

  /** Starts {@link #preload} on a daemon thread and returns at once. */
  public static void preloadInBackground() {
    Thread t = new Thread(LanguageIdentifier::preload, "riposte-language-models");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The ISO 639-1 code ({@code en}, {@code de}, …) of the language {@code text} is written in, or empty when it
   * cannot be told (too short, no letters, or a language outside {@link #LANGUAGES} that resembles none of them).
   */
  public Optional<String> identify(String text) {
    if (text == null || text.isBlank()) return Optional.empty();
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (!judgeable(sample)) return Optional.empty();
    Language language = Holder.DETECTOR.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) return Optional.empty();
    return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
  }

  /** Whether {@code s} is long enough for a reliable answer. */
  static boolean judgeable(String s) {
    int letters = 0;
    int ideographs = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isLetter(c)) letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
        ideographs++;
      }
      i += Character.charCount(c);
    }
    if (ideographs >= 20) return true;
    return letters >= MIN_LETTERS && s.strip().split("\\s+").length >= 5;
  }
}
