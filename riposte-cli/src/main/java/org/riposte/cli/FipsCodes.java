package org.riposte.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * ISO 3166-1 alpha-3 country codes (those of CAMEO actor codes) to FIPS 10-4 codes (those of GDELT's geography
 * columns) and English names, from the resource {@code iso3-fips.tsv}. Codes without a FIPS counterpart (CAMEO
 * regions such as {@code WST}) have none.
 */
final class FipsCodes {

  private static final Map<String, String[]> BY_ISO = load();

  private FipsCodes() {}

  /** The FIPS 10-4 code of an alpha-3 code ({@code RUS} → {@code RS}); null when there is none. */
  static String fips(String iso3) {
    String[] row = iso3 == null ? null : BY_ISO.get(iso3);
    return row == null ? null : row[0];
  }

  /** The country's English short name; null when the code is not in the table. */
  static String name(String iso3) {
    String[] row = iso3 == null ? null : BY_ISO.get(iso3);
    return row == null ? null : row[1];
  }

  /** The number of codes in the table. */
  static int size() { return BY_ISO.size(); }

  private static Map<String, String[]> load() {
    Map<String, String[]> m = new HashMap<>();
    try (InputStream in = FipsCodes.class.getResourceAsStream("iso3-fips.tsv")) {
      if (in == null) throw new IllegalStateException("resource iso3-fips.tsv is missing from the class path");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length != 3 || f[0].length() != 3 || f[1].length() != 2) {
          throw new IllegalStateException("iso3-fips.tsv line " + n + ": expected ISO3<TAB>FIPS<TAB>name: " + line);
        }
        m.put(f[0], new String[] {f[1], f[2]});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read iso3-fips.tsv", e);
    }
    return Map.copyOf(m);
  }
}
