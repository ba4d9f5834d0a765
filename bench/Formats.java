import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.riposte.ingest.DocumentReader;
import org.riposte.ingest.IngestConfig;
import org.riposte.ingest.LanguageIdentifier;

/**
 * Measures the web-format readers (run by bench/formats; one mode per JVM):
 *   language MODE  — Lingua's load time and retained heap: MODE low20 (what Riposte uses), high20, lowall
 *   warc N         — reading N HTML pages from a .warc.gz (WARC parsing, HTML main-content extraction, metadata,
 *                    language identification): pages/s, median of 3 runs after 1 warm-up
 * News text is read at run time from the seed reports in ../shared/seeds (never copied).
 */
public class Formats {

  public static void main(String[] args) throws Exception {
    if (args[0].equals("language")) language(args[1]);
    else warc(Integer.parseInt(args[1]), Path.of(args[2]));
  }

  static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  static void language(String mode) throws Exception {
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    LanguageDetectorBuilder b = mode.endsWith("all") ? LanguageDetectorBuilder.fromAllLanguages()
        : LanguageDetectorBuilder.fromLanguages(LanguageIdentifier.LANGUAGES.toArray(new Language[0]));
    if (mode.startsWith("low")) b = b.withLowAccuracyMode();
    LanguageDetector d = b.withPreloadedLanguageModels().build();
    Language l = d.detectLanguageOf("The government recalled its ambassador on Monday after the border clash.");
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    long after = usedAfterGc();
    String text = "The foreign ministry said on Tuesday that talks with its neighbour would resume next week in a"
        + " neutral capital, after two days of clashes near the river crossing left several guards injured. ";
    long t1 = System.nanoTime();
    int n = 2000;
    for (int i = 0; i < n; i++) d.detectLanguageOf(text + i);
    double perDocUs = (System.nanoTime() - t1) / 1000.0 / n;
    System.out.printf("language %s: load %d ms, retained heap %d MiB, %.0f µs per paragraph, first answer %s%n",
        mode, loadMs, (after - before) >> 20, perDocUs, l);
  }

  static void warc(int pages, Path seeds) throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(seeds)) {
      for (Path p : s.sorted().toList()) texts.add(Files.readString(p));
    }
    Path warc = Files.createTempFile("riposte-bench-", ".warc.gz");
    long htmlBytes = 0;
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      for (int i = 0; i < pages; i++) {
        byte[] html = page(texts.get(i % texts.size()), i).getBytes(StandardCharsets.UTF_8);
        htmlBytes += html.length;
        w.write(new WarcResponse.Builder("https://news.example/story/" + i).date(Instant.parse("2021-10-20T05:00:00Z"))
            .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html; charset=utf-8")
                .body(MediaType.HTML, html).build()).build());
      }
    }
    DocumentReader reader = new DocumentReader(IngestConfig.DEFAULT, null);
    double[] rates = new double[3];
    int ok = 0;
    for (int run = -1; run < rates.length; run++) {
      int[] count = {0};
      long t0 = System.nanoTime();
      try (InputStream in = Files.newInputStream(warc)) {
        reader.readWarc(in, warc.toString(), r -> { if (r.ok()) count[0]++; });
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      if (run >= 0) rates[run] = pages / secs;
      ok = count[0];
    }
    Arrays.sort(rates);
    System.out.printf("warc: %d pages (%.1f MiB of HTML, %.1f MiB .warc.gz), %d articles, median %.0f pages/s"
        + " (runs: %.0f %.0f %.0f)%n", pages, htmlBytes / 1048576.0, Files.size(warc) / 1048576.0, ok, rates[1],
        rates[0], rates[1], rates[2]);
    Files.delete(warc);
  }

  static String page(String text, int i) {
    StringBuilder body = new StringBuilder();
    for (String para : text.split("\n\\s*\n")) body.append("<p>").append(escape(para.strip())).append("</p>\n");
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story " + i + " | Example</title>"
        + "<meta property=\"og:site_name\" content=\"Example\"></head><body><nav><a href=\"/\">Home</a>"
        + "<a href=\"/world\">World</a></nav><div class=\"ad\">Advertisement</div><article><h1>Story " + i
        + "</h1>" + body + "</article><section class=\"comments\"><p>Comment " + i + "</p></section>"
        + "<footer>Copyright</footer></body></html>";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
