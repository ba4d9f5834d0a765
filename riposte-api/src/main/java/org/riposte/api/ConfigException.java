package org.riposte.api;

/** A configuration is invalid (an unknown key, a missing resource, a pipeline whose requirements are not met). */
public class ConfigException extends RiposteException {
  public ConfigException(String message) { super(message); }

  public ConfigException(String message, Throwable cause) { super(message, cause); }
}
