package org.riposte.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.riposte.api.Status;

/**
 * The checked parameters of one request to an {@link ApiRoute}. Made with {@link #of}, which refuses (400) a query
 * parameter the route does not declare, a parameter given twice, and a value longer than {@value #MAX_LENGTH}
 * characters. Each accessor refuses a value of the wrong form with a message naming the parameter; a blank value
 * counts as absent.
 */
final class Query {

  static final int MAX_LENGTH = 200;
  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 500;

  private final Context ctx;
  private final ApiRoute route;

  private Query(Context ctx, ApiRoute route) {
    this.ctx = ctx;
    this.route = route;
  }

  static Query of(Context ctx, ApiRoute route) {
    Set<String> known = new TreeSet<>();
    for (Param p : route.params()) if (!p.inPath()) known.add(p.name());
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      String name = e.getKey();
      if (!known.contains(name)) {
        throw new ApiError(400, "unknown parameter '" + clip(name) + "'"
            + (known.isEmpty() ? ": this route takes none" : " (known: " + String.join(", ", known) + ")"));
      }
      if (e.getValue().size() > 1) throw ApiError.badParameter(name, "given " + e.getValue().size() + " times");
      if (e.getValue().get(0).length() > MAX_LENGTH) {
        throw ApiError.badParameter(name, "longer than " + MAX_LENGTH + " characters");
      }
      Param p = route.params().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
      String v = e.getValue().get(0).strip();
      if (!p.values().isEmpty() && !v.isEmpty() && !p.values().contains(v.toLowerCase(Locale.ROOT))) {
        throw ApiError.badParameter(name, "must be one of " + String.join(", ", p.values()) + ", was " + clip(v));
      }
    }
    return new Query(ctx, route);
  }

  /** The stripped value, or null when absent or blank. */
  String text(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    return v.strip();
  }

  /** The value in upper case (actor and party codes), or null. */
  String code(String name) {
    String v = text(name);
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  /** The value in lower case (keywords), or {@code fallback}. */
  String keyword(String name, String fallback) {
    String v = text(name);
    return v == null ? fallback : v.toLowerCase(Locale.ROOT);
  }

  /** A decimal integer from {@code min} to {@code max}, or {@code fallback} when absent. */
  Integer integer(String name, Integer fallback, int min, int max) {
    String v = text(name);
    if (v == null) return fallback;
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiError.badParameter(name, "not a whole number: " + clip(v));
    }
    if (n < min || n > max) throw ApiError.badParameter(name, "must be " + min + " to " + max + ", was " + n);
    return n;
  }

  /** An ISO date {@code yyyy-MM-dd}, or null. */
  LocalDate date(String name) {
    String v = text(name);
    if (v == null) return null;
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badParameter(name, "not a date (yyyy-MM-dd): " + clip(v));
    }
  }

  /** The page number (default 1). */
  int page() { return integer("page", 1, 1, 1_000_000); }

  /** The page size (default {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}). */
  int size() { return integer("size", DEFAULT_SIZE, 1, MAX_SIZE); }

  /** Statuses, comma-separated ({@code asserted,claimed}); empty when absent. */
  Set<Status> statuses(String name) {
    String v = text(name);
    if (v == null) return Set.of();
    Set<Status> out = EnumSet.noneOf(Status.class);
    for (String s : v.split(",")) {
      try {
        out.add(Status.fromLabel(s.strip()));
      } catch (IllegalArgumentException e) {
        throw ApiError.badParameter(name, "not a status (asserted, planned, negated, hypothetical, claimed): "
            + clip(s.strip()));
      }
    }
    return out;
  }

  /** A path parameter. */
  String path(String name) { return ctx.pathParam(name); }

  /** The pair key {@code A|B} (parties sorted, upper case) of a value {@code A|B} or {@code A/B}, or null. */
  String pair(String name) {
    String v = code(name);
    if (v == null) return null;
    String[] parts = v.split("[|/]", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw ApiError.badParameter(name, "not a pair A|B: " + clip(v));
    }
    String a = parts[0].strip();
    String b = parts[1].strip();
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }

  /** Builds a search record, turning its validation failure into a 400. */
  static <T> T build(Supplier<T> search) {
    try {
      return search.get();
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "bad parameter: " + e.getMessage());
    }
  }

  ApiRoute route() { return route; }

  private static String clip(String s) { return s.length() > 60 ? s.substring(0, 60) + "…" : s; }
}
