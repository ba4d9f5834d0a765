package org.riposte.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riposte.api.Actor;
import org.riposte.api.ConfigException;

/**
 * The loaded actor dictionaries: countries, organisations, agents and people with dated roles, indexed for longest
 * matching over tokens. Immutable and thread safe.
 */
public final class ActorDictionary {

  /** The built-in dictionary resources, in precedence order. */
  static final List<String> BUILT_IN = List.of("people.tsv", "people-organisations.tsv", "people-eurasia.tsv",
      "people-americas.tsv", "people-europe.tsv", "people-asia.tsv", "people-mideast-africa.tsv", "people-leaders.tsv",
      "organisations.tsv", "countries.tsv", "agents.tsv",
      "people-officials-a.tsv", "people-officials-b.tsv");

  private final List<Entry> entries;
  private final PhraseIndex index;
  private final java.util.Map<String, String> countryNames = new java.util.HashMap<>();

  private ActorDictionary(List<Entry> entries) {
    this.entries = withTitleRoles(withCountryNames(entries));
    this.index = new PhraseIndex(this.entries);
    for (Entry e : this.entries) {
      if (e.type() == EntryType.COUNTRY) countryNames.putIfAbsent(e.code(), e.name());
    }
  }

  /** The canonical name of a country or region code ("RUS" → "Russia", "WST" → "the West"), or null. */
  public String countryName(String code) {
    return countryNames.get(code);
  }

