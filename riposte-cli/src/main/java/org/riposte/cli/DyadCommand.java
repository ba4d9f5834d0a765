package org.riposte.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.riposte.api.Reaction;
import org.riposte.api.StoreException;
import org.riposte.api.Story;
import org.riposte.api.StoryStore;
import org.riposte.store.BatchEventStore;
import org.riposte.stories.Dyad;
import org.riposte.stories.DyadAnalyzer;
import org.riposte.stories.DyadReport;
import org.riposte.stories.StoryConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code riposte dyad A B}: where the relationship of two parties stands. */
@Command(name = "dyad", mixinStandardHelpOptions = true,
    description = {"Prints where a relationship stands: series, escalation index, reciprocity, channels and a verdict.",
        "Series by QuadClass and Goldstein are counted over stories; the verdict (tit-for-tat, escalation,",
        "de-escalation) prints the figures it rests on. Definitions: README.md, section Stories and escalation."})
final class DyadCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PARTY", arity = "2", description = "Two parties: country or organisation codes (RUS IGOWSTNAT).")
  List<String> parties;

  @Option(names = "--by", paramLabel = "BUCKET", defaultValue = "month", description = "day, week or month (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(names = "--plot", paramLabel = "FILE", description = "Also draw the series to FILE.png or FILE.svg.")
  Path plot;

  @Mixin
  DbOption db;

  static String pair(String a, String b) { return Dyad.of(a, b).key(); }

  @Override
  public Integer call() {
    String bucket = by.toLowerCase(Locale.ROOT);
    if (!List.of("day", "week", "month").contains(bucket)) {
      System.err.println("riposte dyad: --by must be day, week or month, not " + by);
      return 2;
    }
    if (plot != null && !DyadPlot.supported(plot)) {
      System.err.println("riposte dyad: --plot " + plot + ": the file name must end in .png or .svg");
      return 2;
    }
    String a = parties.get(0).toUpperCase(Locale.ROOT);
    String b = parties.get(1).toUpperCase(Locale.ROOT);
    try (BatchEventStore store = db.openExisting()) {
      StoryStore stories = DbOption.currentStories(store);
      String key = pair(a, b);
      DyadReport r = new DyadAnalyzer(StoryConfig.DEFAULT).analyse(a, b, bucket, stories.stories(key),
          stories.reactions(key), stories.channels(key));
      print(r, System.out);
      if (plot != null) {
        DyadPlot.write(r, plot);
        System.out.println("plot: " + plot);
      }
      return 0;
    } catch (StoreException e) {
      System.err.println("riposte dyad: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      System.err.println("riposte dyad: cannot write the plot " + plot + ": " + e.getMessage());
      return 1;
    }
  }

  static void print(DyadReport r, PrintStream out) {
    String a = r.a();
    String b = r.b();
    out.println("Dyad " + a + " – " + b + " (" + r.stories().size() + " stories, by " + r.by() + ")");
    out.println();
    out.println("Series (buckets with stories or channel changes; Q1 verbal coop … Q4 material conflict):");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"BUCKET", a + "→" + b + " Q1-Q4", "GOLD", "MEAN", b + "→" + a + " Q1-Q4", "GOLD", "MEAN",
        "CHANNELS", "INDEX"});
    for (DyadReport.Row row : r.series()) {
      if (row.storiesAB() + row.storiesBA() == 0 && row.channelChange() == 0) continue;
      rows.add(new String[] {row.bucket(), quads(row.quadAB()), f1(row.goldAB()), f2(row.meanAB()), quads(row.quadBA()),
          f1(row.goldBA()), f2(row.meanBA()), f1(row.channelChange()), f2(row.index())});
    }
    Text.printTable(rows, out);
    out.println();
    out.println("Stories:");
    List<String[]> st = new ArrayList<>();
    st.add(new String[] {"STORY", "DATE", "STATUS", "SOURCE", "CAMEO", "TARGET", "WHAT", "ARTICLES", "SOURCES",
        "MENTIONS", "DATES"});
    for (Story s : r.stories()) st.add(StoriesCommand.row(s));
    Text.printTable(st, out);
    out.println();
    out.println("Reactions:");
    Map<String, Story> byId = new HashMap<>();
    for (Story s : r.stories()) byId.put(s.id(), s);
    if (r.reactions().isEmpty()) out.println("  (none)");
    for (Reaction x : r.reactions()) {
      Story s = byId.get(x.storyId());
      Story t = byId.get(x.reactsTo());
      out.println("  " + (s == null ? x.storyId() : ChainCommand.describe(s)));
      boolean lag = x.kind() == Reaction.Kind.EXPLICIT && x.lagDays() != null;
      out.println("    answers [" + x.kind().label() + ": " + x.cue() + (lag ? ", " + x.lagDays() + " days" : "") + "] " + (t == null ? x.reactsTo() : ChainCommand.describe(t)));
    }
    out.println();
    out.println("Reciprocity:");
    out.println("  " + reciprocity(a, b, r.reciprocityAB()));
    out.println("  " + reciprocity(b, a, r.reciprocityBA()));
    out.println();
    out.println("Channels:");
    ChannelsCommand.print(r.channels(), out);
    out.println();
    DyadReport.Verdict v = r.verdict();
    out.println("Verdict: " + v.label() + (v.from() == null ? "" : " (" + v.from() + " to " + v.to() + ")") + " — "
        + v.figures());
  }

  private static String reciprocity(String x, String y, DyadReport.Reciprocity r) {
    return String.format(Locale.ROOT, "%s's hostile stories answered by %s: %d of %d (%.2f)%s%s", x, y, r.answered(),
        r.hostile(), r.share(), r.medianLagDays() == null ? "" : ", median lag " + r.medianLagDays() + " days",
        r.intensityRatio() == null ? "" : String.format(Locale.ROOT, ", intensity ratio %.2f", r.intensityRatio()));
  }

  private static String quads(int[] q) { return q[0] + "/" + q[1] + "/" + q[2] + "/" + q[3]; }

  private static String f1(double d) { return String.format(Locale.ROOT, "%.1f", d); }

  private static String f2(double d) { return String.format(Locale.ROOT, "%.2f", d); }
}
