package org.riposte.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.riposte.api.DatePrecision;
import org.riposte.api.Dependency;
import org.riposte.api.EventDate;
import org.riposte.api.Sentence;
import org.riposte.api.Timex;

/**
 * Dates events. The date is that of the time expression attached to the predicate (or inside its clause), else of one
 * attached to the clause it depends on (a conjoined verb, the reporting verb of a complement, the clause a nominal
 * event hangs from), converted at the precision it states: "2021-W42" is a week, "2021-10" a month, "2014" a year,
 * "seven years ago" the year it names. Without one, a past or present report dates the event on the publication day,
 * except background (past perfect) and nominal events, and plans and hypotheses, which stay unknown. Values with
 * {@code X} or {@code REF} that the publication date cannot anchor are unknown, and without a publication date only
 * expressions that write their year count.
 *
 * <p>A bare weekday or month name takes its direction from the tense of the verb it dates, read from the parse
 * (SUTime gives the closest such day or month around the publication date, see riposte-nlp's
 * {@code OccurrenceTenseTags}): in a Wednesday paper, "arrested on Friday" is the Friday before and "will meet on
 * Monday" the Monday after; in an October paper, "elected in November" is last November.
 *
 * <p>Anaphoric expressions ("that year", "the same month", "later that year", "the following day", "two years
 * later") count from a date the article stated before them (its <em>reference</em>, see
 * {@link #observe(ParseGraph)}), not from the publication day as SUTime does: after "Russia annexed Crimea in 2014",
 * "NATO suspended cooperation that year" is 2014. The reference is the last stated date at least as fine as the
 * anaphor's unit ("the same day" looks back past "in 2018" to a stated day), else the last stated date: the result is
 * never finer than the reference ("the same day" after only "in 2018" is 2018). For an act told in the past tense,
 * dates after the publication day are plans, never its reference: "talks on Thursday and Friday" in a Wednesday paper
 * do not date "the same day that the minister said". Without a stated date before them they are unknown, never the
 * publication day.
 *
 * <p>Not thread safe: one instance serves one article, whose sentences it must see in order.
 */
