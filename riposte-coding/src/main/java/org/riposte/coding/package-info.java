/**
 * The event coder: who did what to whom, when, from CoreNLP dependency parses and actor mentions.
 *
 * <p>{@link org.riposte.coding.DependencyEventCoder} is the {@link org.riposte.api.CodingStage}. For each sentence it
 * finds the predicates (verbs and nouns) that have a pattern in {@code patterns.txt}, picks the most specific
 * pattern whose conditions hold (object class, complement, particle or preposition), finds the source and target
 * actors among the mentions the actor stage found, and gives each event a date, a status, a location and the sentence
 * as evidence. Codes carry their name, Goldstein value, QuadClass and PLOVER type from
 * {@link org.riposte.coding.CameoOntology}.
 *
 * <p>{@link org.riposte.coding.QuoteStage} runs after the coder: it finds the direct quotations by their marks
 * ({@code QuoteMarks}), attributes each to a speaker from the parse and the actor mentions ({@code SpeakerResolver}:
 * the subject of the speech verb the quotation depends on, a speech noun's owner, "according to X", the previous
 * speaker for a sentence that is only a quotation, a later "This was stated by X"; null when the text names nobody),
 * dates it by its attributing clause, and codes speech acts as statement events ({@code StatementCoder}, verbs and
 * codes in {@code speech.txt}) where the coder coded nothing for the speaker in the sentence.
 *
 * <p>Resources, all in this package: {@code cameo-ontology.tsv} (the codes; facts generated from the CAMEO codebook
 * and the CAMEO→PLOVER table), {@code lexicon.txt} (word classes: object classes such as {@code DIPLOMATIC} and the
 * grammar's classes such as {@code REPORT}, {@code PLAN}, {@code LIGHT}), {@code patterns.txt} (one pattern a line,
 * with an invented example). Each file's header describes its format; a bad line fails the coder's construction with
 * its line number.
 *
 * <p>Evaluation: {@link org.riposte.coding.CodingEvaluator} scores analyses against
 * {@link org.riposte.coding.GoldSentence}s read by {@link org.riposte.coding.GoldSet#read} in one of the
 * {@link org.riposte.coding.GoldFormat}s (PLOVER gold records, the CAMEO codebook's examples, five-class sentences,
 * BIO source/target spans); {@code riposte eval} runs it and EVALUATION.md records the figures.
 *
 * <h2>Hints, tips and traps</h2>
 * <ul>
 *   <li>To add a verb or noun, add a line to {@code patterns.txt} with an example of your own (never one copied from
 *       a gold set or a seed), then a unit test built with the test {@code Fixture}. Prefer a class condition
 *       ({@code obj=DIPLOMATIC}) to a new code path.</li>
 *   <li>Lemmas are CoreNLP's, lower-cased: "troops" stays "troops", "talks" becomes "talk". Check with
 *       {@code org.riposte.nlp.DumpParse} before writing a class or pattern.</li>
 *   <li>An actor with only a role ("troops" {@code MIL}, "the mission" {@code DIP}) names no party: it is a target
 *       only when nothing better is found, and never for patterns flagged {@code own}.</li>
 *   <li>Dates come from time expressions as SUTime normalised them against the publication date; without one, a
 *       past or present report takes the publication day, but background (past perfect), nominal events, plans and
 *       hypotheses stay unknown rather than guessed. Anaphoric expressions ("that year", "the same day", "two
 *       days later") count from the last date the article stated, not from the publication date as SUTime does.</li>
 *   <li>A bare weekday or month ("on Friday", "in November") takes its direction from the tense of the verb it
 *       attaches to, read from the parse: SUTime's own tense tags are off for them (riposte-nlp's
 *       {@code OccurrenceTenseTags}), because they leaked from one document to the next. "The same day" of an act
 *       told in the past never refers to a planned day after the publication day ({@code DateResolver}).</li>
 *   <li>A commitment verb ("agreed to", "decided to") whose complement is itself coded stands aside: the complement
 *       is the event, planned ("agreed to remove Russian banks from SWIFT" is a sanction, not an agreement).</li>
 *   <li>An event whose target the sentence does not name is kept without target; a cooperative act announced for
 *       the future ("will give aid", "would allow the inspectors back") is coded as the intent of that kind (03x,
 *       {@code IntentCodes}), a conflictual one as the threat of that kind (13x, asserted, {@code ThreatCodes}: "will
 *       extend the curfew" is 1323), unless decided on or agreed ("decided to impose sanctions": 163, planned).</li>
 *   <li>A cooperative act its actor says it will not do ("will not lift the ban", "refused to release") is coded as
 *       the refusal (12x, asserted, {@code RefusalCodes}); a past act reported as not done keeps its code, negated.
 *       "X said Y must/has to …" is a demand (100) on Y, "Y should/needs to …" an appeal (020) to it
 *       ({@code StatementCoder}).</li>
 *   <li>A conflictual act done only on a condition ("will expel … unless") or that its actor stands ready to do ("is
 *       prepared to impose martial law") is the threat of that kind (13x, asserted, {@code ThreatCodes}); a nominal
 *       act named by the verb that performs it ("announced a ceasefire", "undertook a mediation mission") is done,
 *       not planned, except announced meetings and visits.</li>
 *   <li>A plain appeal, demand, rejection, threat, intent or concession (020, 100, 120, 130, 030, 080) takes the
 *       specific code of what it asks for, rejects, threatens, promises or concedes ({@code ContentCodes}): the
 *       coded act of its complement or object ("urged Peru to free the prisoners" 0253, "rejected a request to
 *       meet" 125), else the word classes of those arguments ("rejected calls for aid" 122, "demanded that Lima
 *       respect the rights of miners" 1043); the root never changes.</li>
 *   <li>Patterns may test a noun predicate's adjectives and compounds ({@code mod=joint}: "joint exercises") and an
 *       object with its compound ({@code obj=hunger_strike}, which beats a pattern testing the head noun alone).
 *       Amounts are looked through to what they are given in ("$2 million in aid"), comparatives to what they
 *       compare ("more than $4 million worth of medicine"); an adverb right after the verb counts as its particle
 *       ("rolled back tariffs"), and a noun the parser made the subject of the verb's complement ("rejected
 *       accusations he lied") as its object ({@code PatternMatcher}).</li>
 *   <li>Events without a subject of their own take their source from the words around them ({@code SourceFinder}):
 *       a participle of a statement from its author ("issued a statement calling on Peru to …" 020, "… accusing
 *       Lima of spying" 1125), a noun inside a container or "go on" from the governing verb's subject ("held a new
 *       round of talks", "began days of protests", "went on strike"), a noun or clause of a copular adjective from
 *       its subject ("was responsible for the attack", "is guilty of violating the truce"). A copular adjective, or
 *       a passive participle without agent, is a predicate of its own with {@code pos=adj} patterns ("was
 *       skeptical" 012, "is opposed to" 120). A finite clause a speech verb has as bare {@code dep} is reported like
 *       its complement ("Russia says Israel must end …" 100).</li>
 *   <li>Sources CAMEO itself reads where the text names no agent ({@code SentenceCoder}, {@code ActorFinder}): a
 *       bomb or an attack (lexicon class {@code DEVICE}) placed in a town or country was set by that country's
 *       unidentified armed force ("a car bomb in Kabul killed …" {@code AFGUAF}, also told in the passive: "were
 *       killed in a suicide bombing in Baghdad", the ones killed being the target), never by the place's people; an
 *       act only authorities do (investigate, charge, arrest, detain, deport, expel) told in the passive without
 *       agent "in" a named place is the act of that country's authorities, of a place the dictionaries do not know
 *       by its name, uncoded.</li>
 *   <li>Over-generation guards: a pattern line with the code {@code -} marks a use of a predicate that is no event
 *       (idioms and metaphors: "a war of words", "fight for votes", "war on drugs"); {@code OverGeneration} drops
 *       sport told in the words of conflict (a sports noun or score in the act's clause) and undated history
 *       lessons (an act "in/during" a named past period with no date of its own; with a date it is kept, dated);
 *       an event needs a coded party or a named entity on one side and an actor is never invented.</li>
 *   <li>Events are deduplicated per sentence by code, actors, date, status and predicate (coordinated nouns count as
 *       one predicate: "seizure and annexation"); ids are SHA-256 based and stable across runs.</li>
 *   <li>Parse errors are the main source of misses: dangling verbs get the noun phrase before them as subject, and
 *       a preposition the parser attached to the wrong word is taken from the next token for nouns ("break with
 *       NATO"), and "called on Moscow to end", which the parser reads as an adverbial clause with "on" as its mark,
 *       gives "Moscow" as the argument of "on"; but a sentence the parser gets wrong is usually lost.</li>
 * </ul>
 */
package org.riposte.coding;
