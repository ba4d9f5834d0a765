package org.riposte.stories;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds republished copies of one story (the same wire text with another headline, trimmed, lightly rewritten) by
 * MinHash over word shingles.
 *
 * <p>An article's {@link #signature} is the minimum of {@value #HASHES} seeded 64-bit hashes over its 4-word shingles
 * (lower-cased words of letters and digits), plus the shingle count. From two signatures {@link #containment}
 * estimates the share of the shorter text's shingles that the longer one has: Jaccard J is estimated as the share of
 * equal minima, and with sizes a and b, |A∩B| = J(a+b)/(1+J). Two articles are near-duplicates when that share reaches
 * the configured threshold (0.6 by default), so a trimmed copy matches its full version. Only pairs that MinHash LSH
 * makes candidates are compared (see {@link #groups(Map, Map, Collection)}). Groups are the connected components of
 * that relation, named by their smallest article id: the grouping does not depend on the order in which articles
 * arrive.
 *
 * <p>Traps: very short texts (under {@value #MIN_SHINGLES} shingles) are never anyone's copy — one shared sentence
 * is not a republished article. The estimate's standard error is about 1/sqrt({@value #HASHES}) ≈ 0.09.
 * Stateless and thread safe.
 */
public final class NearDuplicates {

  /** Hash functions per signature. */
  public static final int HASHES = 128;
  static final int SHINGLE = 4;
  static final int MIN_SHINGLES = 20;
  /** Rows (minima) per LSH band. */
  static final int ROWS = 2;
  /** LSH bands: every minimum is in one band. */
  static final int BANDS = HASHES / ROWS;

  private final double threshold;

  public NearDuplicates(double containmentThreshold) {
    if (containmentThreshold <= 0 || containmentThreshold > 1) {
      throw new IllegalArgumentException("containment threshold must be in (0, 1]: " + containmentThreshold);
    }
    this.threshold = containmentThreshold;
  }

  /** A text's signature. */
  public static Signature signature(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) w.append(Character.toLowerCase(c));
      else if (w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      shingles.add(fnv(String.join(" ", words.subList(i, i + SHINGLE))));
    }
    long[] min = new long[HASHES];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int k = 0; k < HASHES; k++) {
        long h = mix(s + 0x9E3779B97F4A7C15L * (k + 1));
        if (h < min[k]) min[k] = h;
      }
    }
    return new Signature(min, shingles.size());
  }

  /** The estimated share of the smaller text's shingles that the other text has, 0 for texts too short. */
  public static double containment(Signature a, Signature b) {
    if (a.shingles() < MIN_SHINGLES || b.shingles() < MIN_SHINGLES) return 0;
    int same = 0;
    for (int k = 0; k < HASHES; k++) if (a.minima[k] == b.minima[k]) same++;
    double j = same / (double) HASHES;
    double inter = j * (a.shingles() + b.shingles()) / (1 + j);
    return Math.min(1, inter / Math.min(a.shingles(), b.shingles()));
  }

  /** Whether two signatures are copies of one text at this threshold. */
  public boolean same(Signature a, Signature b) { return containment(a, b) >= threshold; }

  /**
   * Groups articles: each id maps to its group, the smallest id among the articles connected to it.
   *
   * @param signatures by article id
   */
  public Map<String, String> groups(Map<String, Signature> signatures) {
    return groups(signatures, Map.of(), signatures.keySet());
  }

  /**
   * Regroups after new articles arrive, without comparing each new article with every stored one: candidates come
   * from MinHash LSH ({@value #BANDS} bands of {@value #ROWS} rows of the signature; two articles are candidates when
   * all rows of one band are equal), and only candidates are compared with {@link #same}. Cost: O(all × bands) to
   * look up every article's bands among the new ones, plus the candidate comparisons. The result equals
   * {@link #groups(Map)} over all signatures when {@code known} is that grouping of the older ones, since both use the
   * same candidates.
   *
   * <p>Recall: a pair with Jaccard similarity J becomes a candidate with probability 1 − (1 − J^{@value #ROWS})^{@value
   * #BANDS}: over 0.999 for texts of similar length at the default threshold (J ≥ 0.43), 0.93 at J = 0.2 (a copy
   * that keeps a fifth of its original); a copy that keeps much less can be missed. Unrelated articles (J near 0)
   * are almost never candidates.
   *
   * @param signatures every article's signature, old and new
   * @param known      the older articles' groups (article id → group id, itself one of the older ids)
   * @param fresh      the ids of the new articles
   */
  public Map<String, String> groups(Map<String, Signature> signatures, Map<String, String> known,
                                    Collection<String> fresh) {
    List<String> ids = new ArrayList<>(new TreeMap<>(signatures).keySet());
    Set<String> isNew = new HashSet<>(fresh);
    Map<String, String> parent = new TreeMap<>();
    for (String id : ids) {
      String g = isNew.contains(id) ? id : known.getOrDefault(id, id);
      parent.put(id, signatures.containsKey(g) ? g : id);
    }
    for (String g : new ArrayList<>(parent.values())) parent.putIfAbsent(g, g);
    Map<Long, List<String>> buckets = new HashMap<>();
    for (String n : ids) {
      Signature sn = signatures.get(n);
      if (!isNew.contains(n) || sn.shingles() < MIN_SHINGLES) continue;
      for (int b = 0; b < BANDS; b++) buckets.computeIfAbsent(band(sn, b), k -> new ArrayList<>(1)).add(n);
    }
    if (buckets.isEmpty()) return roots(parent, ids);
    Set<String> compared = new HashSet<>();
    for (String m : ids) {
      Signature sm = signatures.get(m);
      if (sm.shingles() < MIN_SHINGLES) continue;
      compared.clear();
      for (int b = 0; b < BANDS; b++) {
        List<String> bucket = buckets.get(band(sm, b));
        if (bucket == null) continue;
        for (String n : bucket) {
          // a new-new pair is compared once, from its larger id
          if (n.equals(m) || (isNew.contains(m) && n.compareTo(m) > 0) || !compared.add(n)) continue;
          if (same(signatures.get(n), sm)) union(parent, n, m);
        }
      }
    }
    return roots(parent, ids);
  }

  private static Map<String, String> roots(Map<String, String> parent, List<String> ids) {
    Map<String, String> out = new TreeMap<>();
    for (String id : ids) out.put(id, find(parent, id));
    return out;
  }

  /** The key of band {@code b}: a hash of its {@value #ROWS} minima and its number (collisions only add candidates). */
  private static long band(Signature s, int b) {
    long h = mix(0x9E3779B97F4A7C15L * (b + 1));
    for (int k = b * ROWS; k < (b + 1) * ROWS; k++) h = mix(h ^ s.minima[k]);
    return h;
  }

  static String find(Map<String, String> parent, String x) {
    String p = parent.get(x);
    while (!p.equals(x)) {
      String gp = parent.get(p);
      parent.put(x, gp);
      x = p;
      p = gp;
    }
    return x;
  }

  /** Joins two sets; the smaller id becomes the root, so roots are the smallest member ids. */
  static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (ra.equals(rb)) return;
    if (ra.compareTo(rb) < 0) parent.put(rb, ra);
    else parent.put(ra, rb);
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * A MinHash signature.
   *
   * @param minima   the {@value #HASHES} minima
   * @param shingles how many distinct shingles the text has
   */
  public record Signature(long[] minima, int shingles) {

    public Signature {
      if (minima.length != HASHES) throw new IllegalArgumentException("a signature has " + HASHES + " minima");
      minima = minima.clone();
    }

    @Override
    public long[] minima() { return minima.clone(); }

    /** The stored form: the shingle count, then the minima in hex, separated by colons. */
    public String encode() {
      StringBuilder b = new StringBuilder().append(shingles);
      for (long m : minima) b.append(':').append(Long.toHexString(m));
      return b.toString();
    }

    /** Reads the stored form; {@link IllegalArgumentException} when it is not one. */
    public static Signature decode(String s) {
      String[] parts = s.split(":");
      if (parts.length != HASHES + 1) throw new IllegalArgumentException("not a signature: " + s.substring(0,
          Math.min(40, s.length())));
      long[] m = new long[HASHES];
      for (int k = 0; k < HASHES; k++) m[k] = Long.parseUnsignedLong(parts[k + 1].toLowerCase(Locale.ROOT), 16);
      return new Signature(m, Integer.parseInt(parts[0]));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signature s && s.shingles == shingles && java.util.Arrays.equals(s.minima, minima);
    }

    @Override
    public int hashCode() { return java.util.Arrays.hashCode(minima) * 31 + shingles; }
  }
}
