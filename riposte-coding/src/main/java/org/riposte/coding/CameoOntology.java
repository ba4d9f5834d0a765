package org.riposte.coding;

import java.io.Reader;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riposte.api.ConfigException;

/**
 * The CAMEO event codes (about 300) with name, Goldstein value, QuadClass and PLOVER type, mode and context. Immutable
 * and thread safe.
 *
 * <p>Resource format ({@code cameo-ontology.tsv}): one code a line, tab-separated {@code code name goldstein quad
 * plover mode context}; the last three may be empty; {@code #} starts a comment line.
 */
public final class CameoOntology {

  static final String RESOURCE = "cameo-ontology.tsv";

  private final Map<String, CameoCode> codes;

  private CameoOntology(Map<String, CameoCode> codes) { this.codes = Collections.unmodifiableMap(codes); }

  /** The ontology shipped with the coder. */
  public static CameoOntology builtIn() throws ConfigException {
    return parse(ResourceLines.ofResource(RESOURCE), RESOURCE);
  }

  /** Reads an ontology in the resource format; {@code source} names it in error messages. */
  public static CameoOntology read(Reader reader, String source) throws ConfigException {
    return parse(ResourceLines.read(reader, source), source);
  }

  private static CameoOntology parse(List<ResourceLines.Line> lines, String source) throws ConfigException {
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    for (ResourceLines.Line l : lines) {
      String[] f = l.text().split("\t", -1);
      String where = source + ":" + l.number();
      if (f.length != 7) throw new ConfigException(where + ": expected 7 tab-separated fields, found " + f.length);
      try {
        int quad = Integer.parseInt(f[3].strip());
        CameoCode c = new CameoCode(f[0].strip(), f[1].strip(), Double.parseDouble(f[2].strip()), quad,
            f[4].isBlank() ? null : f[4].strip(), f[5].strip(), f[6].strip());
        if (quad != CameoCode.quadClassOf(c.root())) {
          throw new ConfigException(where + ": QuadClass " + quad + " does not match root " + c.root());
        }
        if (codes.put(c.code(), c) != null) throw new ConfigException(where + ": code " + c.code() + " repeated");
      } catch (IllegalArgumentException e) {
        throw new ConfigException(where + ": " + e.getMessage(), e);
      }
    }
    if (codes.isEmpty()) throw new ConfigException(source + " holds no codes");
    return new CameoOntology(codes);
  }

  /** The code, or null when the ontology does not have it. */
  public CameoCode get(String code) { return codes.get(code); }

  public boolean contains(String code) { return codes.containsKey(code); }

  /** All codes in file order. */
  public Collection<CameoCode> codes() { return codes.values(); }

  public int size() { return codes.size(); }
}
