package org.riposte.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Article;
import org.riposte.api.DatePrecision;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Evidence;
import org.riposte.api.Location;
import org.riposte.api.Outcome;
import org.riposte.api.Quote;
import org.riposte.api.Status;

/**
 * Rebuilds records from result rows selected with the column lists of {@link Columns}, and the labels that enums are
 * stored as (lower-case names: {@code asserted}, {@code person}, {@code day}, {@code ok}). Portable JDBC.
 *
 * <p>A group of columns that is entirely null reads back as null: a target, speaker, location or evidence that was
 * absent. An actor's kind is stored, so a reconstructed actor equals the one saved.
 */
final class Rows {

  private Rows() {}

  /** A row of {@link Columns#ARTICLES}. */
  static Article article(ResultSet r) throws SQLException {
    return new Article(r.getString(1), r.getString(2), r.getString(3), localDate(r, 4), r.getString(5),
        r.getString(6), r.getString(7));
  }

  /** A row of {@link Columns#EVENTS}. */
  static Event event(ResultSet r) throws SQLException {
    EventDate date = eventDate(r.getString(4), r.getString(5));
    String status = r.getString(8);
    Actor source = actor(r, 9);
    Actor target = actor(r, 14);
    double goldstein = r.getDouble(22);
    int quadClass = r.getInt(23);
    String locName = r.getString(24);
    String locCountry = r.getString(25);
    Location location = locName == null && locCountry == null ? null : new Location(locName, locCountry);
    String sentence = r.getString(26);
    Integer start = integer(r, 27);
    Integer end = integer(r, 28);
    Evidence evidence = sentence == null && start == null && end == null
        ? null : new Evidence(sentence, start == null ? 0 : start, end == null ? 0 : end);
    return new Event(r.getString(1), r.getString(2), r.getString(3), date,
        status == null ? null : Status.fromLabel(status), source, target, r.getString(19), r.getString(20),
        r.getString(21), goldstein, quadClass, location, evidence, r.getString(29),
        JsonStrings.decode(r.getString(30)));
  }

  /** A row of {@link Columns#QUOTES}. */
  static Quote quote(ResultSet r) throws SQLException {
    String name = r.getString(4);
    String code = r.getString(5);
    String role = r.getString(6);
    String country = r.getString(7);
    String kind = r.getString(8);
    Actor speaker = name == null && code == null && role == null && country == null && kind == null
        ? null : new Actor(code, name, country, role, kind == null ? null : actorKind(kind));
    String precision = r.getString(13);
    EventDate date = precision == null ? null : eventDate(r.getString(12), precision);
    return new Quote(r.getString(1), r.getString(2), r.getString(3), speaker, r.getString(9), r.getInt(10),
        r.getInt(11), date);
  }

  /** A row of {@link Columns#OUTCOMES}. */
  static Outcome outcome(ResultSet r) throws SQLException {
    return new Outcome(r.getString(1), r.getString(2), outcomeKind(r.getString(3)), r.getString(4));
  }

  /** The stored label of an actor kind. */
  static String label(ActorKind kind) { return kind == null ? null : kind.name().toLowerCase(Locale.ROOT); }

  static ActorKind actorKind(String label) { return ActorKind.valueOf(label.toUpperCase(Locale.ROOT)); }

  static Outcome.Kind outcomeKind(String label) { return Outcome.Kind.valueOf(label.toUpperCase(Locale.ROOT)); }

  /** The actor in the five columns code, name, country, role, kind from {@code first}; null when all are null. */
  private static Actor actor(ResultSet r, int first) throws SQLException {
    String code = r.getString(first);
    String name = r.getString(first + 1);
    String country = r.getString(first + 2);
    String role = r.getString(first + 3);
    String kind = r.getString(first + 4);
    if (code == null && name == null && country == null && role == null && kind == null) return null;
    return new Actor(code, name, country, role, kind == null ? null : actorKind(kind));
  }

  private static EventDate eventDate(String value, String precision) {
    DatePrecision p = DatePrecision.fromLabel(precision);
    return p == DatePrecision.UNKNOWN ? EventDate.UNKNOWN : new EventDate(value, p);
  }

  private static LocalDate localDate(ResultSet r, int column) throws SQLException {
    return r.getObject(column, LocalDate.class);
  }

  private static Integer integer(ResultSet r, int column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : v;
  }
}
