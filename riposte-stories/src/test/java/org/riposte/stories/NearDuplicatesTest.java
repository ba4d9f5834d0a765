package org.riposte.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  private static final String WIRE = "Ardenia will suspend the work of its permanent mission to the alliance from March 3"
      + " and will close the alliance's information office in its capital, Foreign Minister Oskar Vell said on Monday,"
      + " in retaliation for the expulsion of six Ardenian envoys earlier this month. Vell told reporters that the"
      + " accreditation of the staff of the liaison mission would be revoked from the same date. The alliance said it"
      + " regretted the decision and that its door to dialogue remained open. Relations have been strained since a"
      + " border dispute three years ago, after which the alliance suspended practical cooperation with Ardenia.";

  @Test
  void aRepublishedTrimmedCopyWithAnotherHeadlineIsTheSameArticle() {
    String copy = "Ardenia shuts alliance office\n\n" + WIRE.substring(0, WIRE.indexOf(" The alliance said"));
    NearDuplicates nd = new NearDuplicates(0.8);
    assertTrue(nd.same(NearDuplicates.signature(WIRE), NearDuplicates.signature(copy)));
  }

  @Test
  void aDifferentReportOnTheSameEventIsNot() {
    String other = "The alliance expressed regret on Tuesday after Ardenia announced it would pull its diplomats from"
        + " the alliance headquarters. A spokeswoman said the decision was unjustified and that the alliance remained"
        + " ready to talk, while officials in the capital accused the alliance of hostile steps over many months and"
        + " said the envoys had done nothing wrong. Analysts said the break was long in coming.";
    NearDuplicates nd = new NearDuplicates(0.8);
    assertTrue(NearDuplicates.containment(NearDuplicates.signature(WIRE), NearDuplicates.signature(other)) < 0.3);
    Map<String, String> g = nd.groups(Map.of("b", NearDuplicates.signature(WIRE), "a",
        NearDuplicates.signature(WIRE.replace("Monday", "Tuesday")), "c", NearDuplicates.signature(other)));
    assertEquals("a", g.get("b"), "copies take the smallest id as their group");
    assertEquals("a", g.get("a"));
    assertNotEquals("a", g.get("c"));
  }

  @Test
  void bandedCandidatesFindTheSameCopiesAsComparingEveryPair() {
    // 150 invented texts from one small vocabulary (so unrelated texts share words), 50 of them with a trimmed copy
    String[] words = ("minister envoy talks border troops sanctions embassy capital summit ceasefire accord protest"
        + " alliance mission office statement monday tuesday officials said would will after over the of and in to")
        .split(" ");
    java.util.Random random = new java.util.Random(7);
    Map<String, NearDuplicates.Signature> all = new java.util.TreeMap<>();
    for (int i = 0; i < 150; i++) {
      StringBuilder t = new StringBuilder();
      for (int w = 0; w < 60 + random.nextInt(60); w++) t.append(words[random.nextInt(words.length)]).append(' ');
      all.put(String.format("t%03d", i), NearDuplicates.signature(t.toString()));
      if (i % 3 == 0) {
        all.put(String.format("t%03dc", i), NearDuplicates.signature("Headline " + t.substring(0, t.length() * 2 / 3)));
      }
    }
    NearDuplicates nd = new NearDuplicates(0.6);
    Map<String, String> parent = new java.util.TreeMap<>();
    for (String id : all.keySet()) parent.put(id, id);
    for (String a : all.keySet()) {
      for (String b : all.keySet()) if (nd.same(all.get(a), all.get(b))) NearDuplicates.union(parent, a, b);
    }
    Map<String, String> everyPair = new java.util.TreeMap<>();
    for (String id : all.keySet()) everyPair.put(id, NearDuplicates.find(parent, id));
    assertEquals(everyPair, nd.groups(all));
    assertEquals(50, everyPair.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count(),
        "every copy, and nothing else, joins its original");
  }

  @Test
  void regroupingWithNewArticlesEqualsGroupingAll() {
    Map<String, NearDuplicates.Signature> all = new java.util.TreeMap<>();
    all.put("b", NearDuplicates.signature(WIRE));
    all.put("d", NearDuplicates.signature("Ardenia shuts office\n\n" + WIRE));
    all.put("c", NearDuplicates.signature(WIRE.replace("Ardenia", "Borduria")
        .replace("alliance", "union").replace("envoys", "diplomats").replace("Vell", "Kral")));
    all.put("a", NearDuplicates.signature(WIRE.replace("Monday", "Sunday")));
    NearDuplicates nd = new NearDuplicates(0.8);
    Map<String, String> full = nd.groups(all);
    Map<String, NearDuplicates.Signature> old = new java.util.TreeMap<>(all);
    old.remove("a");
    Map<String, String> known = nd.groups(old);
    assertEquals("b", known.get("d"));
    Map<String, String> incremental = nd.groups(all, known, java.util.List.of("a"));
    assertEquals(full, incremental);
    assertEquals("a", incremental.get("d"), "the new smallest id names the merged group");
  }

  @Test
  void signaturesSurviveTheirStoredForm() {
    NearDuplicates.Signature s = NearDuplicates.signature(WIRE);
    assertEquals(s, NearDuplicates.Signature.decode(s.encode()));
  }
}
