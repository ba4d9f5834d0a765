/**
 * Actor dictionaries and the dictionary-based actor stage: finds who is named in each sentence and codes it as
 * CAMEO would on the article's date.
 *
 * <h2>Using it</h2>
 * <pre>{@code
 * ActorStage actors = DictionaryActorStage.defaultStage();            // built-in dictionaries, once per JVM
 * ActorStage custom = DictionaryActorStage.create(ActorConfig.withDictionaries(Path.of("my-people.tsv")));
 * Analysis out = actors.process(nlpOutput);                           // adds Layer.MENTIONS
 * Optional<Actor> a = DictionaryActorStage.defaultStage().dictionary()
 *     .lookup("Lloyd Austin", LocalDate.of(2010, 1, 1));              // USAMIL (a general then)
 * }</pre>
 *
 * <h2>What a mention is</h2>
 * <ul>
 *   <li>A country, region, capital or seat of power: "Russia" → {@code RUS}, "the West" → {@code WST}, "Moscow" →
 *       {@code RUSGOV} with {@code place} true, "the Kremlin" → {@code RUSGOV}, "the Pentagon" → {@code USAMIL}.</li>
 *   <li>An organisation: "NATO", "the Atlantic Alliance" → {@code IGOWSTNAT}; "the alliance" only when NATO is named
 *       in the article; "Brussels" → NATO or the EU when one of them is named in the same paragraph (the nearer
 *       wins), else {@code BELGOV}; always {@code place} true.</li>
 *   <li>A group: a country, region, seat or organisation with an agent noun in one noun phrase ("Russian diplomats"
 *       → {@code RUSDIP}, "Russia's deputy foreign minister" → {@code RUSGOV}, "Western governments" →
 *       {@code WSTGOV}); with an organisation the code stays the organisation's and the agent's role goes in
 *       {@link org.riposte.api.Actor#role()} ("NATO diplomats" → {@code IGOWSTNAT}, role {@code DIP}). An agent alone
 *       gives a bare role code ("separatists" → {@code REB}, country null) or takes its owner from "of/at/for/in"
 *       ("diplomats of the Atlantic Alliance" → {@code IGOWSTNAT}, "an expert at Chatham House" →
 *       {@code GBREDU}). A modifier joined by "-backed", "-sponsored" … is a separate mention ("Russian-backed
 *       separatists": {@code RUS} and {@code REB}); one joined by "-based" or "-led" gives the country ("the
 *       Moscow-based Primakov Institute" → {@code RUSEDU}, "Vietnamese-led forces" → {@code VNMMIL}).</li>
 *   <li>A city or province ("Idlib", "Florida", "New South Wales") alone is a place of its country ({@code SYR},
 *       {@code place} true); with an agent it gives the agent its country ("Florida lawmakers" → {@code USALEG}).
 *       A city or capital named as where something happens to people ("a curfew in Algiers", "shells fell in
 *       central Baghdad", "the town of Cizre") is its country's civilians ({@code DZACVL}); a capital that acts
 *       ("Algiers rejected") stays the government.</li>
 *   <li>A country and an agent that together modify the noun after them stay one mention of that group ("Ugandan
 *       opposition candidates" → {@code UGAOPP}, "Israeli army bulldozers" → {@code ISRMIL}).</li>
 *   <li>A person: a known person is coded by the role held on the article's publication date (the latest role when
 *       it is unknown, unless a title before the name names another office the person held: "General Michel Aoun"
 *       in an undated text is the army commander, {@code LBNMIL}; nationality + {@code ELI} when out of office, or
 *       named as seeking one: "former President X", "candidate X"; "supporters of X" are the opposition of X's
 *       country, {@code KENOPP}); a
 *       person of an organisation whose code names no role takes the title's ("U.N. Secretary-General Kofi Annan":
 *       {@code IGOUNO}, role {@code GOV}); an unknown name takes the title around it
 *       ("Kremlin spokesman X", "X, a senior Russian diplomat", "Russia's deputy foreign minister, X") and is kept
 *       as {@link org.riposte.api.Actor#unknown(String)} when there is none. Within one article a name, once coded,
 *       codes its later surname-only mentions ("Mr. Utkin"), and a definite singular title refers to the person
 *       last introduced with it ("the spokesman"; "the minister" after "Foreign Minister X").</li>
 *   <li>A pronoun: "he", "she", "it", "its", "they" … that refers to an actor gets a one-token mention with that
 *       actor ("He added …" → Keir Giles); see {@link org.riposte.actors.Coreference} for the rules.</li>
 *   <li>Rebels without a country ("separatists", "Russian-backed separatists") are the rebels of the country the
 *       text places them in ("… near Donetsk" → {@code UKRREB}), never of their sponsor; the opposition and
 *       civilians without a country likewise take the place named in the sentence or paragraph ("opposition leaders
 *       postponed the rally in Tbilisi" → {@code GEOOPP}). An ethnic group ("ethnic Albanians", "ethnic Turks") is
 *       coded by the first other country the sentence places it in ("… demonstrated in Serbia" → {@code SRBCVL}).
 *       A place name of two countries counts as the one its context names ("militias in Tripoli … the Lebanese
 *       port" → {@code LBNREB}); a people that lives in one country is coded like its demonym ("Karen guerrillas"
 *       → {@code MMRREB}).</li>
 *   <li>An acronym the article defines in parentheses right after a coded name ("the Peruvian farmers (PFA)") is
 *       that actor there and wherever the article uses it later; see {@code Acronyms}.</li>
 *   <li>A name one slip away from exactly one known person's full name (same forenames; the surname, of five letters
 *       or more, with a letter added, dropped, changed or two swapped: "Francois Mitterand") is that person.</li>
 * </ul>
 *
 * <h2>Who is this? (for later stages: quotes, statements)</h2>
 * <pre>{@code
 * Optional<Mention> m = Mentions.covering(analysis, sentence, token);     // names, titles and resolved pronouns
 * Coreference coref = Coreference.of(analysis);                           // once per article
 * Optional<Actor> speaker = coref.actorAt(sentence, token);               // "he said" → the person "he" refers to
 * Optional<Mention> first = coref.antecedent(sentence, token);            // the mention the pronoun refers back to
 * }</pre>
 *
 * <h2>Spans and heads (for the event coder)</h2>
 * <ul>
 *   <li>Mentions of one sentence never overlap and come in token order. A title and its name in one noun phrase
 *       are one mention ("the Russian Minister of Foreign Affairs Sergey Lavrov", "Kremlin spokesman Dmitry
 *       Peskov"); determiners are in the span only where a dictionary phrase has them ("the alliance"), the possessive
 *       {@code 's} never at its end.</li>
 *   <li>{@link org.riposte.api.Mention#headToken()} is the token of the span whose governor lies outside it: the
 *       token by which the parser attaches the phrase (for "Russian diplomats" the noun "diplomats"; for "Kremlin
 *       spokesman Dmitry Peskov" "Peskov"; for "the Russian Minister … Sergey Lavrov" "Minister", the parser's
 *       head). To find the actor of a subject or object token, take the mention that
 *       {@link org.riposte.api.Mention#covers(int) covers} it.</li>
 *   <li>A name and a title in apposition are two mentions with the same actor ("Mikhail Ulyanov" and "a senior
 *       Russian diplomat" are both Ulyanov, {@code RUSDIP}), so a verb attached to either finds him.</li>
 *   <li>A modifier that is not the head of its noun phrase is still a mention: "Russia" in "Russia's break with
 *       NATO", "Russian" in "Russian aggression"; the coder sees from the arc ({@code nmod:poss}, {@code amod})
 *       whether it acts.</li>
 * </ul>
 *
 * <h2>Dictionary files</h2>
 * UTF-8 text, one record a line; columns separated by one or more tabs; {@code #} starts a comment (at the start of
 * a line or after white space); blank lines are ignored. Phrases in a column are separated by {@code |}; the first
 * is the canonical name. Built-in files: {@code countries.tsv}, {@code organisations.tsv}, {@code agents.tsv},
 * {@code people.tsv} in this package's resources. User files ({@link org.riposte.actors.ActorConfig}) use the same
 * format and take precedence over the built-in entries for the same phrase.
 * <pre>
 * COUNTRY   RUS        Russia|Russian Federation|Soviet Union      a state or region (regions: WST, EUR, …)
 * ADJ       RUS        Russian|Soviet                              adjective or demonym ("-an"/"-i" plurals made)
 * CAPITAL   RUS        Moscow                                      the government, and a place
 * CITY      RUS        St Petersburg|Florida                       a city or province: a place of its country
 * SEAT      RUSGOV     Kremlin                                     a seat of power with its full code
 * ORG       IGOWSTNAT  NATO|Atlantic Alliance                      an organisation (or a national body: GBREDU)
 * ORG       IGOWSTNAT  the alliance        when=IGOWSTNAT/article  … only when NATO is named in the article
 * ORG       IGOUNO     Security Council    role=GOV                … with the role it plays (else its code's sector)
 * AGENT     DIP        diplomat|ambassador|embassy                 a role noun (plurals made); - for no role
 * AGENT     GOV        official|spokesman  weak                    flags: weak, topic, modonly, place
 * PERSON    RUS        Sergey Lavrov|Sergei Lavrov|Lavrov          a person: nationality, name and aliases …
 * ROLE      RUSGOV     2004-03-09  -   Minister of Foreign Affairs … and each role: code, from, to (ISO or -), title
 * PERSON    EGY        Abdel Fattah el-Sisi|Sisi   EGYMIL 2012-08-12..2014-03-26 Commander-in-Chief; EGYGOV 2014-06-08.. President
 *                                                               … or one line: spells CODE FROM..TO title, ";" between
 * HONORIFIC -          Mr.|Mrs.|Dr.                                a courtesy title before a name
 * </pre>
 * A person's spells (the fourth column of a {@code PERSON} line, before any options) give dates as
 * {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (a start is the first day of the period, an end its last),
 * either side empty while open; a piece between semicolons that is no spell continues the previous spell's title.
 * A spell in an organisation whose code names no sector ({@code IGOUNO}) takes the role its title names, read with
 * the agent nouns when the dictionary loads ("Secretary-General of the United Nations" → {@code GOV}, "UN Special
 * Envoy for Syria" → {@code DIP}; see {@link org.riposte.api.Actor#role()}); a title naming no agent gives none.
 * The built-in people are in {@code people*.tsv}, one file per region, one person a line, grouped by country;
 * {@code people-leaders.tsv} adds heads of state and government of 1975 to today that the regional files lack, for
 * older news. {@code people-officials-b.tsv} adds, for Russia and Eurasia, China, North Korea, South Asia, the Middle
 * East, Nigeria, South Africa, Ethiopia, Kenya, Sudan, Serbia, the Caucasus and Kazakhstan, the defence, interior and
 * foreign ministers, ambassadors to the UN, military and intelligence chiefs and spokespeople of 2000 to today that the
 * other files lack ({@code CCCGOV} ministers and spokespeople, {@code CCCDIP} ambassadors, {@code CCCMIL} officers,
 * {@code CCCSPY} intelligence chiefs).
 * {@code people-officials-a.tsv} adds the other officials of 30 much-reported countries of the Americas, Europe and
 * Asia-Pacific, 2000 to today: defence and interior ministers, foreign ministers the regional files lack, ambassadors
 * to the UN and NATO ({@code DIP}), chiefs of defence and service chiefs ({@code MIL}), intelligence chiefs
 * ({@code SPY}) and government spokespeople ({@code GOV}).
 * Options (last column, space-separated): {@code place} (the phrase is also a location), {@code weak} (the agent's
 * role yields to a more specific one: "Kremlin spokesman" is GOV from the Kremlin, "military spokesman" MIL),
 * {@code topic} (a country noun before it is a subject: "a Russia expert" is not Russian), {@code modonly} (an actor
 * only with a country or organisation: "staff", "mission"), {@code role=ROLE} (the role of an organisation or seat
 * named alone; without it an organisation's role is the sector block of its CAMEO code, the third of an IGO code,
 * {@code IGOUNOREFHCR} → {@code REF}, the second of an NGO code), {@code when=CODE/scope} (the entry applies only when an
 * unconditional entry whose code starts with CODE is named within the scope: {@code sentence}, {@code paragraph} or
 * {@code article}).
 *
 * <h3>Matching</h3>
 * Phrases are matched longest first over the sentence's tokens (so "NATO-Russia Council" beats "NATO"); hyphens are
 * words of their own, as CoreNLP splits them; typographic apostrophes and diacritics are folded ("Russia’s",
 * "Élysée"). Lower-case dictionary words match any case; capitalised ones match exactly, except that acronyms of
 * four or more letters also match in title case ("Nato") — never "us" for "US" or "Who" for "WHO". An agent must end
 * on a noun ("the general public" is no general). A surname alone is a person only when the tagger calls it PERSON,
 * a title or honorific precedes it, or the full name occurs in the article (and the tagger does not call it a
 * place: "Austin, Texas"). A place inside a longer PERSON name is not a place ("Michael Jordan").
 *
 * <h2>Hints, tips and traps</h2>
 * <ul>
 *   <li>Roles follow CAMEO practice as Phoenix codes it, except diplomats ({@code DIP}, as DESIGN.md asks, where
 *       Phoenix says GOV) and defectors ({@code SPY}). Protesters and activists are {@code OPP} as in Phoenix;
 *       civilians and citizens {@code CVL}; refugees {@code REF}, workers and unions {@code LAB}, security forces
 *       {@code COP}, as in Phoenix. See the head of {@code agents.tsv}.</li>
 *   <li>Role dates are inclusive; on a hand-over day both office holders match, each keeping his role. Mentions are
 *       coded at the article's publication date (the stage does not know event dates); the event coder then
 *       re-codes the people of each dated event at its own date with
 *       {@link org.riposte.actors.ActorDictionary#atEventDates} ("in 2001, Putin met Bill Clinton": Clinton
 *       {@code USAGOV}, though {@code USAELI} at a 2021 article's date).</li>
 *   <li>No two people may share a name or alias across the built-in files (a test checks it): list a surname alone
 *       only when it is distinctive.</li>
 *   <li>The stage makes two passes over an article: the first records who is named where (for {@code when=}
 *       conditions and surnames), the second builds mentions in sentence order, so the name cache only looks
 *       back.</li>
 * </ul>
 */
package org.riposte.actors;
