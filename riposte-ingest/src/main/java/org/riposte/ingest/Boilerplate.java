package org.riposte.ingest;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes the parts of a page that are boilerplate by their markup, before main-content extraction: navigation,
 * headers and footers outside the article, asides, forms, scripts, frames, elements whose ARIA role is navigation,
 * banner, complementary, contentinfo or search, and elements whose class or id names an advertisement, a comment
 * section, a share bar, a newsletter or cookie box, or related links ({@code ad-banner}, {@code comments},
 * {@code share_tools}, …). Never removes {@code html}, {@code body}, {@code main}, {@code article} or an element
 * holding an {@code article}. Stateless and thread safe.
 *
 * <p>Design decision: Readability scores paragraphs and drops most of this by itself, but on a short article (under
 * its 500-character threshold) it falls back to the whole page; markup that says "this is not the article" is a
 * safer signal than text length there.
 */
final class Boilerplate {

  private static final Set<String> WORDS = Set.of("ad", "ads", "advert", "adverts", "advertisement", "advertising",
      "sponsor", "sponsored", "promo", "comment", "comments", "disqus", "newsletter", "cookie", "cookies", "share",
      "sharing", "social", "related", "subscribe", "subscription", "paywall", "outbrain", "taboola", "breadcrumb",
      "breadcrumbs", "sidebar", "footer", "masthead");
  private static final Set<String> KEEP = Set.of("html", "body", "main", "article");

  private Boilerplate() {}

  /** Removes the boilerplate elements of {@code doc} in place. */
  static void strip(Document doc) {
    doc.select("nav, aside, form, script, style, noscript, iframe, template, svg, button").remove();
    doc.select("footer, header").forEach(e -> {
      if (e.closest("article") == null) e.remove();
    });
    doc.select("[role~=(?i)^(navigation|banner|complementary|contentinfo|search)$]").forEach(Boilerplate::remove);
    for (Element e : doc.select("[class], [id]")) {
      if (e.parent() == null && e != doc.root()) continue; // already removed with an ancestor
      if (named(e.className()) || named(e.id())) remove(e);
    }
  }

  private static void remove(Element e) {
    if (KEEP.contains(e.normalName()) || !e.select("article").isEmpty()) return;
    e.remove();
  }

  private static boolean named(String attr) {
    if (attr == null || attr.isEmpty()) return false;
    for (String token : attr.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
      if (WORDS.contains(token)) return true;
    }
    return false;
  }
}
