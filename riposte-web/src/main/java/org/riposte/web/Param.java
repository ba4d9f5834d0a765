package org.riposte.web;

import java.util.List;

/**
 * A declared query or path parameter of an {@link ApiRoute}: what {@link Query} accepts and what the OpenAPI document
 * lists.
 *
 * @param name        its name
 * @param type        {@code string}, {@code integer} or {@code date} (ISO {@code yyyy-MM-dd})
 * @param description one line
 * @param values      the values it accepts, or empty for any
 * @param inPath      true for a path parameter ({@code {id}})
 */
record Param(String name, String type, String description, List<String> values, boolean inPath) {

  Param {
    values = values == null ? List.of() : List.copyOf(values);
  }

  static Param text(String name, String description) { return new Param(name, "string", description, null, false); }

  static Param integer(String name, String description) {
    return new Param(name, "integer", description, null, false);
  }

  static Param date(String name, String description) { return new Param(name, "date", description, null, false); }

  static Param oneOf(String name, String description, List<String> values) {
    return new Param(name, "string", description, values, false);
  }

  static Param path(String name, String description) { return new Param(name, "string", description, null, true); }

  /** {@code page} and {@code size}. */
  static List<Param> paging() {
    return List.of(integer("page", "page number, from 1 (default 1)"),
        integer("size", "items per page, 1 to 500 (default 50)"));
  }
}
