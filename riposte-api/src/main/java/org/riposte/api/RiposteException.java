package org.riposte.api;

/**
 * The root of Riposte's checked exceptions. Module boundaries wrap the causes they meet (I/O, SQL, CoreNLP) in a
 * subclass of this, with a message that names the document or file and the problem.
 */
public class RiposteException extends Exception {
  public RiposteException(String message) { super(message); }

  public RiposteException(String message, Throwable cause) { super(message, cause); }
}
