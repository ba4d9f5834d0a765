package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import org.riposte.api.Dependency;
import org.riposte.api.Sentence;
import org.riposte.api.Token;

/**
 * Mends part-of-speech tags the tagger gave a verb's noun homograph while the parser read it as a verb: a common noun
 * with a subject, an auxiliary (no copula) and an object, as only a verb has ("they would blockade Paris": nsubj, aux
 * and obj on the noun "blockade"), is tagged VB, so that the coder finds its subject, object and tense as a verb's.
 * Stateless; thread safe.
 */
final class VerbTags {
  private VerbTags() {}

  /** The sentence with such nouns tagged VB; the sentence itself when there is none. */
  static Sentence retagged(Sentence s) {
    List<Token> tokens = null;
    for (Token t : s.tokens()) {
      if (!misTaggedVerb(s, t)) continue;
      if (tokens == null) tokens = new ArrayList<>(s.tokens());
      tokens.set(t.index(), new Token(t.index(), t.word(), t.lemma(), "VB", t.ner(), t.begin(), t.end()));
    }
    if (tokens == null) return s;
    return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.paragraph(), tokens, s.dependencies(),
        s.timexes());
  }

  private static boolean misTaggedVerb(Sentence s, Token t) {
    if (!t.pos().equals("NN") && !t.pos().equals("NNS")) return false;
    boolean subject = false;
    boolean aux = false;
    boolean object = false;
    for (Dependency d : s.dependencies()) {
      if (d.governor() != t.index()) continue;
      switch (d.relation()) {
        case "nsubj" -> subject = true;
        case "aux" -> aux = true;
        case "obj" -> object = true;
        case "cop", "nsubj:pass", "aux:pass" -> {
          return false;
        }
        default -> { }
      }
    }
    return subject && aux && object;
  }
}
