package io.github.learningcities.lcn.indicators.engine;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small frameworks and datasets for engine tests. */
final class Fixtures {
  private Fixtures() {}

  static final double NA = Double.NaN;

  /** One indicator "x" under root "I", one unit per value. */
  static Framework single() {
    return Framework.builder().node("I", null).node("x", "I").build();
  }

  static Dataset column(double... values) {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      units.add(Unit.of("u" + i, null));
    }
    return Dataset.ofColumns(units, Map.of("x", values));
  }

  /** Indicators c0..c(k-1) under root "I" with the given weights; one unit per row. */
  static Framework flat(double... weights) {
    Framework.Builder b = Framework.builder().node("I", null);
    for (int k = 0; k < weights.length; k++) {
      b.node(Node.of("c" + k, "I").withWeight(weights[k]));
    }
    return b.build();
  }

  static Dataset rows(double[][] rows) {
    List<Unit> units = new ArrayList<>();
    Map<String, double[]> cols = new LinkedHashMap<>();
    int k = rows[0].length;
    for (int c = 0; c < k; c++) {
      cols.put("c" + c, new double[rows.length]);
    }
    for (int u = 0; u < rows.length; u++) {
      units.add(Unit.of("u" + u, null));
      for (int c = 0; c < k; c++) {
        cols.get("c" + c)[u] = rows[u][c];
      }
    }
    return Dataset.ofColumns(units, cols);
  }
}
