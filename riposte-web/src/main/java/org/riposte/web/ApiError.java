package org.riposte.web;

/** A request the API refuses: an HTTP status (4xx) and the message the client gets as {@code {"status","error"}}. */
final class ApiError extends RuntimeException {

  private final int status;

  ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static ApiError badParameter(String name, String problem) {
    return new ApiError(400, "bad parameter '" + name + "': " + problem);
  }

  static ApiError notFound(String what) { return new ApiError(404, what); }

  int status() { return status; }
}
