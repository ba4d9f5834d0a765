package org.riposte.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence can hold anything SUTime or CoreNLP's numeric classifiers would tag (a date, time, duration,
 * set, number, ordinal, money or percentage), judged from its words and part-of-speech tags alone.
 *
 * <p>The contract is one-sided: a sentence for which {@link #mayHoldTime} is false gets nothing from SUTime and the
 * numeric classifiers, so they can be skipped for it with no change to the output; a sentence for which it is true
 * may or may not hold such an expression. The test is generous on purpose: any digit, any cardinal number, any word of
 * SUTime's vocabulary of calendar and clock units, named days and months, seasons, holidays, deictic time words
 * ("now", "ago", "yesterday"), frequency words, ordinals and currencies. {@code bench/time-gate} checks the contract
 * on any corpus by annotating it both ways (with SUTime on every sentence and on the selected ones only) and
 * comparing every token's NER label, normalized value and time expression.
 *
 * <p>Thread safe and stateless.
 */
public final class TimeTriggers {

  private TimeTriggers() { }

  /** Words that trigger in any letter case. */
  private static final Set<String> WORDS = words(
      // calendar and clock units
      "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
      "days", "daytime", "week", "weeks", "weekend", "weekends", "weekday", "weekdays", "fortnight", "fortnights",
      "month", "months", "quarter", "quarters", "year", "years", "yr", "yrs", "decade", "decades", "century",
      "centuries", "millennium", "millennia", "millenium", "era", "eras", "season", "seasons",
      "semester", "epoch",
      // parts of the day
      "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "tonight", "noon",
      "midday", "midnight", "dawn", "dusk", "sunrise", "sunset", "overnight", "nighttime", "lunchtime", "teatime",
      "o'clock", "a.m.", "p.m.", "am", "pm",
      // deictic and relative
      "today", "tomorrow", "yesterday", "tonite", "now", "nowadays", "currently", "current", "present", "presently",
      "recent", "recently", "lately", "ago", "past", "future", "soon", "once", "twice", "thrice", "meantime",
      "meanwhile", "previously", "formerly", "earlier", "later", 
      
      "anytime", "sometime", "someday", "currently",
      // frequency
      "daily", "weekly", "monthly", "yearly", "annual", "annually", "hourly", "nightly", "quarterly", "biweekly",
      "bimonthly", "biannual", "biannually", "semiannual", "fortnightly", "every", 
      // days and months
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
      "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "tues", "thur", "thurs",
      "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.",
      "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "mon.", "tue.", "wed.", "thu.", "fri.", "sat.",
      "sun.",
      // seasons and holidays
      "spring", "summer", "autumn", "fall", "winter", "springtime", "summertime", "wintertime", "christmas", "xmas",
      "easter", "thanksgiving", "halloween", "hanukkah", "chanukah", "passover", "ramadan", "eid", "diwali", "lent",
      "advent", "pentecost", "epiphany", "kwanzaa", "yuletide", "holiday", "holidays", "eve", "mardi",
      "solstice", "equinox", "whitsun", "ascension", "shrove", "boxing", "mothers", "fathers", "valentine",
      // numbers, ordinals, money, percentages
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
      "billion", "billions", "trillion", "trillions", "lakh", "crore", "couple", "half", "quarter", "third",
      "thirds", "first", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
      "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
      "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth",
      "thousandth", "millionth", "last", "next", "previous", "upcoming", "preceding",
      "percent", "pct", "per-cent", "%", "dollar", "dollars", "cent", "cents", "euro", "euros", "pound", "pounds",
      "sterling", "yen", "yuan", "renminbi", "rouble", "roubles", "ruble", "rubles", "rupee", "rupees", "franc",
      "francs", "peso", "pesos", "won", "lira", "dinar", "dinars", "riyal", "rial", "shekel", "shekels", "hryvnia",
      "$", "€", "£", "¥", "₹", "₽", "us$", "a$", "c$", "hk$", "usd", "eur", "gbp", "jpy", "cny", "rub");

  /** Words that trigger only as written (as words of their own they are ordinary English: "may", "sat", "sun"). */
  private static final Set<String> CASED = words(
      "May", "MAY", "March", "MARCH", "Mar", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Day", "Days", "Eve",
      "Year", "Week", "Month", "Christmas", "Easter");

  private static Set<String> words(String... w) {
    return Set.copyOf(Arrays.asList(w));
  }

  /**
   * Whether SUTime or the numeric classifiers could tag anything in a sentence of these words and tags (Penn tags;
   * {@code tags} may be null or shorter, then words alone decide).
   */
  public static boolean mayHoldTime(List<String> words, List<String> tags) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (triggers(w)) return true;
      if (tags != null && i < tags.size() && "CD".equals(tags.get(i))) return true;
    }
    return false;
  }

  /** Whether one word can start or take part in a time, number or money expression on its own. */
  static boolean triggers(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isDigit(c) || c == '$' || c == '%') return true;
    }
    if (CASED.contains(w)) return true;
    return WORDS.contains(w.toLowerCase(Locale.ROOT));
  }
}
