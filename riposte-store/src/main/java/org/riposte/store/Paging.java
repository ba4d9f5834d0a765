package org.riposte.store;

/** Page number and size checks shared by the searches of {@link StoreReader}. */
final class Paging {

  /** The largest page size a search accepts. */
  static final int MAX_SIZE = 500;

  private Paging() {}

  /** Checks a page number (from 1) and size (1 to {@link #MAX_SIZE}). */
  static void check(int page, int size) {
    if (page < 1) throw new IllegalArgumentException("page must be 1 or more, was " + page);
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", was " + size);
    }
  }

  /** Checks that a sort key is one of {@code allowed}; null becomes {@code fallback}. */
  static String sort(String sort, String fallback, java.util.List<String> allowed) {
    if (sort == null) return fallback;
    if (!allowed.contains(sort)) {
      throw new IllegalArgumentException("sort must be one of " + String.join(", ", allowed) + ", was " + sort);
    }
    return sort;
  }

  /** The row offset of a page. */
  static long offset(int page, int size) { return (long) (page - 1) * size; }
}
