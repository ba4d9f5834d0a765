package org.riposte.api;

/** An input could not be read as an article: the message names the file (and line) and the reason. */
public class IngestException extends RiposteException {
  public IngestException(String message) { super(message); }

  public IngestException(String message, Throwable cause) { super(message, cause); }
}
