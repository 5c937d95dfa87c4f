package org.partnergraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** The PNG charts bench/README.md shows. */
final class Charts {
  static void load(java.util.Map<String, Double> elementsPerSecond, Path png) throws IOException {
    CategoryChart chart = new CategoryChartBuilder().width(900).height(480)
        .title("Loading the same facts into Neo4j").xAxisTitle("").yAxisTitle("nodes + relationships per second").build();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setLabelsVisible(true);
    chart.getStyler().setXAxisLabelRotation(0);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.addSeries("elements/s", List.copyOf(elementsPerSecond.keySet()),
        elementsPerSecond.values().stream().map(v -> (Number) Math.round(v)).toList());
    BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  static void scaling(List<ScalingBench.Run> runs, Path png) throws IOException {
    XYChart chart = new XYChartBuilder().width(900).height(480)
        .title("etl end to end, -Xmx512m").xAxisTitle("articles").yAxisTitle("seconds / MB").build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    List<Integer> n = runs.stream().map(ScalingBench.Run::articles).toList();
    chart.addSeries("time (s)", n, runs.stream().map(r -> (Number) r.seconds()).toList());
    chart.addSeries("live heap, full GC (MB)", n, runs.stream().map(r -> (Number) r.liveHeapMb()).toList());
    BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  private Charts() {}
}
