package org.riposte.stories;

import java.time.LocalDate;
import java.util.List;
import org.riposte.api.Actor;
import org.riposte.api.ActorKind;
import org.riposte.api.Event;
import org.riposte.api.EventDate;
import org.riposte.api.Evidence;
import org.riposte.api.Status;
import org.riposte.api.StoryDoc;

/** Hand-built mentions and articles for the story tests; sentences invented for them. */
final class Mentions {

  private Mentions() {}

  static final Actor ARDGOV = new Actor("ARDGOV", "Ardenian government", "ARD", "GOV", ActorKind.GROUP);
  static final Actor ARD = new Actor("ARD", "Ardenia", "ARD", null, ActorKind.STATE);
  static final Actor ARDMIN = new Actor("ARDGOV", "Foreign Minister Oskar Vell", "ARD", "GOV", ActorKind.PERSON);
  static final Actor ARDDIP = new Actor("ARDDIP", "Ardenian diplomats", "ARD", "DIP", ActorKind.GROUP);
  static final Actor ALLIANCE = new Actor("IGOWSTNAT", "NATO", null, null, ActorKind.ORGANISATION);

  /** A mention: id, article, date, status, parties, CAMEO code, trigger, sentence (start derived from n). */
  static Event mention(String id, String doc, EventDate date, Status status, Actor source, Actor target, String cameo,
                       String trigger, String sentence, int start) {
    double g = cameo.startsWith("16") ? -4 : cameo.startsWith("11") ? -2 : cameo.startsWith("04") ? 1 : 0;
    int quad = cameo.startsWith("16") ? 4 : cameo.startsWith("11") || cameo.startsWith("12") ? 3 : 1;
    return new Event(id, null, doc, date, status, source, target, cameo, cameo.substring(0, 2), "SANCTION", g, quad,
        null, new Evidence(sentence, start, start + sentence.length()), trigger, List.of());
  }

  static EventDate day(int y, int m, int d) { return EventDate.day(LocalDate.of(y, m, d)); }

  static StoryDoc doc(String id, String outlet, LocalDate published) {
    return new StoryDoc(id, outlet, published, id, null, published);
  }
}
