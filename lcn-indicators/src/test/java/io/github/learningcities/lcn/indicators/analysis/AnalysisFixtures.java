package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small datasets for analysis tests. */
final class AnalysisFixtures {
  static final double NA = Double.NaN;

  private AnalysisFixtures() {}

  /** Columns named in order, one unit u0, u1, ... per value. */
  static Dataset columns(Object... nameThenValues) {
    Map<String, double[]> cols = new LinkedHashMap<>();
    int n = 0;
    for (int i = 0; i < nameThenValues.length; i += 2) {
      double[] v = (double[]) nameThenValues[i + 1];
      cols.put((String) nameThenValues[i], v);
      n = v.length;
    }
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      units.add(Unit.of("u" + i, null));
    }
    return Dataset.ofColumns(units, cols);
  }

  static double[] v(double... values) {
    return values;
  }

  /** A copy of the column multiplied by a factor (NaN stays NaN). */
  static double[] times(double[] x, double factor) {
    double[] out = x.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= factor;
    }
    return out;
  }
}
