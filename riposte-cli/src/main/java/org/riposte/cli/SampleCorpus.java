package org.riposte.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in sample corpus: short reports written for Riposte about real, well-documented events, kept as
 * resources under {@code org/riposte/cli/sample/} and listed in its {@code index.txt}.
 */
public final class SampleCorpus {
  private static final String BASE = "/org/riposte/cli/sample/";

  private SampleCorpus() {}

  /** The corpus's file names, in index order. */
  static List<String> files() {
    try (InputStream in = resource("index.txt");
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> out = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        String f = line.strip();
        if (!f.isEmpty() && !f.startsWith("#")) out.add(f);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample corpus index", e);
    }
  }

  /** Copies the corpus into {@code dir} (created if needed) and returns the copied files. */
  public static List<Path> extractTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (String f : files()) {
      Path p = dir.resolve(f);
      try (InputStream in = resource(f)) {
        Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      out.add(p);
    }
    return out;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SampleCorpus.class.getResourceAsStream(BASE + name);
    if (in == null) throw new IOException("sample corpus resource missing: " + BASE + name);
    return in;
  }
}
