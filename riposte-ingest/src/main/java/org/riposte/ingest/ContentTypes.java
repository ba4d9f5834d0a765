package org.riposte.ingest;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads HTTP Content-Type values. Stateless and thread safe. */
final class ContentTypes {

  private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

  private ContentTypes() {}

  /** The charset a Content-Type names, or null when it names none or one this JVM does not know. */
  static Charset charset(String contentType) {
    if (contentType == null) return null;
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) return null;
    try {
      return Charset.forName(m.group(1));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The media type of a Content-Type, lower case, without parameters; empty when null. */
  static String mediaType(String contentType) {
    if (contentType == null) return "";
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }
}
