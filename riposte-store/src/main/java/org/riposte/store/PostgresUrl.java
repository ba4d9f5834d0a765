package org.riposte.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.riposte.api.StoreException;

/**
 * A PostgreSQL database as the {@code --db} option names it: {@code postgresql://user:password@host:port/dbname}
 * ({@code postgres://} and PgJDBC's {@code jdbc:postgresql://} are accepted too). User and password are
 * percent-decoded; the port defaults to 5432; query parameters ({@code ?currentSchema=riposte&sslmode=require}) are
 * passed to PgJDBC unchanged. {@link #display} is the URL with every password masked, for messages.
 *
 * @param jdbcUrl  {@code jdbc:postgresql://host:port/dbname[?query]}, without user or password
 * @param user     null when the URL names none (PgJDBC then uses its own default)
 * @param password null when the URL gives none
 * @param display  the URL as given, its password replaced by {@code ***}
 */
record PostgresUrl(String jdbcUrl, String user, String password, String display) {

  /** What a PostgreSQL URL looks like, for error messages. */
  static final String EXPECTED = "postgresql://user:password@host:port/dbname";

  private static final Pattern SCHEME = Pattern.compile("(?i)(jdbc:)?postgres(ql)?://.*", Pattern.DOTALL);
  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(^|&)(password=)[^&]*");
  private static final Pattern DBNAME = Pattern.compile("[^/]+");

  @Override
  public String toString() { return display; }

  /** True when {@code db} is meant as a PostgreSQL URL (its scheme says so), well-formed or not. */
  static boolean isPostgres(String db) { return db != null && SCHEME.matcher(db.strip()).matches(); }

  /**
   * Reads a URL.
   *
   * @throws StoreException naming the URL (password masked) and what is wrong with it: no host, no database name, a
   *                        port that is not a number, a malformed URL
   */
  static PostgresUrl parse(String db) throws StoreException {
    String given = db.strip();
    String rest = given.replaceFirst("(?i)^jdbc:", "");
    String masked = mask(given);
    URI u;
    try {
      u = new URI(rest);
    } catch (URISyntaxException e) {
      throw bad(masked, "not a well-formed URL (" + e.getReason() + ")");
    }
    if (u.getRawAuthority() != null && u.getHost() == null) {
      throw bad(masked, "no valid host name (user names and passwords with '@', ':' or '/' must be percent-encoded)");
    }
    if (u.getHost() == null || u.getHost().isEmpty()) throw bad(masked, "no host");
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    if (path.isEmpty() || path.equals("/")) throw bad(masked, "no database name after the host");
    String name = path.substring(1);
    if (!DBNAME.matcher(name).matches()) throw bad(masked, "'" + name + "' is not a database name");
    int port = u.getPort() < 0 ? 5432 : u.getPort();
    String user = null;
    String password = null;
    String info = u.getRawUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
      if (user.isEmpty()) user = null;
    }
    String host = u.getHost();
    String jdbc = "jdbc:postgresql://" + host + ":" + port + path
        + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    return new PostgresUrl(jdbc, user, password, masked);
  }

  /** The connection properties: user and password when given, an application name, a connect timeout. */
  Properties properties() {
    Properties p = new Properties();
    if (user != null) p.setProperty("user", user);
    if (password != null) p.setProperty("password", password);
    String query = jdbcUrl.contains("?") ? jdbcUrl.substring(jdbcUrl.indexOf('?') + 1).toLowerCase(Locale.ROOT) : "";
    if (!query.contains("applicationname=")) p.setProperty("ApplicationName", "riposte");
    if (!query.contains("connecttimeout=")) p.setProperty("connectTimeout", "10");
    return p;
  }

  /** {@code db} with the password of its user-info and of a {@code password=} parameter replaced by {@code ***}. */
  static String mask(String db) {
    String s = db.strip();
    int scheme = s.indexOf("://");
    if (scheme < 0) return s;
    int authorityEnd = s.indexOf('/', scheme + 3);
    if (authorityEnd < 0) authorityEnd = s.indexOf('?', scheme + 3);
    if (authorityEnd < 0) authorityEnd = s.length();
    String authority = s.substring(scheme + 3, authorityEnd);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      int colon = authority.indexOf(':');
      if (colon >= 0 && colon < at) authority = authority.substring(0, colon) + ":***" + authority.substring(at);
    }
    String tail = s.substring(authorityEnd);
    int q = tail.indexOf('?');
    if (q >= 0) tail = tail.substring(0, q + 1) + PASSWORD_PARAM.matcher(tail.substring(q + 1)).replaceAll("$1$2***");
    return s.substring(0, scheme + 3) + authority + tail;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static StoreException bad(String masked, String problem) {
    return new StoreException("database " + masked + ": " + problem + " (expected " + EXPECTED + ")");
  }
}
