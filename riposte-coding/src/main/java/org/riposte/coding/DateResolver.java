package org.riposte.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.riposte.api.DatePrecision;
import org.riposte.api.Dependency;
import org.riposte.api.EventDate;
import org.riposte.api.Timex;

/**
 * Dates events. The date is that of the time expression attached to the predicate (or inside its clause), else of one
 * attached to the clause it depends on (a conjoined verb, the reporting verb of a complement, the clause a nominal
 * event hangs from), converted at the precision it states: "2021-W42" is a week, "2021-10" a month, "2014" a year,
 * "seven years ago" the year it names. Without one, a past or present report dates the event on the publication day,
 * except background (past perfect) and nominal events, and plans and hypotheses, which stay unknown. Values with
 * {@code X} or {@code REF} that the publication date cannot anchor are unknown, and without a publication date only
 * expressions that write their year count. Thread safe.
 */
final class DateResolver {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR_PART = Pattern.compile("(\\d{4})(-(SP|SU|FA|WI|Q\\d|H\\d))?");
  private static final Pattern NO_YEAR_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
  private static final Pattern AGO = Pattern.compile("\\b(years?|months?)\\s+(ago|earlier|before)\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("(on\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
  private static final Set<String> PAST_AUX = Set.of("had", "has", "have", "was", "were", "did");
  /** Relations from a predicate to a time expression that are not its arguments or clauses. */
  private static final Set<String> NOT_TIME = Set.of("nsubj", "obj", "iobj", "ccomp", "xcomp", "conj", "csubj",
      "acl", "parataxis", "punct", "cc", "mark", "case", "det", "aux", "cop");
  /** Relations the search climbs from a verb to the clause it depends on. */
  private static final Set<String> CLIMB = Set.of("conj", "xcomp", "ccomp", "advcl", "acl", "parataxis", "dep", "obl");

  private final LocalDate published;

  /** @param published the article's publication date, or null */
  DateResolver(LocalDate published) { this.published = published; }

  /**
   * The time expression that dates a predicate, or null when none does.
   *
   * @param anchor the light verb of a nominal event, or −1
   */
  Timex timexFor(ParseGraph g, int p, int anchor) {
    Timex t = own(g, p);
    if (t != null || g.token(p).isVerb()) return t != null ? t : climb(g, p);
    int head = g.nounConjHead(p);
    if (head >= 0 && (t = own(g, head)) != null) return t;
    Dependency gov = g.governor(head >= 0 ? head : p);
    if (anchor >= 0) {
      t = own(g, anchor);
      return t != null ? t : climb(g, anchor);
    }
    if (gov == null || !(gov.baseRelation().equals("obl") || gov.baseRelation().equals("nmod"))) return null;
    Timex at = dateTimex(g, gov.governor());
    return at != null ? at : own(g, gov.governor());
  }

  /** A time expression attached to {@code i} itself, or inside its subject's, object's or obliques' phrase. */
  private Timex own(ParseGraph g, int i) {
    for (Dependency d : g.out(i)) {
      if (NOT_TIME.contains(d.baseRelation())) continue;
      Timex t = dateTimex(g, d.dependent());
      if (t != null) return t;
    }
    if (!g.token(i).isVerb()) return null;
    for (Dependency d : g.out(i)) {
      String b = d.baseRelation();
      if (!(b.equals("nsubj") || b.equals("obj") || b.equals("obl"))) continue;
      for (Dependency e : g.out(d.dependent())) {
        if (e.relation().equals("nmod:tmod") || e.relation().equals("nmod:on") || e.relation().equals("obl:tmod")) {
          Timex t = dateTimex(g, e.dependent());
          if (t != null) return t;
        }
      }
    }
    return null;
  }

  private Timex climb(ParseGraph g, int p) {
    boolean background = g.isPluperfect(p);
    int cur = p;
    for (int hop = 0; hop < 4; hop++) {
      Dependency gov = g.governor(cur);
      if (gov == null || !CLIMB.contains(gov.baseRelation())) return null;
      if (background && !gov.baseRelation().equals("conj")) return null;
      cur = gov.governor();
      Timex at = dateTimex(g, cur);
      if (at != null) return at;
      Timex t = own(g, cur);
      if (t != null) return t;
    }
    return null;
  }

  private static Timex dateTimex(ParseGraph g, int token) {
    Timex t = g.sentence().timexAt(token);
    return t != null && ("DATE".equals(t.type()) || "TIME".equals(t.type())) ? t : null;
  }

  /**
   * The date a time expression gives an event told in the past: a bare weekday that SUTime put after the publication
   * day (it takes the weekday of the publication week) is the one before ("arrested on Sunday" in a Thursday paper).
   *
   * @param anchor the verb whose tense tells, or −1
   */
  EventDate dateOf(ParseGraph g, Timex t, int anchor) {
    EventDate d = convert(t);
    if (d.precision() == DatePrecision.DAY && isFuture(d) && anchor >= 0 && isPast(g, anchor)
        && WEEKDAY.matcher(t.text().toLowerCase(Locale.ROOT)).matches()) {
      return EventDate.day(d.firstDay().minusDays(7));
    }
    return d;
  }

  private static boolean isPast(ParseGraph g, int v) {
    if (g.token(v).pos().equals("VBD")) return true;
    for (Dependency d : g.out(v)) {
      if (d.baseRelation().equals("aux") && PAST_AUX.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The date a time expression states, at its precision; {@link EventDate#UNKNOWN} when it cannot be resolved. */
  EventDate convert(Timex t) {
    String v = t.value();
    if (v == null) return EventDate.UNKNOWN;
    if (v.equals("PRESENT_REF")) return published == null ? EventDate.UNKNOWN : EventDate.day(published);
    Matcher m = NO_YEAR_DAY.matcher(v);
    if (m.matches()) return published == null ? EventDate.UNKNOWN : dayWithoutYear(m);
    if (!v.matches("\\d{4}.*")) return EventDate.UNKNOWN;
    if (published == null && !t.text().contains(v.substring(0, 4))) return EventDate.UNKNOWN;
    int year = Integer.parseInt(v.substring(0, 4));
    Matcher ago = AGO.matcher(t.text().toLowerCase(Locale.ROOT));
    if ((m = DAY.matcher(v)).matches()) {
      int month = Integer.parseInt(m.group(2));
      if (ago.find()) return ago.group(1).startsWith("year") ? EventDate.year(year) : EventDate.month(year, month);
      return EventDate.day(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
    }
    if ((m = WEEK.matcher(v)).matches()) {
      LocalDate monday = LocalDate.of(year, 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
      return EventDate.week(monday);
    }
    if ((m = MONTH.matcher(v)).matches()) return EventDate.month(year, Integer.parseInt(m.group(2)));
    if (YEAR_PART.matcher(v).matches()) return EventDate.year(year);
    return EventDate.UNKNOWN;
  }

  /** "October 7" without a year: the year that puts it nearest before the publication date (or a month after). */
  private EventDate dayWithoutYear(Matcher m) {
    int month = Integer.parseInt(m.group(1));
    int day = Integer.parseInt(m.group(2));
    try {
      LocalDate d = LocalDate.of(published.getYear(), month, day);
      if (d.isAfter(published.plusMonths(1))) d = d.minusYears(1);
      return EventDate.day(d);
    } catch (java.time.DateTimeException e) {
      return EventDate.UNKNOWN;
    }
  }

  /**
   * The date of an event that no time expression dates: the publication day for a past or present report, else
   * unknown.
   *
   * @param anchor the verb whose tense tells (the predicate, or a nominal event's light verb), or −1
   */
  EventDate byDefault(ParseGraph g, int anchor, boolean plannedOrHypothetical) {
    if (published == null || anchor < 0 || plannedOrHypothetical) return EventDate.UNKNOWN;
    int cur = anchor;
    for (int hop = 0; hop < 3 && !g.isFinite(cur); hop++) {
      Dependency gov = g.governor(cur);
      if (gov == null || !CLIMB.contains(gov.baseRelation())) break;
      cur = gov.governor();
    }
    if (g.isPluperfect(anchor) || g.isPluperfect(cur)) return EventDate.UNKNOWN;
    return EventDate.day(published);
  }

  /** Whether a date lies after the publication day (then the event is still to come). */
  boolean isFuture(EventDate d) {
    return published != null && d.precision() != DatePrecision.UNKNOWN && d.firstDay().isAfter(published);
  }
}
