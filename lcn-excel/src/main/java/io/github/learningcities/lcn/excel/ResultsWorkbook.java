package io.github.learningcities.lcn.excel;

import io.github.learningcities.lcn.excel.internal.XlsxWriter;
import io.github.learningcities.lcn.excel.internal.XlsxWriter.Format;
import io.github.learningcities.lcn.excel.internal.XlsxWriter.Sheet;
import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMethod;
import io.github.learningcities.lcn.indicators.analysis.Correlations;
import io.github.learningcities.lcn.indicators.analysis.EffectiveWeights;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.serialization.DocumentWriteException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A run's results as the workbook an analyst expects: values only (no formulas), a bold frozen
 * header row on every sheet, scores with three decimals and ranks as whole numbers (the cells
 * hold every digit; the format only shows fewer).
 *
 * <table>
 *   <caption>Sheets, in tab order</caption>
 *   <tr><th>sheet</th><th>rows</th><th>columns</th></tr>
 *   <tr><td>{@code Results}</td><td>one per unit, by the index's rank</td>
 *       <td>{@code uCode, uName}, {@code score:<node>} for every node in framework order, then
 *       {@code rank:<node>} (1 is best; empty when the score is missing)</td></tr>
 *   <tr><td>{@code Raw}, {@code Imputed}, {@code Treated}, {@code Normalised}</td>
 *       <td>one per unit that the step had</td><td>{@code uCode, uName} and the indicators:
 *       the data as it went in, and after imputation, outlier treatment and normalisation (a
 *       step not in the pipeline passes its input through)</td></tr>
 *   <tr><td>{@code Aggregated}</td><td>one per unit</td><td>{@code uCode, uName} and every
 *       node's score, in framework order</td></tr>
 *   <tr><td>{@code Weights}</td><td>one per node</td><td>{@code iCode, iName, Parent, Level,
 *       Weight} (as the run used it), {@code EffectiveWeight} (its share of the index)</td></tr>
 *   <tr><td>{@code Diagnostics}</td><td>one per imputed cell, treated point, treated
 *       indicator, screened unit and note</td><td>{@code Kind, Unit, Indicator, Method,
 *       Before, After, Message}</td></tr>
 *   <tr><td>{@code Statistics}</td><td>one per indicator</td><td>COINr's indicator statistics
 *       of the raw data</td></tr>
 *   <tr><td>{@code Correlations}</td><td>one per node below the index</td><td>Pearson's
 *       correlation of each node with its parent, on the aggregated scores</td></tr>
 * </table>
 * Text cells that a spreadsheet would run as a formula get a leading apostrophe, as in the CSV
 * tables.
 *
 * @since 0.1.0
 */
public final class ResultsWorkbook {
  /** The sheets' names, in tab order. */
  public static final List<String> SHEETS = List.of("Results", "Raw", "Imputed", "Treated",
      "Normalised", "Aggregated", "Weights", "Diagnostics", "Statistics", "Correlations");

  private static final String UCODE = "uCode";
  private static final String UNAME = "uName";

  private ResultsWorkbook() {}

  /**
   * Writes the workbook of a run's results, replacing the file only once it is complete.
   *
   * @param results the results
   * @param file the .xlsx file
   * @throws IOException if writing fails; the file is then as it was
   * @throws DocumentWriteException if a value cannot be written to a workbook
   */
  public static void write(Results results, Path file) throws IOException {
    XlsxWriter.replace(file, sheets(results));
  }

  /**
   * Writes the workbook of a run's results to a stream.
   *
   * @param results the results
   * @param out the target; flushed, not closed
   * @throws IOException if writing fails
   * @throws DocumentWriteException if a value cannot be written to a workbook
   */
  public static void write(Results results, OutputStream out) throws IOException {
    XlsxWriter.write(out, sheets(results));
  }