  /**
   * Loads the dictionaries a configuration names.
   *
   * @throws ConfigException when a file is missing or malformed; the message names the file and line
   */
  public static ActorDictionary load(ActorConfig config) throws ConfigException {
    config.validate();
    List<Entry> all = new ArrayList<>();
    for (Path p : config.dictionaries()) {
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        all.addAll(DictionaryParser.parse(p.toString(), r));
      } catch (IOException e) {
        throw new ConfigException(p + ": cannot read actor dictionary: " + e.getMessage(), e);
      }
    }
    if (config.builtIn()) {
      for (String name : BUILT_IN) all.addAll(resource(name));
    }
    return new ActorDictionary(all);
  }

  /** A dictionary of the given text only (for tests and tools): {@code source} names it in error messages. */
  static ActorDictionary of(String source, String text) throws ConfigException {
    return new ActorDictionary(DictionaryParser.parse(source, new BufferedReader(new java.io.StringReader(text))));
  }

  private static List<Entry> resource(String name) throws ConfigException {
    InputStream in = ActorDictionary.class.getResourceAsStream(name);
    if (in == null) throw new ConfigException(name + ": built-in actor dictionary missing from the class path");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return DictionaryParser.parse(name, r);
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot read built-in actor dictionary: " + e.getMessage(), e);
    }
  }

  /**
   * Gives actors canonical names: adjectives take the name of their country ("Russian" → "Russia"), conditional
   * organisation phrases the name of the organisation ("the alliance" → "NATO").
   */
  private static List<Entry> withCountryNames(List<Entry> entries) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    java.util.Map<String, String> orgs = new java.util.HashMap<>();
    for (Entry e : entries) {
      if (e.type() == EntryType.COUNTRY) names.putIfAbsent(e.code(), e.name());
      if (e.type() == EntryType.ORG && e.options().condition() == null) orgs.putIfAbsent(e.code(), e.name());
    }
    List<Entry> out = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      String n = e.type() == EntryType.ADJ ? names.get(e.code())
          : e.type() == EntryType.ORG && e.options().condition() != null ? orgs.get(e.code()) : null;
      out.add(n == null ? e : new Entry(e.type(), e.code(), n, e.phrases(), e.options(), e.roles(), e.origin()));
    }
    return List.copyOf(out);
  }

  /**
   * Gives each office of an organisation whose code names no sector the role its title names, read with the agent
   * nouns of the dictionary ({@link #titleRole}; "Secretary-General of the United Nations" → GOV, "UN Special Envoy
   * for Syria" → DIP, "Supreme Allied Commander Europe" → MIL). A title that names no agent leaves the role null.
   */
  private static List<Entry> withTitleRoles(List<Entry> entries) {
    List<Entry> agents = new ArrayList<>();
    for (Entry e : entries) {
      if (e.type() == EntryType.AGENT && e.options().condition() == null) agents.add(e);
    }
    PhraseIndex titles = new PhraseIndex(agents);
    List<Entry> out = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      if (e.type() != EntryType.PERSON) {
        out.add(e);
        continue;
      }
      List<DatedRole> roles = new ArrayList<>(e.roles().size());
      boolean changed = false;
      for (DatedRole r : e.roles()) {
        String role = r.heldRole() == null && Codes.isOrganisation(r.code()) ? titleRole(titles, r.title()) : null;
        roles.add(role == null ? r : new DatedRole(r.code(), r.from(), r.to(), r.title(), role));
        changed |= role != null;
      }
      out.add(changed ? new Entry(e.type(), e.code(), e.name(), e.phrases(), e.options(), roles, e.origin()) : e);
    }
    return List.copyOf(out);
  }

  /**
   * The role of the agent phrases in {@code title}, read left to right taking the longest phrase at each word (so
   * "director-general" is no "general"): the last specific one, else the last weak one; null when none names a role.
   */
  static String titleRole(PhraseIndex agents, String title) {
    if (title == null || title.isBlank()) return null;
    List<String> words = Words.split(title.toLowerCase(java.util.Locale.ROOT));
    boolean[] ends = new boolean[words.size()];
    java.util.Arrays.fill(ends, true);
    String strong = null;
    String weak = null;
    for (int i = 0; i < words.size(); ) {
      List<PhraseIndex.Match> ms = agents.matchesAt(words, ends, i);
      if (ms.isEmpty()) {
        i++;
        continue;
      }
      Entry a = ms.get(0).entries().get(0);
      if (a.code() != null && a.options().weak()) weak = a.code();
      else if (a.code() != null) strong = a.code();
      i += ms.get(0).length();
    }
    return strong != null ? strong : weak;
  }

  List<Entry> entries() { return entries; }

  PhraseIndex index() { return index; }

  /** Number of entries (all types). */
  public int size() { return entries.size(); }

  /**
   * The actor a whole phrase names on a date, out of context: a person's role on that date (the latest role when
   * {@code date} is null), a country, organisation or seat of power. Conditional entries ("the alliance") and agent
   * nouns are not returned.
   *
   * @param phrase a name as written, e.g. "Lloyd Austin", "Russia", "the Kremlin", "NATO"
   */
  public Optional<Actor> lookup(String phrase, LocalDate date) {
    List<String> words = Words.split(phrase);
    if (!words.isEmpty() && words.get(0).equalsIgnoreCase("the") && words.size() > 1) {
      Optional<Actor> a = exact(words, date);
      if (a.isPresent()) return a;
      words = words.subList(1, words.size());
    }
    return exact(words, date);
  }

  private Optional<Actor> exact(List<String> words, LocalDate date) {
    boolean[] ends = new boolean[words.size()];
    java.util.Arrays.fill(ends, true);
    for (PhraseIndex.Match m : index.matchesAt(words, ends, 0)) {
      if (m.length() != words.size()) continue;
      for (Entry e : m.entries()) {
        if (e.options().condition() != null || e.type() == EntryType.AGENT) continue;
        if (e.type() == EntryType.HONORIFIC) continue;
        return Optional.ofNullable(e.type() == EntryType.PERSON ? e.personAt(date) : e.standalone());
      }
    }
    return Optional.empty();
  }

  /**
   * An actor as it was over a period: for a person of this dictionary (by canonical name) the role held then
   * ({@link #lookup} at that date; for a period longer than a day the role covering most of it); any other actor
   * unchanged. The actor stage codes people at the article's date; this re-codes them at an event's own date ("in
   * 2001, Putin met Bill Clinton": Clinton is {@code USAGOV} then, {@code USAELI} in 2021).
   *
   * @param actor a coded or uncoded actor, or null (returned as is)
   * @param first the period's first day; null for an unknown date (the actor is returned as is)
   * @param last  the period's last day (equal to {@code first} for a day)
   */
  public Actor atDate(Actor actor, LocalDate first, LocalDate last) {
    if (actor == null || first == null || last == null || actor.kind() != org.riposte.api.ActorKind.PERSON
        || actor.name() == null) {
      return actor;
    }
    Entry person = person(actor.name());
    if (person == null || !person.name().equals(actor.name())) return actor;
    Actor then = person.personDuring(first, last);
    return then.equals(actor) ? actor : then;
  }

  /**
   * Events with their people re-coded at each event's own date ({@link #atDate}); events without a date, or whose
   * people held the same role, are returned as they are. For the event coder, after it has dated its events.
   */
  public List<org.riposte.api.Event> atEventDates(List<org.riposte.api.Event> events) {
    List<org.riposte.api.Event> out = new ArrayList<>(events.size());
    for (org.riposte.api.Event e : events) {
      if (e.date() == null || !e.date().isKnown()) {
        out.add(e);
        continue;
      }
      LocalDate first = e.date().firstDay();
      LocalDate last = e.date().lastDay();
      Actor s = atDate(e.source(), first, last);
      Actor t = atDate(e.target(), first, last);
      out.add(s == e.source() && t == e.target() ? e : new org.riposte.api.Event(e.id(), e.storyId(), e.docId(),
          e.date(), e.status(), s, t, e.cameo(), e.root(), e.plover(), e.goldstein(), e.quadClass(), e.location(),
          e.evidence(), e.trigger(), e.reactsTo()));
    }
    return out;
  }

  private Entry person(String name) {
    List<String> words = Words.split(name);
    boolean[] ends = new boolean[words.size()];
    java.util.Arrays.fill(ends, true);
    for (PhraseIndex.Match m : index.matchesAt(words, ends, 0)) {
      if (m.length() != words.size()) continue;
      for (Entry e : m.entries()) if (e.type() == EntryType.PERSON) return e;
    }
    return null;
  }

  /** The dated roles of the person a name denotes (empty when the name is no known person). */
  public List<DatedRole> roles(String personName) {
    List<String> words = Words.split(personName);
    boolean[] ends = new boolean[words.size()];
    java.util.Arrays.fill(ends, true);
    for (PhraseIndex.Match m : index.matchesAt(words, ends, 0)) {
      if (m.length() != words.size()) continue;
      for (Entry e : m.entries()) if (e.type() == EntryType.PERSON) return e.roles();
    }
    return List.of();
  }
}
