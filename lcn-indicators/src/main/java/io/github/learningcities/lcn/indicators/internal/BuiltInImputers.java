package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.method.Imputer;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.method.Statistics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The built-in imputation methods (COINr's i_mean, i_median, i_mean_grp, i_median_grp). */
public final class BuiltInImputers {
  private BuiltInImputers() {}

  /**
   * Returns the built-ins by name.
   *
   * @return name to imputer
   */
  public static Map<String, Imputer> all() {
    Map<String, Imputer> m = new LinkedHashMap<>();
    m.put("mean", (x, p, c) -> fill(x, Statistics.mean(x)));
    m.put("median", (x, p, c) -> fill(x, Statistics.median(x)));
    m.put("group-mean", (x, p, c) -> byGroup(x, p, c, Statistics::mean));
    m.put("group-median", (x, p, c) -> byGroup(x, p, c, Statistics::median));
    m.put("none", (x, p, c) -> x.clone());
    return m;
  }

  private static double[] fill(double[] x, double value) {
    double[] out = x.clone();
    for (int i = 0; i < out.length; i++) {
      if (Double.isNaN(out[i])) {
        out[i] = value;
      }
    }
    return out;
  }

  private static double[] byGroup(double[] x, Parameters p, Imputer.Context c,
      ToDoubleFunction<double[]> statistic) {
    String variable = p.text("group").orElseThrow(() -> new IndicatorsException("indicator '"
        + c.indicator() + "': group imputation needs the text parameter 'group' naming a group "
        + "variable of the units"));
    Map<String, double[]> members = new HashMap<>();
    String[] groupOf = new String[x.length];
    for (int i = 0; i < x.length; i++) {
      Optional<String> g = c.group(i, variable);
      groupOf[i] = g.orElse(null);
    }
    Map<String, Integer> sizes = new HashMap<>();
    for (String g : groupOf) {
      if (g != null) {
        sizes.merge(g, 1, Integer::sum);
      }
    }
    sizes.forEach((g, n) -> {
      double[] col = new double[n];
      int k = 0;
      for (int i = 0; i < x.length; i++) {
        if (g.equals(groupOf[i])) {
          col[k++] = x[i];
        }
      }
      members.put(g, col);
    });
    Map<String, Double> stat = new HashMap<>();
    members.forEach((g, col) -> stat.put(g, statistic.applyAsDouble(col)));
    double[] out = x.clone();
    for (int i = 0; i < out.length; i++) {
      if (Double.isNaN(out[i]) && groupOf[i] != null) {
        out[i] = stat.get(groupOf[i]);
      }
    }
    return out;
  }
}