  private static List<Sheet> sheets(Results results) {
    List<Sheet> sheets = new ArrayList<>();
    sheets.add(scores(results));
    sheets.add(data(SHEETS.get(1), results.dataset(), Format.GENERAL));
    sheets.add(data(SHEETS.get(2), results.after(Step.IMPUTATION), Format.GENERAL));
    sheets.add(data(SHEETS.get(3), results.after(Step.TREATMENT), Format.GENERAL));
    sheets.add(data(SHEETS.get(4), results.after(Step.NORMALISATION), Format.DECIMAL));
    sheets.add(data(SHEETS.get(5), results.after(Step.AGGREGATION), Format.DECIMAL));
    sheets.add(weights(results));
    sheets.add(diagnostics(results.diagnostics()));
    sheets.add(statistics(results.dataset()));
    sheets.add(correlations(results));
    return sheets;
  }

  private static Sheet scores(Results results) {
    Framework fw = results.framework();
    List<String> nodes = fw.nodes().stream().map(Node::code).toList();
    List<String> header = new ArrayList<>(List.of(UCODE, UNAME));
    List<Format> formats = new ArrayList<>(List.of(Format.GENERAL, Format.GENERAL));
    nodes.forEach(n -> {
      header.add("score:" + n);
      formats.add(Format.DECIMAL);
    });
    nodes.forEach(n -> {
      header.add("rank:" + n);
      formats.add(Format.INTEGER);
    });
    String index = fw.root().code();
    List<Unit> units = new ArrayList<>(results.units());
    units.sort((a, b) -> Integer.compare(rankOrLast(results, a, index),
        rankOrLast(results, b, index)));
    List<List<Object>> rows = new ArrayList<>();
    for (Unit u : units) {
      List<Object> row = new ArrayList<>(List.of(u.code(), u.name()));
      for (String n : nodes) {
        OptionalDouble s = results.score(u.code(), n);
        row.add(s.isPresent() ? (Object) s.getAsDouble() : null);
      }
      for (String n : nodes) {
        OptionalInt r = results.rank(u.code(), n);
        row.add(r.isPresent() ? (Object) r.getAsInt() : null);
      }
      rows.add(row);
    }
    return new Sheet(SHEETS.get(0), header, formats, rows);
  }

  private static int rankOrLast(Results results, Unit u, String node) {
    return results.rank(u.code(), node).orElse(Integer.MAX_VALUE);
  }

  private static Sheet data(String name, Dataset data, Format format) {
    List<String> header = new ArrayList<>(List.of(UCODE, UNAME));
    header.addAll(data.indicators());
    List<Format> formats = new ArrayList<>(List.of(Format.GENERAL, Format.GENERAL));
    formats.addAll(Collections.nCopies(data.indicators().size(), format));
    List<double[]> columns = data.indicators().stream().map(data::column).toList();
    List<List<Object>> rows = new ArrayList<>();
    List<Unit> units = data.units();
    for (int i = 0; i < units.size(); i++) {
      List<Object> row = new ArrayList<>(List.of(units.get(i).code(), units.get(i).name()));
      for (double[] c : columns) {
        row.add(c[i]);
      }
      rows.add(row);
    }
    return new Sheet(name, header, formats, rows);
  }

  private static Sheet weights(Results results) {
    Framework fw = results.framework();
    Map<String, Double> used = results.weights();
    EffectiveWeights effective = EffectiveWeights.of(results);
    List<List<Object>> rows = new ArrayList<>();
    for (Node n : fw.nodes()) {
      rows.add(Arrays.asList(n.code(), n.name(), n.parent().orElse(""), fw.level(n.code()),
          used.getOrDefault(n.code(), n.weight()), effective.weight(n.code())));
    }
    return new Sheet(SHEETS.get(6), List.of("iCode", "iName", "Parent", "Level", "Weight",
        "EffectiveWeight"), List.of(Format.GENERAL, Format.GENERAL, Format.GENERAL,
        Format.INTEGER, Format.GENERAL, Format.DECIMAL), rows);
  }

