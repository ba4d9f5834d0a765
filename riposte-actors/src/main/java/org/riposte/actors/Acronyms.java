package org.riposte.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.riposte.api.Actor;
import org.riposte.api.Mention;
import org.riposte.api.Sentence;

/**
 * Acronyms an article defines: an upper-case word in parentheses right after a coded name ("the Serbian Workers'
 * Union (SSS)", "the Movement for Democratic Change (MDC)") names the same actor, there and wherever the article uses
 * it later ("SSS leaders said"), so an acronym no dictionary lists is not left uncoded. A word the dictionary codes
 * keeps its own code.
 */
final class Acronyms {

  /** Two to ten capital letters, with inner {@code /}, {@code &}, {@code -} or dots ("SPLM/A", "AT&T"). */
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z/&.\\-]{0,8}[A-Z]");

  private Acronyms() {}

  /**
   * The article's mentions ({@code mentions}, in sentence and token order) with its acronyms coded: a word no mention
   * covers gets a one-token mention; an uncoded or bare-role mention that holds the acronym ("PFA leaders") takes
   * its actor, keeping its span.
   */
  static List<Mention> resolve(List<Sentence> sentences, List<Mention> mentions) {
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    for (Mention m : mentions) bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    Map<String, Actor> defined = new HashMap<>();
    Map<Mention, Mention> replaced = new HashMap<>();
    List<Mention> added = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Mention> here = bySentence.getOrDefault(s.index(), List.of());
      for (int i = 0; i < s.tokens().size(); i++) {
        String w = s.token(i).word();
        if (!ACRONYM.matcher(w).matches()) continue;
        Mention covering = covering(here, i);
        if (covering != null && (named(covering) || replaced.containsKey(covering))) continue;
        Actor named = definedAfter(s, here, i);
        if (named != null) defined.putIfAbsent(w, named);
        Actor a = named != null ? named : defined.get(w);
        if (a == null) continue;
        if (covering == null) {
          added.add(new Mention(s.index(), i, i + 1, i, w, a, false));
        } else {
          replaced.put(covering, new Mention(covering.sentence(), covering.beginToken(), covering.endToken(),
              covering.headToken(), covering.text(), a, covering.place()));
        }
      }
    }
    if (added.isEmpty() && replaced.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>(mentions.size() + added.size());
    for (Mention m : mentions) out.add(replaced.getOrDefault(m, m));
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::beginToken));
    return out;
  }

  /** The coded actor of the mention that ends just before "(" + token {@code i} + ")", or null. */
  private static Actor definedAfter(Sentence s, List<Mention> here, int i) {
    if (i < 2 || i + 1 >= s.tokens().size()) return null;
    if (!opening(s.token(i - 1).word()) || !closing(s.token(i + 1).word())) return null;
    for (Mention m : here) {
      if (m.endToken() == i - 1 && m.actor() != null && m.actor().isCoded()) return m.actor();
    }
    return null;
  }

  /** Whether a mention names a party of its own: coded, and more than a bare role ("leaders" GOV). */
  private static boolean named(Mention m) {
    return m.actor() != null && m.actor().isCoded() && !m.actor().isGeneric();
  }

  private static Mention covering(List<Mention> here, int i) {
    for (Mention m : here) if (m.covers(i)) return m;
    return null;
  }

  private static boolean opening(String w) { return w.equals("(") || w.equals("-LRB-"); }

  private static boolean closing(String w) { return w.equals(")") || w.equals("-RRB-"); }
}
