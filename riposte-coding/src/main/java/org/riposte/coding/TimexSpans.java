package org.riposte.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.riposte.api.Sentence;
import org.riposte.api.Timex;

/**
 * Repairs time expressions SUTime stretched over a clause: a date never holds a finite verb, yet a tagger can run
 * "Sunday lifted a state of emergency … reported Sunday" into one span, which hides the verb's object from the coder (a
 * time is no argument) and loses the event. Such a span is cut before its first finite verb ("Sunday", with the
 * span's value), or dropped when it starts with one. Other spans are kept as they are. Stateless; thread safe.
 */
final class TimexSpans {
  private TimexSpans() {}

  /** Finite verbs and modals: no part of a date ("the day after" holds none; "Sunday lifted" is two words apart). */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  /** The sentence with its time expressions repaired; the sentence itself when none needs it. */
  static Sentence repaired(Sentence s) {
    List<Timex> out = new ArrayList<>();
    boolean changed = false;
    for (Timex t : s.timexes()) {
      int cut = firstFinite(s, t);
      if (cut < 0) {
        out.add(t);
        continue;
      }
      changed = true;
      if (cut > t.beginToken()) {
        StringBuilder text = new StringBuilder();
        for (int i = t.beginToken(); i < cut; i++) text.append(i > t.beginToken() ? " " : "").append(s.token(i).word());
        out.add(new Timex(t.beginToken(), cut, text.toString(), t.type(), t.value()));
      }
    }
    if (!changed) return s;
    return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.paragraph(), s.tokens(), s.dependencies(), out);
  }

  private static int firstFinite(Sentence s, Timex t) {
    for (int i = t.beginToken(); i < t.endToken() && i < s.tokens().size(); i++) {
      if (FINITE.contains(s.token(i).pos())) return i;
    }
    return -1;
  }
}
