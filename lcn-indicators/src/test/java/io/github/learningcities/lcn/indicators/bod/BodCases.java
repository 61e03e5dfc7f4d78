package io.github.learningcities.lcn.indicators.bod;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Units u0.. by children c0.. under root "I", aggregated as they are. */
final class BodCases {
  private BodCases() {}

  static Framework framework(int k) {
    Framework.Builder b = Framework.builder().node("I", null);
    for (int j = 0; j < k; j++) {
      b.node("c" + j, "I");
    }
    return b.build();
  }

  /** rows[u][child]; unit codes from {@code codes}. */
  static Dataset dataset(List<String> codes, double[][] rows) {
    int k = rows[0].length;
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (int j = 0; j < k; j++) {
      double[] col = new double[rows.length];
      for (int u = 0; u < rows.length; u++) {
        col[u] = rows[u][j];
      }
      cols.put("c" + j, col);
    }
    List<Unit> units = new ArrayList<>();
    for (String c : codes) {
      units.add(Unit.of(c, null));
    }
    return Dataset.ofColumns(units, cols);
  }

  static List<String> codes(int n) {
    List<String> out = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      out.add("u" + u);
    }
    return out;
  }

  static Results run(double[][] rows, Aggregation aggregation) {
    return run(codes(rows.length), rows, aggregation);
  }

  static Results run(List<String> codes, double[][] rows, Aggregation aggregation) {
    return Engine.standard().run(framework(rows[0].length), dataset(codes, rows),
        CompindData.asIs(aggregation));
  }

  static double[] scores(Results r) {
    return r.scores("I");
  }
}
