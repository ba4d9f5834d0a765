package org.riposte.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.riposte.stories.DyadReport;

/** Draws a dyad's series with XChart: Goldstein sums per direction and the escalation index, to PNG or SVG. */
final class DyadPlot {

  private DyadPlot() {}

  static boolean supported(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".png") || n.endsWith(".svg");
  }

  /** Writes the chart; the format follows the file name's extension. */
  static void write(DyadReport r, Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart chart = new XYChartBuilder().width(1000).height(500)
        .title(r.a() + " – " + r.b() + ": Goldstein by " + r.by() + " and escalation index")
        .xAxisTitle(r.by()).yAxisTitle("Goldstein sum / index").build();
    chart.getStyler().setDatePattern(r.by().equals("month") ? "yyyy-MM" : "yyyy-MM-dd");
    List<Date> x = new ArrayList<>();
    List<Double> ab = new ArrayList<>();
    List<Double> ba = new ArrayList<>();
    List<Double> index = new ArrayList<>();
    for (DyadReport.Row row : r.series()) {
      x.add(Date.from(row.start().atStartOfDay().toInstant(ZoneOffset.UTC)));
      ab.add(row.goldAB());
      ba.add(row.goldBA());
      index.add(row.index());
    }
    if (x.isEmpty()) {
      x.add(new Date(0));
      ab.add(0.0);
      ba.add(0.0);
      index.add(0.0);
    }
    chart.addSeries(r.a() + "→" + r.b() + " Goldstein", x, ab);
    chart.addSeries(r.b() + "→" + r.a() + " Goldstein", x, ba);
    XYSeries idx = chart.addSeries("escalation index", x, index);
    idx.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    String name = file.toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".svg")) {
      VectorGraphicsEncoder.saveVectorGraphic(chart, stripExt(name), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } else {
      BitmapEncoder.saveBitmap(chart, stripExt(name), BitmapEncoder.BitmapFormat.PNG);
    }
  }

  /** XChart adds the extension itself. */
  private static String stripExt(String name) { return name.substring(0, name.lastIndexOf('.')); }
}
