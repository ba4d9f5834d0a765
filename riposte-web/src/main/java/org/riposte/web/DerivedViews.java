package org.riposte.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.riposte.api.StoreException;
import org.riposte.stories.Dyad;
import org.riposte.stories.DyadAnalyzer;
import org.riposte.stories.DyadReport;
import org.riposte.stories.StoryConfig;
import org.riposte.store.StoreReader;

/**
 * Views derived from many rows — a pair's report, the overview's busiest pairs, the network — computed once and kept
 * until the database changes. A change is noticed two ways: {@link #invalidate()} after an ingest through this
 * server, and the store's {@link StoreReader#fingerprint() fingerprint} (row counts, latest ingest time), read at most
 * once per {@code checkMillis}, for writers in other processes (PostgreSQL). An entry computed while the database
 * changed is not kept. At most {@value #MAX_ENTRIES} entries and {@value #MAX_BYTES} bytes of kept responses;
 * beyond, the cache starts afresh. Thread safe.
 */
final class DerivedViews {

  static final int MAX_ENTRIES = 2000;
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private final StoreReader reader;
  private final DyadAnalyzer analyzer = new DyadAnalyzer(StoryConfig.DEFAULT);
  private final ConcurrentHashMap<String, Object> cache = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final ReentrantLock checking = new ReentrantLock();
  private final long checkNanos;
  private volatile long checkedAt = System.nanoTime();
  private volatile String fingerprint;

  DerivedViews(StoreReader reader, long checkMillis) throws StoreException {
    this.reader = reader;
    this.checkNanos = checkMillis * 1_000_000L;
    this.fingerprint = reader.fingerprint();
  }

  /** Forgets every entry: the database has changed. */
  void invalidate() {
    generation.incrementAndGet();
    clear();
  }

  /** The current generation (after checking the database for changes): pass it to {@link #keep}. */
  long generation() throws StoreException {
    refresh();
    return generation.get();
  }

  /** A response kept under {@code key}, or null. */
  byte[] response(String key) {
    return cache.get(key) instanceof byte[] b ? b : null;
  }

  /** Keeps a response computed in generation {@code gen}, unless the database has changed since. */
  void keep(String key, byte[] response, long gen) {
    if (generation.get() != gen || response.length > MAX_BYTES / 8) return;
    if (cache.size() >= MAX_ENTRIES || bytes.get() + response.length > MAX_BYTES) clear();
    if (cache.putIfAbsent(key, response) == null) bytes.addAndGet(response.length);
  }

  private void clear() {
    cache.clear();
    bytes.set(0);
  }

  /** The report of pair {@code a}–{@code b} by {@code day}, {@code week} or {@code month}, A and B as asked. */
  DyadReport report(String a, String b, String by) throws StoreException {
    return cached("dyad " + a + " " + b + " " + by, () -> {
      StoreReader.PairData d = reader.pair(Dyad.of(a, b).key());
      return analyzer.analyse(a, b, by, d.stories(), d.reactions(), d.channels());
    });
  }

  /** A value kept under {@code key} until the database changes. */
  @SuppressWarnings("unchecked")
  <T> T cached(String key, Loader<T> loader) throws StoreException {
    refresh();
    Object v = cache.get(key);
    if (v != null) return (T) v;
    long gen = generation.get();
    T computed = loader.load();
    if (generation.get() == gen) {
      if (cache.size() >= MAX_ENTRIES) clear();
      Object prior = cache.putIfAbsent(key, computed);
      if (prior != null) return (T) prior;
    }
    return computed;
  }

  private void refresh() throws StoreException {
    if (System.nanoTime() - checkedAt < checkNanos || !checking.tryLock()) return;
    try {
      if (System.nanoTime() - checkedAt < checkNanos) return;
      String now = reader.fingerprint();
      if (!now.equals(fingerprint)) {
        invalidate();
        fingerprint = now;
      }
      checkedAt = System.nanoTime();
    } finally {
      checking.unlock();
    }
  }

  /** Computes a view. */
  @FunctionalInterface
  interface Loader<T> {
    T load() throws StoreException;
  }
}
