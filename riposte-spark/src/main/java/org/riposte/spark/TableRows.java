package org.riposte.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
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
 * The Parquet tables the job writes, with the column names and labels of the store's tables (snake case; enums as
 * lower-case labels: {@code asserted}, {@code day}, {@code state}, {@code ok}), and the conversions between records
 * and Spark rows, both ways ({@code toRow}/{@code event(Row)}…), so that the job's output can be loaded into a store.
 */
final class TableRows {
  private TableRows() {}

  static final StructType EVENTS = schema(
      "id", str(), "story_id", str(), "doc_id", str(), "date", str(), "date_precision", str(),
      "date_first", date(), "date_last", date(), "status", str(),
      "source_code", str(), "source_name", str(), "source_country", str(), "source_role", str(), "source_kind", str(),
      "target_code", str(), "target_name", str(), "target_country", str(), "target_role", str(), "target_kind", str(),
      "cameo", str(), "root", str(), "plover", str(), "goldstein", DataTypes.DoubleType,
      "quad_class", DataTypes.IntegerType, "location_name", str(), "location_country", str(),
      "evidence_sentence", str(), "evidence_start", DataTypes.IntegerType, "evidence_end", DataTypes.IntegerType,
      "trigger", str(), "reacts_to", DataTypes.createArrayType(DataTypes.StringType, false));

  static final StructType QUOTES = schema(
      "id", str(), "doc_id", str(), "text", str(), "speaker_name", str(), "speaker_code", str(),
      "speaker_role", str(), "speaker_country", str(), "speaker_kind", str(), "verb", str(),
      "start", DataTypes.IntegerType, "end", DataTypes.IntegerType, "date", str(), "date_precision", str());

  static final StructType ARTICLES = schema(
      "id", str(), "url", str(), "outlet", str(), "published", date(), "title", str(), "language", str(),
      "text", str());

  static final StructType OUTCOMES = schema("origin", str(), "doc_id", str(), "kind", str(), "reason", str());

  static Row toRow(Event e) {
    Object[] v = new Object[EVENTS.size()];
    int i = 0;
    v[i++] = e.id();
    v[i++] = e.storyId();
    v[i++] = e.docId();
    v[i++] = e.date().value();
    v[i++] = e.date().precision().label();
    v[i++] = sqlDate(e.date().firstDay());
    v[i++] = sqlDate(e.date().lastDay());
    v[i++] = e.status().label();
    i = actor(v, i, e.source());
    i = actor(v, i, e.target());
    v[i++] = e.cameo();
    v[i++] = e.root();
    v[i++] = e.plover();
    v[i++] = e.goldstein();
    v[i++] = e.quadClass();
    v[i++] = e.location() == null ? null : e.location().name();
    v[i++] = e.location() == null ? null : e.location().country();
    v[i++] = e.evidence() == null ? null : e.evidence().sentence();
    v[i++] = e.evidence() == null ? null : e.evidence().start();
    v[i++] = e.evidence() == null ? null : e.evidence().end();
    v[i++] = e.trigger();
    v[i] = scala.jdk.javaapi.CollectionConverters.asScala(e.reactsTo()).toList();
    return RowFactory.create(v);
  }

  static Event event(Row r) {
    Location loc = r.isNullAt(23) && r.isNullAt(24) ? null : new Location(r.getString(23), r.getString(24));
    Evidence ev = r.isNullAt(26) ? null : new Evidence(r.getString(25), r.getInt(26), r.getInt(27));
    List<String> reacts = r.isNullAt(29) ? List.of() : new ArrayList<>(r.getList(29));
    return new Event(r.getString(0), r.getString(1), r.getString(2), eventDate(r.getString(3), r.getString(4)),
        Status.fromLabel(r.getString(7)), actor(r, 8), actor(r, 13), r.getString(18), r.getString(19),
        r.getString(20), r.getDouble(21), r.getInt(22), loc, ev, r.getString(28), reacts);
  }

  static Row toRow(Quote q) {
    Actor s = q.speaker();
    EventDate d = q.date() == null ? EventDate.UNKNOWN : q.date();
    return RowFactory.create(q.id(), q.docId(), q.text(), s == null ? null : s.name(), s == null ? null : s.code(),
        s == null ? null : s.role(), s == null ? null : s.country(), s == null ? null : label(s.kind()), q.verb(),
        q.start(), q.end(), d.value(), d.precision().label());
  }

  static Quote quote(Row r) {
    Actor speaker = r.isNullAt(3) && r.isNullAt(4) ? null
        : new Actor(r.getString(4), r.getString(3), r.getString(6), r.getString(5), actorKind(r.getString(7)));
    return new Quote(r.getString(0), r.getString(1), r.getString(2), speaker, r.getString(8), r.getInt(9),
        r.getInt(10), eventDate(r.getString(11), r.getString(12)));
  }

  static Row toRow(Article a) {
    return RowFactory.create(a.id(), a.url(), a.outlet(), sqlDate(a.published()), a.title(), a.language(), a.text());
  }

  static Article article(Row r) {
    LocalDate published = r.isNullAt(3) ? null : r.getDate(3).toLocalDate();
    return new Article(r.getString(0), r.getString(1), r.getString(2), published, r.getString(4), r.getString(5),
        r.getString(6));
  }

  static Row toRow(Outcome o) {
    return RowFactory.create(o.origin(), o.docId(), o.kind().label(), o.reason());
  }

  static Outcome outcome(Row r) {
    return new Outcome(r.getString(0), r.getString(1), Outcome.Kind.valueOf(r.getString(2).toUpperCase(Locale.ROOT)),
        r.getString(3));
  }

  private static int actor(Object[] v, int i, Actor a) {
    v[i++] = a == null ? null : a.code();
    v[i++] = a == null ? null : a.name();
    v[i++] = a == null ? null : a.country();
    v[i++] = a == null ? null : a.role();
    v[i++] = a == null ? null : label(a.kind());
    return i;
  }

  private static Actor actor(Row r, int i) {
    if (r.isNullAt(i) && r.isNullAt(i + 1) && r.isNullAt(i + 4)) return null;
    return new Actor(r.getString(i), r.getString(i + 1), r.getString(i + 2), r.getString(i + 3),
        actorKind(r.getString(i + 4)));
  }

  private static EventDate eventDate(String value, String precision) {
    DatePrecision p = precision == null ? DatePrecision.UNKNOWN : DatePrecision.fromLabel(precision);
    return p == DatePrecision.UNKNOWN ? EventDate.UNKNOWN : new EventDate(value, p);
  }

  private static String label(ActorKind k) { return k == null ? null : k.name().toLowerCase(Locale.ROOT); }

  private static ActorKind actorKind(String label) {
    return label == null ? null : ActorKind.valueOf(label.toUpperCase(Locale.ROOT));
  }

  private static Date sqlDate(LocalDate d) { return d == null ? null : Date.valueOf(d); }

  private static DataType str() { return DataTypes.StringType; }

  private static DataType date() { return DataTypes.DateType; }

  /** A schema of nullable columns from name, type pairs. */
  private static StructType schema(Object... nameType) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < nameType.length; i += 2) {
      fields.add(DataTypes.createStructField((String) nameType[i], (DataType) nameType[i + 1], true));
    }
    return DataTypes.createStructType(fields);
  }
}
