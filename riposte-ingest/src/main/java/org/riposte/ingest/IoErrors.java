package org.riposte.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** One-line descriptions of I/O failures, for problem reasons. Stateless and thread safe. */
final class IoErrors {

  private IoErrors() {}

  /** What went wrong, in a few words and on one line: "permission denied", "no such file", the OS's reason. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file";
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) reason = e.getClass().getSimpleName();
    return reason.strip().replaceAll("\\s+", " ");
  }
}
