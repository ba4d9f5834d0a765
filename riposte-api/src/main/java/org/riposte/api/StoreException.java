package org.riposte.api;

/** The store could not be opened, read or written. */
public class StoreException extends RiposteException {
  public StoreException(String message) { super(message); }

  public StoreException(String message, Throwable cause) { super(message, cause); }
}
