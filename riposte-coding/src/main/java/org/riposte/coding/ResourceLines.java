package org.riposte.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.riposte.api.ConfigException;

/** Reads the coder's line-oriented resource files: one record a line, {@code #} starts a comment line. */
final class ResourceLines {
  private ResourceLines() {}

  /** A non-blank, non-comment line with its 1-based number. */
  record Line(int number, String text) {}

  /** The lines of a classpath resource next to this class. */
  static List<Line> ofResource(String name) throws ConfigException {
    InputStream in = ResourceLines.class.getResourceAsStream(name);
    if (in == null) throw new ConfigException("coder resource " + name + " is missing from the classpath");
    return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
  }

  /** The lines of a reader; {@code source} names it in error messages. The reader is closed. */
  static List<Line> read(Reader reader, String source) throws ConfigException {
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(reader)) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        if (s.isBlank() || s.stripLeading().startsWith("#")) continue;
        out.add(new Line(n, s));
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return out;
  }
}
