package org.riposte.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trie of dictionary phrases over folded, lower-cased words, with the case of each phrase checked against the text
 * ({@link Words#caseMatches}). Immutable once built; safe to share between threads.
 */
final class PhraseIndex {

  /** The shortest surname a misspelling is forgiven in ({@link #nearPerson}). */
  static final int MIN_NEAR_SURNAME = 5;

  private final Node root = new Node();
  /** People's names of two or more words: the words before the last, lower case → (last word, person). */
  private final Map<String, List<Candidate>> byForenames = new HashMap<>();

  /** Adds every phrase of the entries, in order (earlier entries come first among equal phrases). */
  PhraseIndex(List<Entry> entries) {
    for (Entry e : entries) {
      for (String phrase : e.phrases()) {
        List<String> words = Words.split(phrase);
        add(e, words);
        if (e.type() == EntryType.PERSON && words.size() > 1
            && words.get(words.size() - 1).length() >= MIN_NEAR_SURNAME) {
          byForenames.computeIfAbsent(forenames(words), k -> new ArrayList<>())
              .add(new Candidate(e, List.of(Words.key(words.get(words.size() - 1)))));
        }
      }
    }
  }

  /**
   * The one known person whose full name differs from {@code words} only by one slip in the surname (a letter added,
   * dropped, changed, or two swapped: "Francois Mitterand", "Laurent Gbago"), the other words being the same; empty
   * when there is none or more than one, or when the surname is shorter than {@value #MIN_NEAR_SURNAME} letters.
   */
  Optional<Entry> nearPerson(List<String> words) {
    if (words.size() < 2) return Optional.empty();
    String last = Words.key(words.get(words.size() - 1));
    if (last.length() < MIN_NEAR_SURNAME) return Optional.empty();
    Entry found = null;
    for (Candidate c : byForenames.getOrDefault(forenames(words), List.of())) {
      if (!Words.withinOneEdit(c.words.get(0), last)) continue;
      if (found != null && found != c.entry) return Optional.empty();
      found = c.entry;
    }
    return Optional.ofNullable(found);
  }

  private static String forenames(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < words.size() - 1; k++) sb.append(k == 0 ? "" : " ").append(Words.key(words.get(k)));
    return sb.toString();
  }

  private void add(Entry e, List<String> words) {
    Node n = root;
    for (String w : words) n = n.children.computeIfAbsent(Words.key(w), k -> new Node());
    for (Candidate c : n.candidates) {
      if (c.entry == e && c.words.equals(words)) return;
    }
    n.candidates.add(new Candidate(e, words));
  }

  /**
   * The phrases that match the words of {@code words} beginning at {@code start}, longest first; a match must end
   * where {@code ends[i]} is true (at the end of a token).
   *
   * @return per length, the entries whose phrase matches there, in dictionary order
   */
  List<Match> matchesAt(List<String> words, boolean[] ends, int start) {
    List<Match> out = new ArrayList<>();
    Node n = root;
    for (int i = start; i < words.size(); i++) {
      n = n.children.get(Words.key(words.get(i)));
      if (n == null) break;
      if (n.candidates.isEmpty() || !ends[i]) continue;
      List<Entry> ok = new ArrayList<>();
      for (Candidate c : n.candidates) {
        if (caseOk(c.words, words, start) && !ok.contains(c.entry)) ok.add(c.entry);
      }
      if (!ok.isEmpty()) out.add(0, new Match(i + 1 - start, ok));
    }
    return out;
  }

  private static boolean caseOk(List<String> dict, List<String> text, int start) {
    for (int k = 0; k < dict.size(); k++) {
      if (!Words.caseMatches(dict.get(k), Words.fold(text.get(start + k)))) return false;
    }
    return true;
  }

  /** A match: its length in words and the entries it names. */
  record Match(int length, List<Entry> entries) {}

  private record Candidate(Entry entry, List<String> words) {}

  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    final List<Candidate> candidates = new ArrayList<>();
  }
}
