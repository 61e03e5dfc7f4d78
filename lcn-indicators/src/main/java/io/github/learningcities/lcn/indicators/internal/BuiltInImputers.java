package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.method.Imputer;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.method.Statistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The built-in imputation methods (COINr's i_mean, i_median, i_mean_grp, i_median_grp, and the
 * multivariate em, knn and regression).
 */
public final class BuiltInImputers {
  private BuiltInImputers() {}

  /**
   * Returns the built-ins by name.
   *
   * @return name to imputer
   */
  public static Map<String, Imputer> all() {
    return new BuiltInMethods<>(List.of(
        "mean", "median", "group-mean", "group-median", "none", "em", "knn", "regression")) {
      @Override
      protected Imputer make(String name) {
        return switch (name) {
          case "mean" -> (x, p, c) -> fill(x, Statistics.mean(x));
          case "median" -> (x, p, c) -> fill(x, Statistics.median(x));
          case "group-mean" -> (x, p, c) -> byGroup(x, p, c, Statistics::mean);
          case "group-median" -> (x, p, c) -> byGroup(x, p, c, Statistics::median);
          case "none" -> (x, p, c) -> x.clone();
          case "em" -> ExpectationMaximisation::impute;
          case "knn" -> NearestNeighbours::impute;
          case "regression" -> RegressionImputation::impute;
          default -> throw new IllegalArgumentException("no built-in method '" + name + "'");
        };
      }
    };
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
    int[] ids = c.groupIndices(variable);
    int groups = c.groupNames(variable).size();
    int[] sizes = new int[groups];
    for (int i = 0; i < x.length; i++) {
      if (ids[i] >= 0) {
        sizes[ids[i]]++;
      }
    }
    double[][] members = new double[groups][];
    for (int g = 0; g < groups; g++) {
      members[g] = new double[sizes[g]];
    }
    int[] fill = new int[groups];
    for (int i = 0; i < x.length; i++) {
      int g = ids[i];
      if (g >= 0) {
        members[g][fill[g]++] = x[i];
      }
    }
    double[] stat = new double[groups];
    for (int g = 0; g < groups; g++) {
      stat[g] = statistic.applyAsDouble(members[g]);
    }
    double[] out = x.clone();
    for (int i = 0; i < out.length; i++) {
      if (Double.isNaN(out[i]) && ids[i] >= 0) {
        out[i] = stat[ids[i]];
      }
    }
    return out;
  }
}
