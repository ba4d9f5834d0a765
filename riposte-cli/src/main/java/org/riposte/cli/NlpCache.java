package org.riposte.cli;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.riposte.api.Analysis;
import org.riposte.api.Layer;
import org.riposte.api.NlpStage;
import org.riposte.api.ProcessingException;
import org.riposte.api.RiposteException;
import org.riposte.api.Sentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.riposte.nlp.CoreNlpStage;
import org.riposte.nlp.NlpConfig;

/**
 * An NLP stage that keeps what CoreNLP produced for a text in a folder and serves it again, so that a developer who
 * changes the coder, the patterns or the actor dictionaries scores them again in seconds ({@code riposte eval
 * --nlp-cache DIR}) instead of parsing the same sentences again.
 *
 * <p>Contract: the result for an article is exactly what the wrapped stage returns for it (the same sentences,
 * tokens, dependencies and time expressions; the same layers). An entry is keyed by a SHA-256 of the article's text
 * and publication date, the NLP configuration, and a fingerprint of the NLP code itself (the content of the classes
 * of {@code riposte-nlp}, not their time stamps), so a changed NLP stage or configuration never reads an old entry.
 * The CoreNLP models are loaded only when an article is not in the cache. Entries are written to a temporary file
 * and moved into place, so parallel workers and a killed run never leave a half-written entry; an entry that cannot
 * be read is parsed again and rewritten.
 */
final class NlpCache implements NlpStage {

  private static final ObjectMapper JSON = new ObjectMapper()
      .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
  private static final TypeReference<List<Sentence>> SENTENCES = new TypeReference<>() {};

  private final Path dir;
  private final String fingerprint;
  private final Supplier<NlpStage> delegate;
  private final Set<Layer> produces;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private volatile NlpStage loaded;

  NlpCache(Path dir, String fingerprint, Set<Layer> produces, Supplier<NlpStage> delegate) {
    this.dir = dir;
    this.fingerprint = fingerprint;
    this.produces = Set.copyOf(produces);
    this.delegate = delegate;
  }

  /** A cache in {@code dir} in front of the JVM's shared CoreNLP stage for {@code config}. */
  static NlpCache coreNlp(Path dir, NlpConfig config) throws IOException {
    Files.createDirectories(dir);
    String fp = "riposte-nlp-cache 1\n" + config + "\n" + codeFingerprint(CoreNlpStage.class) + "\n"
        + codeLocation(StanfordCoreNLP.class); // the CoreNLP jar's name carries its version
    return new NlpCache(dir, fp, Set.of(Layer.TOKENS, Layer.POS, Layer.NER, Layer.TIMEX, Layer.DEPENDENCIES),
        () -> CoreNlpStage.shared(config));
  }

  @Override
  public String name() { return "corenlp"; }

  @Override
  public Set<Layer> requires() { return Set.of(Layer.TEXT); }

  @Override
  public Set<Layer> produces() { return produces; }

  /** Articles served from the folder so far. */
  int hits() { return hits.get(); }

  /** Articles parsed (and written to the folder) so far. */
  int misses() { return misses.get(); }

  @Override
  public Analysis process(Analysis in) throws RiposteException {
    Path file = entry(in);
    if (Files.isRegularFile(file)) {
      try {
        List<Sentence> sentences = JSON.readValue(file.toFile(), SENTENCES);
        hits.incrementAndGet();
        return in.withSentences(sentences, produces);
      } catch (IOException e) {
        // a damaged entry (or one of an older record shape): parse again and overwrite it below
      }
    }
    Analysis out = stage().process(in);
    misses.incrementAndGet();
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      JSON.writeValue(tmp.toFile(), out.sentences());
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ProcessingException("NLP cache " + dir + ": cannot write the entry of article " + in.article().id()
          + ": " + e.getMessage(), e);
    }
    return out;
  }

  private NlpStage stage() {
    NlpStage s = loaded;
    if (s == null) {
      synchronized (this) {
        if (loaded == null) loaded = delegate.get();
        s = loaded;
      }
    }
    return s;
  }

  Path entry(Analysis in) {
    String key = sha256(fingerprint + "\n" + in.article().published() + "\n" + in.article().text());
    return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
  }

  /**
   * A digest of the names and contents of the classes and resources in the jar (or class folder) that holds
   * {@code anchor}: unchanged by a rebuild of the same code, changed by any change of it.
   */
  static String codeFingerprint(Class<?> anchor) {
    try {
      Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(where)) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(where)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        for (Path f : files) {
          md.update(where.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
          md.update(Files.readAllBytes(f));
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          List<JarEntry> entries = new ArrayList<>(jar.stream().filter(e -> !e.isDirectory()).toList());
          entries.sort((a, b) -> a.getName().compareTo(b.getName()));
          for (JarEntry e : entries) {
            if (e.getName().startsWith("META-INF/")) continue; // build time stamps and tool versions
            md.update(e.getName().getBytes(StandardCharsets.UTF_8));
            try (InputStream is = jar.getInputStream(e)) {
              md.update(is.readAllBytes());
            }
          }
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the NLP code to fingerprint it", e);
    } catch (URISyntaxException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint the NLP code: " + e.getMessage(), e);
    }
  }

  private static String codeLocation(Class<?> c) {
    return String.valueOf(c.getProtectionDomain().getCodeSource().getLocation());
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
