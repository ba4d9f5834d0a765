package org.riposte.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.riposte.api.ConfigException;

/**
 * Reads one dictionary file (format in the package documentation). Every error names the file and the line.
 * Not thread safe; one parser reads one file.
 */
final class DictionaryParser {

  /** A spell of a PERSON line: code, from, "..", to, title. */
  // compiled once: the built-in files have some 20,000 lines
  private static final java.util.regex.Pattern TABS = java.util.regex.Pattern.compile("\\t+");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern OPTION_SEPARATORS = java.util.regex.Pattern.compile("[\\s,]+");
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
  private static final java.util.regex.Pattern YEAR_MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
  private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile("(.* )?[A-Z][a-z]+(an|i)");
  private static final java.util.regex.Pattern SPELL = java.util.regex.Pattern.compile(
      "([A-Z]{3,})\\s+([0-9-]*)\\.\\.([0-9-]*)(?:\\s+(.*))?");

  private final String source;
  private final List<Entry> out = new ArrayList<>();
  private int lineNo;
  private PendingPerson person;

  private DictionaryParser(String source) {
    this.source = source;
  }

  /**
   * Parses a dictionary.
   *
   * @param source the file's name for messages
   * @param in     its lines, UTF-8
   * @return its entries in file order
   * @throws ConfigException naming {@code source:line} when a line is malformed, or when the file cannot be read
   */
  static List<Entry> parse(String source, BufferedReader in) throws ConfigException {
    DictionaryParser p = new DictionaryParser(source);
    try {
      String line;
      while ((line = in.readLine()) != null) {
        p.lineNo++;
        p.line(line);
      }
    } catch (IOException e) {
      throw new ConfigException(source + ": cannot read dictionary: " + e.getMessage(), e);
    }
    p.flushPerson();
    return p.out;
  }

  private void line(String raw) throws ConfigException {
    String line = stripComment(raw).strip();
    if (line.isEmpty()) return;
    String[] cols = TABS.split(line);
    for (int i = 0; i < cols.length; i++) cols[i] = cols[i].strip();
    String typeName = cols[0];
    if (typeName.equals("ROLE")) {
      role(cols);
      return;
    }
    flushPerson();
    EntryType type;
    try {
      type = EntryType.valueOf(typeName);
    } catch (IllegalArgumentException e) {
      throw error("unknown record type '" + typeName + "' (expected COUNTRY, ADJ, CAPITAL, CITY, SEAT, ORG, AGENT,"
          + " PERSON, HONORIFIC or ROLE)");
    }
    // A PERSON line may carry its roles inline, as a column of spells before the options.
    boolean spells = type == EntryType.PERSON && cols.length >= 4 && SPELL.matcher(cols[3]).lookingAt();
    int max = spells ? 5 : 4;
    if (cols.length < 3 || cols.length > max) {
      throw error(typeName + (type == EntryType.PERSON
          ? " needs 3 to 5 tab-separated columns (PERSON, nationality, names[, spells][, options]), found "
          : " needs 3 or 4 tab-separated columns (type, code, phrases[, options]), found ") + cols.length);
    }
    String code = cols[1].equals("-") ? null : cols[1];
    checkCode(type, code);
    List<String> phrases = phrases(type, cols[2]);
    int optionsCol = spells ? 4 : 3;
    EntryOptions options = cols.length > optionsCol ? options(cols[optionsCol]) : EntryOptions.NONE;
    if (type == EntryType.PERSON) {
      person = new PendingPerson(code, phrases, options, source + ":" + lineNo);
      if (spells) {
        // A piece that is no spell continues the previous spell's title ("Vice-Chancellor; Finance Minister").
        for (String piece : cols[3].split(";")) {
          String p = piece.strip();
          if (SPELL.matcher(p).lookingAt() || p.contains("..") || person.roles.isEmpty()) {
            spell(p);
          } else {
            DatedRole last = person.roles.remove(person.roles.size() - 1);
            person.roles.add(new DatedRole(last.code(), last.from(), last.to(), last.title() + "; " + p));
          }
        }
      }
    } else {
      out.add(new Entry(type, code, phrases.get(0), phrases, options, List.of(), source + ":" + lineNo));
    }
  }

  private void role(String[] cols) throws ConfigException {
    if (person == null) throw error("ROLE must follow a PERSON line (or another ROLE line)");
    if (cols.length != 5) {
      throw error("ROLE needs 5 tab-separated columns (ROLE, code, from, to, title), found " + cols.length);
    }
    String code = cols[1];
    if (!Codes.isWellFormed(code)) throw error("malformed actor code '" + code + "'");
    LocalDate from = date(cols[2]);
    LocalDate to = date(cols[3]);
    if (from != null && to != null && to.isBefore(from)) {
      throw error("role ends (" + to + ") before it begins (" + from + ")");
    }
    person.roles.add(new DatedRole(code, from, to, cols[4]));
  }

