package io.github.learningcities.lcn.indicators.audit;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small frameworks and datasets for audit tests. */
final class AuditFixtures {
  private AuditFixtures() {}

  /** Index I over pillars A (a0..a2) and B (b0..b2). */
  static Framework framework() {
    Framework.Builder b = Framework.builder().node("I", null).node("A", "I").node("B", "I");
    for (String pillar : new String[] {"a", "b"}) {
      for (int k = 0; k < 3; k++) {
        b.node(Node.of(pillar + k, pillar.toUpperCase(java.util.Locale.ROOT)));
      }
    }
    return b.build();
  }

  /**
   * Raw columns for {@link #framework()}: pillar A's indicators share a common factor, b0 and b1
   * share another, b2 runs against b0 (so it correlates negatively with B), and a few cells are
   * missing.
   */
  static Map<String, double[]> columns(int units, long seed) {
    Random rnd = new Random(seed);
    Map<String, double[]> cols = new LinkedHashMap<>();
    double[] f = new double[units];
    double[] g = new double[units];
    for (int u = 0; u < units; u++) {
      f[u] = rnd.nextGaussian();
      g[u] = rnd.nextGaussian();
    }
    for (int k = 0; k < 3; k++) {
      double[] a = new double[units];
      for (int u = 0; u < units; u++) {
        a[u] = 10 + f[u] + 0.5 * rnd.nextGaussian();
      }
      cols.put("a" + k, a);
    }
    double[] b0 = new double[units];
    double[] b1 = new double[units];
    double[] b2 = new double[units];
    for (int u = 0; u < units; u++) {
      b0[u] = Math.exp(g[u] + 0.3 * rnd.nextGaussian());
      b1[u] = 50 + 5 * g[u] + 4 * rnd.nextGaussian();
      b2[u] = -3 * g[u] + rnd.nextGaussian();
    }
    b0[1] = Double.NaN;
    b2[3] = Double.NaN;
    cols.put("b0", b0);
    cols.put("b1", b1);
    cols.put("b2", b2);
    return cols;
  }

  static String unitCode(int row) {
    return String.format(java.util.Locale.ROOT, "u%03d", row);
  }

  static Results results(Map<String, double[]> cols) {
    int n = cols.values().iterator().next().length;
    List<String> codes = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      codes.add(unitCode(u));
    }
    return results(cols, codes);
  }

  static Results results(Map<String, double[]> cols, List<String> codes) {
    List<Unit> units = new ArrayList<>();
    for (String code : codes) {
      units.add(Unit.of(code, null));
    }
    return Engine.standard().run(framework(), Dataset.ofColumns(units, cols),
        Pipeline.coinrDefault());
  }

  static Results results(int units, long seed) {
    return results(columns(units, seed));
  }
}
