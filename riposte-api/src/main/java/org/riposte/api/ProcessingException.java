package org.riposte.api;

/** A stage failed on one document; the batch records it and goes on. */
public class ProcessingException extends RiposteException {
  public ProcessingException(String message) { super(message); }

  public ProcessingException(String message, Throwable cause) { super(message, cause); }
}