  /**
   * One spell of a PERSON line: {@code CODE FROM..TO title}, dates as {@code YYYY-MM-DD}, {@code YYYY-MM} or
   * {@code YYYY} (a start at the first day of the period, an end at its last day), either side empty when open.
   */
  private void spell(String spell) throws ConfigException {
    java.util.regex.Matcher m = SPELL.matcher(spell);
    if (!m.matches()) {
      throw error("malformed spell '" + spell + "' (expected CODE FROM..TO title, e.g. RUSGOV 2004-03-09.. Minister"
          + " of Foreign Affairs; spells separated by ;)");
    }
    String code = m.group(1);
    if (!Codes.isWellFormed(code)) throw error("malformed actor code '" + code + "' in spell '" + spell + "'");
    LocalDate from = m.group(2).isEmpty() ? null : periodDate(m.group(2), false);
    LocalDate to = m.group(3).isEmpty() ? null : periodDate(m.group(3), true);
    if (from != null && to != null && to.isBefore(from)) {
      throw error("spell '" + spell + "' ends (" + to + ") before it begins (" + from + ")");
    }
    String title = m.group(4) == null ? "" : m.group(4).strip();
    person.roles.add(new DatedRole(code, from, to, title));
  }

  /** A date of a spell: a day, or the first (last when {@code end}) day of a month or year. */
  private LocalDate periodDate(String s, boolean end) throws ConfigException {
    try {
      if (YEAR.matcher(s).matches()) {
        int y = Integer.parseInt(s);
        return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
      if (YEAR_MONTH.matcher(s).matches()) {
        java.time.YearMonth ym = java.time.YearMonth.parse(s);
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw error("bad date '" + s + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)");
    }
  }

  private void flushPerson() {
    if (person == null) return;
    out.add(new Entry(EntryType.PERSON, person.nationality, person.phrases.get(0), person.phrases, person.options,
        person.roles, person.origin));
    person = null;
  }

  private void checkCode(EntryType type, String code) throws ConfigException {
    switch (type) {
      case COUNTRY, ADJ, CAPITAL, CITY, PERSON -> {
        if (code == null || code.length() != 3 || !Codes.isWellFormed(code)) {
          throw error(type + " needs a three-letter country or region code, found '" + code + "'");
        }
      }
      case SEAT, ORG -> {
        if (code == null || !Codes.isWellFormed(code)) throw error("malformed actor code '" + code + "'");
      }
      case AGENT -> {
        if (code != null && !Codes.ROLES.contains(code)) {
          throw error("unknown role code '" + code + "' (use one of " + Codes.ROLES + " or -)");
        }
      }
      case HONORIFIC -> {
        if (code != null) throw error("HONORIFIC takes no code: write -");
      }
    }
  }

  private List<String> phrases(EntryType type, String col) throws ConfigException {
    Set<String> out = new LinkedHashSet<>();
    for (String p : col.split("\\|")) {
      String s = SPACES.matcher(p.strip()).replaceAll(" ");
      if (s.isEmpty()) throw error("empty phrase in '" + col + "'");
      out.add(s);
    }
    if (type == EntryType.AGENT) {
      for (String p : List.copyOf(out)) {
        String pl = Words.plural(p);
        if (pl != null) out.add(pl);
      }
    } else if (type == EntryType.ADJ) {
      for (String p : List.copyOf(out)) {
        if (DEMONYM.matcher(p).matches()) out.add(p + "s");
      }
    }
    return List.copyOf(out);
  }

  private EntryOptions options(String col) throws ConfigException {
    boolean place = false;
    boolean weak = false;
    boolean topic = false;
    boolean modOnly = false;
    Condition condition = null;
    String role = null;
    for (String o : OPTION_SEPARATORS.split(col)) {
      if (o.isEmpty()) continue;
      switch (o) {
        case "place" -> place = true;
        case "weak" -> weak = true;
        case "topic" -> topic = true;
        case "modonly" -> modOnly = true;
        default -> {
          if (o.startsWith("role=")) {
            role = o.substring(5);
            if (!Codes.ROLES.contains(role)) throw error("unknown role '" + role + "' in option '" + o + "'");
            continue;
          }
          if (!o.startsWith("when=")) {
            throw error("unknown option '" + o
                + "' (expected place, weak, topic, modonly, role=ROLE or when=CODE/scope)");
          }
          condition = condition(o.substring(5));
        }
      }
    }
    return new EntryOptions(place, weak, topic, modOnly, condition, role);
  }

  private Condition condition(String spec) throws ConfigException {
    int slash = spec.indexOf('/');
    if (slash < 0) throw error("condition '" + spec + "' needs a scope: CODE/sentence|paragraph|article");
    String code = spec.substring(0, slash);
    if (!Codes.isWellFormed(code)) throw error("malformed actor code '" + code + "' in condition");
    try {
      return new Condition(code, Scope.valueOf(spec.substring(slash + 1).toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw error("unknown scope '" + spec.substring(slash + 1) + "' (expected sentence, paragraph or article)");
    }
  }

  private LocalDate date(String s) throws ConfigException {
    if (s.equals("-")) return null;
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw error("bad date '" + s + "' (expected YYYY-MM-DD or -)");
    }
  }

  private static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private ConfigException error(String message) {
    return new ConfigException(source + ":" + lineNo + ": " + message);
  }

  /** A PERSON line whose ROLE lines are still being read. */
  private static final class PendingPerson {
    final String nationality;
    final List<String> phrases;
    final EntryOptions options;
    final String origin;
    final List<DatedRole> roles = new ArrayList<>();

    PendingPerson(String nationality, List<String> phrases, EntryOptions options, String origin) {
      this.nationality = nationality;
      this.phrases = phrases;
      this.options = options;
      this.origin = origin;
    }
  }
}