final class DateResolver {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR_PART = Pattern.compile("(\\d{4})(-(SP|SU|FA|WI|Q\\d|H\\d))?");
  private static final Pattern NO_YEAR_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
  private static final Pattern AGO = Pattern.compile("\\b(years?|months?)\\s+ago\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("(on\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
  /** A month by its name alone ("November", "in early March"), which names no year. */
  private static final Pattern MONTH_NAME = Pattern.compile("((in|early|late|mid|-)\\s*)*(january|february|march|april"
      + "|may|june|july|august|september|october|november|december)");
  /** Auxiliaries of the future ("will", "'ll", "wo" of "won't", "shall", "would" of reported plans). */
  private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "wo", "shall", "would");
  /** Verbs whose infinitive complement is still to come ("expected to visit", "due to meet", "plans to go"). */
  private static final Set<String> PLAN_HEADS =
      Set.of("expect", "due", "schedule", "set", "plan", "intend", "prepare", "go", "hope", "aim");
  /** Heads of phrases naming the act a predicate answers, whose time expressions date that act. */
  private static final java.util.Set<String> ANSWER_NOUNS =
      java.util.Set.of("retaliation", "response", "reply", "answer", "reaction", "revenge", "reprisal");
  private static final String UNIT = "(day|week|month|year)s?";
  /** "that year", "the same month", "later that day": the reference's own period. */
  private static final Pattern SAME = Pattern.compile("(?:^|\\s)(?:that|the same|this same)\\s+" + UNIT + "$");
  /** "the following day", "the previous year": one period after or before the reference. */
  private static final Pattern NEXT =
      Pattern.compile("(?:^|\\s)the\\s+(following|next|previous|preceding|prior)\\s+" + UNIT + "$");
  /** "two years later", "a month earlier": so many periods after or before the reference. */
  private static final Pattern LATER = Pattern.compile("(?:^|\\s)(a|an|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|\\d+)\\s+" + UNIT + "\\s+(later|after|afterwards|earlier|before)$");
  private static final List<String> NUMBERS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
  private static final Set<String> PAST_AUX = Set.of("had", "has", "have", "was", "were", "did");
  /** Relations from a predicate to a time expression that are not its arguments or clauses. */
  private static final Set<String> NOT_TIME = Set.of("nsubj", "obj", "iobj", "ccomp", "xcomp", "conj", "csubj",
      "acl", "parataxis", "punct", "cc", "mark", "case", "det", "aux", "cop");
  /** Relations the search climbs from a verb to the clause it depends on. */
  private static final Set<String> CLIMB = Set.of("conj", "xcomp", "ccomp", "advcl", "acl", "parataxis", "dep", "obl");

  private final LocalDate published;
  /** The dates the article stated in the sentences seen so far, in order. */
  private final List<EventDate> stated = new ArrayList<>();

  /** @param published the article's publication date, or null */
  DateResolver(LocalDate published) { this.published = published; }

  /**
   * Takes the dates a sentence states, in order, as candidate references of the anaphoric expressions that follow:
   * each one that resolves to a date (anaphoric ones included, "now" excluded), as it dates the verb it attaches to.
   * Call it once per sentence, in order, after coding the sentence.
   */
  void observe(ParseGraph g) {
    Sentence s = g.sentence();
    for (Timex t : s.timexes()) {
      if (!isDate(s, t) || "PRESENT_REF".equals(t.value())) continue;
      EventDate d = dateOf(g, t, -1);
      if (d.isKnown()) stated.add(d);
    }
  }

  /** The verb a time expression attaches to directly ("closed … on Friday"), or −1 (it qualifies a noun). */
  private static int verbOf(ParseGraph g, Timex t) {
    for (int i = t.beginToken(); i < t.endToken(); i++) {
      Dependency up = g.anyHead(i);
      if (up == null || up.governor() >= t.beginToken() && up.governor() < t.endToken()) continue;
      return up.governor() >= 0 && g.token(up.governor()).isVerb() ? up.governor() : -1;
    }
    return -1;
  }

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
      // "in retaliation for X's expulsion earlier this week": that time dates the act answered, not this one
      if (ANSWER_NOUNS.contains(g.token(d.dependent()).lemma())) continue;
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
    return t != null && isDate(g.sentence(), t) ? t : null;
  }

  /** A date or time, or a period that names one by anaphora ("that year", which SUTime takes for a duration). */
  private static boolean isDate(Sentence s, Timex t) {
    return "DATE".equals(t.type()) || "TIME".equals(t.type())
        || "DURATION".equals(t.type()) && SAME.matcher(phrase(s, t)).find();
  }

