package org.riposte.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Given names that tell a person's gender, for pronoun agreement ("Maria Zakharova … she"): the built-in resource
 * {@code given-names.tsv}, one name a line with {@code F} or {@code M}. A name in neither list says nothing.
 */
final class GivenNames {

  private static final Set<String> FEMALE = new HashSet<>();
  private static final Set<String> MALE = new HashSet<>();

  static {
    InputStream in = GivenNames.class.getResourceAsStream("given-names.tsv");
    if (in == null) throw new IllegalStateException("given-names.tsv missing from the class path");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] cols = line.split("\\s+");
        Set<String> target = cols[0].equals("F") ? FEMALE : MALE;
        for (int i = 1; i < cols.length; i++) target.add(key(cols[i]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private GivenNames() {}

  static boolean isFemale(String name) { return FEMALE.contains(key(name)); }

  static boolean isMale(String name) { return MALE.contains(key(name)); }

  private static String key(String name) {
    return Words.fold(name).toLowerCase(Locale.ROOT);
  }
}
