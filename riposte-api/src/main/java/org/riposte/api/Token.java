package org.riposte.api;

/**
 * One token of a sentence.
 *
 * @param index 0-based index within its sentence
 * @param word  the token as the tokenizer normalised it (e.g. {@code "} may become {@code ``})
 * @param lemma its lemma, lower case for common words
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   coarse named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code DATE}, …,
 *              or {@code O})
 * @param begin character offset of its first character in {@link Article#text()}
 * @param end   character offset after its last character
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

  public boolean isVerb() { return pos.startsWith("VB"); }

  public boolean isNoun() { return pos.startsWith("NN"); }

  public boolean isProperNoun() { return pos.startsWith("NNP"); }
}