  /** The expression's words with the two words before it, lower case ("suspended … that year"). */
  private static String phrase(Sentence s, Timex t) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, t.beginToken() - 2); i < t.endToken() && i < s.tokens().size(); i++) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(s.token(i).word().toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /**
   * The date a time expression gives an event. Anaphoric expressions count from the reference (see the class
   * comment). A bare weekday or month that SUTime put after the publication day is the one before when the verb
   * tells a past act ("arrested on Sunday" in a Thursday paper, "elected in November" in an October one); one it put
   * before the publication day is the one after when the verb tells a future one ("will meet on Monday" in a
   * Wednesday paper). The verb is the one the expression attaches to ("said on Friday that they would freeze…": the
   * saying's past), else the anchor.
   *
   * @param anchor the event's verb (the predicate, or a nominal event's light verb), or −1
   */
  EventDate dateOf(ParseGraph g, Timex t, int anchor) {
    int own = verbOf(g, t);
    if (own >= 0) anchor = own;
    boolean past = anchor >= 0 && isPast(g, anchor);
    Anaphora a = anaphora(g.sentence(), t);
    if (a != null) return shift(referenceFor(g, t, a.unit(), past), a.unit(), a.amount());
    EventDate d = convert(t);
    String words = t.text().toLowerCase(Locale.ROOT);
    boolean weekday = d.precision() == DatePrecision.DAY && WEEKDAY.matcher(words).matches();
    boolean month = d.precision() == DatePrecision.MONTH && MONTH_NAME.matcher(words).matches();
    if (!weekday && !month || anchor < 0) return d;
    LocalDate first = d.firstDay();
    if (past && isFuture(d)) {
      return weekday ? EventDate.day(first.minusDays(7)) : EventDate.month(first.getYear() - 1, first.getMonthValue());
    }
    if (published != null && d.lastDay().isBefore(published) && isFutureTense(g, anchor)) {
      return weekday ? EventDate.day(first.plusDays(7)) : EventDate.month(first.getYear() + 1, first.getMonthValue());
    }
    return d;
  }

  /** Whether a verb tells a future act: "will meet", "would visit", "is expected to visit", "plans to go". */
  private static boolean isFutureTense(ParseGraph g, int v) {
    int cur = v;
    for (int hop = 0; hop < 3 && cur >= 0; hop++) {
      for (Dependency d : g.out(cur)) {
        if (d.baseRelation().equals("aux")
            && FUTURE_AUX.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      Dependency up = g.governor(cur);
      if (up == null || !up.baseRelation().equals("xcomp")) return false;
      cur = up.governor();
      if (PLAN_HEADS.contains(g.lemma(cur))) return true;
    }
    return false;
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

  /** An anaphoric expression: so many units after (positive) or before (negative) the reference; 0 for the same. */
  private record Anaphora(String unit, int amount) {}

  /** The anaphora a time expression writes ("that year", "the following day", "two years later"), or null. */
  private static Anaphora anaphora(Sentence s, Timex t) {
    String words = phrase(s, t);
    Matcher m;
    if ((m = SAME.matcher(words)).find()) return new Anaphora(m.group(1), 0);
    if ((m = NEXT.matcher(words)).find()) {
      return new Anaphora(m.group(2), m.group(1).equals("following") || m.group(1).equals("next") ? 1 : -1);
    }
    if ((m = LATER.matcher(words)).find()) {
      String n = m.group(1);
      int amount = n.matches("\\d+") ? Integer.parseInt(n) : n.startsWith("a") ? 1 : NUMBERS.indexOf(n);
      boolean after = m.group(3).equals("later") || m.group(3).startsWith("after");
      return new Anaphora(m.group(2), after ? amount : -amount);
    }
    return null;
  }

  /**
   * The reference of an anaphoric expression of {@code unit}: among the dates stated before it (in the sentences
   * observed, then earlier in its own sentence), the last one at least as fine as the unit, else the last one; for an
   * act told in the past, dates after the publication day do not count. Null when there is none.
   */
  private EventDate referenceFor(ParseGraph g, Timex t, String unit, boolean pastAct) {
    Sentence s = g.sentence();
    List<EventDate> candidates = new ArrayList<>(stated);
    for (Timex o : s.timexes()) {
      if (o.beginToken() >= t.beginToken()) break;
      if (!isDate(s, o) || "PRESENT_REF".equals(o.value()) || anaphora(s, o) != null) continue;
      EventDate d = dateOf(g, o, -1);
      if (d.isKnown()) candidates.add(d);
    }
    DatePrecision wanted = DatePrecision.valueOf(unit.toUpperCase(Locale.ROOT));
    EventDate coarser = null;
    for (int i = candidates.size() - 1; i >= 0; i--) {
      EventDate c = candidates.get(i);
      if (pastAct && isFuture(c)) continue;
      if (c.precision().ordinal() <= wanted.ordinal()) return c;
      if (coarser == null) coarser = c;
    }
    return coarser;
  }

  /**
   * The reference moved by {@code amount} units, at the coarser of the unit's and the reference's precision;
   * unknown without a reference.
   */
  private static EventDate shift(EventDate reference, String unit, int amount) {
    if (reference == null) return EventDate.UNKNOWN;
    DatePrecision p = DatePrecision.valueOf(unit.toUpperCase(Locale.ROOT));
    if (p.ordinal() < reference.precision().ordinal()) p = reference.precision();
    LocalDate d = reference.firstDay().plus(amount, switch (unit) {
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.YEARS;
    });
    return switch (p) {
      case DAY -> EventDate.day(d);
      case WEEK -> EventDate.week(d);
      case MONTH -> EventDate.month(d.getYear(), d.getMonthValue());
      default -> EventDate.year(d.getYear());
    };
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
