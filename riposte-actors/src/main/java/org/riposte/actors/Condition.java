package org.riposte.actors;

/**
 * A context condition on a dictionary entry: the entry applies only when an actor whose code starts with
 * {@code code} is named, by an unconditional entry, within {@code scope} of the mention. "Brussels" is NATO when NATO
 * is named in the same paragraph; "the alliance" is NATO when NATO is named anywhere in the article.
 *
 * @param code  the code (or code prefix) to look for
 * @param scope how far to look
 */
record Condition(String code, Scope scope) {}