  private static Sheet diagnostics(Diagnostics d) {
    List<List<Object>> rows = new ArrayList<>();
    for (Diagnostics.ImputedCell c : d.imputedCells()) {
      rows.add(Arrays.asList("imputed", c.unit(), c.indicator(), c.method(), null, c.value(),
          ""));
    }
    for (Diagnostics.TreatedPoint p : d.treatedPoints()) {
      rows.add(Arrays.asList("treated", p.unit(), p.indicator(), p.treatment(), p.before(),
          p.after(), ""));
    }
    for (Diagnostics.IndicatorTreatment t : d.treatments()) {
      rows.add(Arrays.asList("treatment", "", t.indicator(), t.method(), null, null,
          "skew " + t.skewBefore() + " -> " + t.skewAfter() + ", kurtosis "
              + t.kurtosisBefore() + " -> " + t.kurtosisAfter() + ", " + t.winsorised()
              + " winsorised" + t.transform().map(x -> ", then " + x).orElse("")
              + (t.passes() ? "" : "; still fails the skew and kurtosis thresholds")));
    }
    for (Diagnostics.ScreenedUnit s : d.screenedUnits()) {
      rows.add(Arrays.asList("screened", s.unit(), "", "", null, null, s.reason()));
    }
    for (Diagnostics.Note n : d.notes()) {
      rows.add(Arrays.asList("note:" + n.code(), n.unit().orElse(""), n.place(), "", null, null,
          n.message()));
    }
    return new Sheet(SHEETS.get(7), List.of("Kind", "Unit", "Indicator", "Method", "Before",
        "After", "Message"), List.of(Format.GENERAL, Format.GENERAL, Format.GENERAL,
        Format.GENERAL, Format.GENERAL, Format.GENERAL, Format.GENERAL), rows);
  }

  private static Sheet statistics(Dataset raw) {
    List<String> header = List.of("iCode", "Units", "Available", "AvailableFraction", "Min",
        "Max", "Mean", "Median", "SD", "Skew", "Kurtosis", "NonZero", "Unique", "Same",
        "LowAvailability", "LowNonZero", "LowUnique", "Outliers");
    List<Format> formats = new ArrayList<>(Collections.nCopies(header.size(), Format.GENERAL));
    List<List<Object>> rows = new ArrayList<>();
    for (IndicatorStatistics s : IndicatorStatistics.of(raw)) {
      rows.add(Arrays.asList(s.code(), s.units(), s.available(), s.availableFraction(),
          value(s.min()), value(s.max()), value(s.mean()), value(s.median()), value(s.sd()),
          value(s.skew()), value(s.kurtosis()), s.nonZero(), s.unique(), s.same(),
          flag(s.lowAvailability()), flag(s.lowNonZero()), flag(s.lowUnique()),
          flag(s.outliers())));
    }
    return new Sheet(SHEETS.get(8), header, formats, rows);
  }

  private static Sheet correlations(Results results) {
    List<List<Object>> rows = new ArrayList<>();
    Framework fw = results.framework();
    for (int level = 1; level < fw.levels(); level++) {
      for (Correlation c : Correlations.withParents(results, level, CorrelationMethod.PEARSON)) {
        rows.add(Arrays.asList(c.second(), c.first(), level, c.method().name(),
            c.observations(), value(c.coefficient()), value(c.pValue())));
      }
    }
    return new Sheet(SHEETS.get(9), List.of("iCode", "Parent", "Level", "Method",
        "Observations", "Correlation", "PValue"), List.of(Format.GENERAL, Format.GENERAL,
        Format.INTEGER, Format.GENERAL, Format.INTEGER, Format.DECIMAL, Format.GENERAL), rows);
  }

  private static Object value(OptionalDouble v) {
    return v.isPresent() ? (Object) v.getAsDouble() : null;
  }

  private static String flag(boolean b) {
    return b ? "TRUE" : "FALSE";
  }
}
