package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.method.Imputer;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.method.Statistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
          case "mean", "median", "group-mean", "group-median", "none", "em", "knn",
              "regression" -> new ByName(name);
          default -> throw new IllegalArgumentException("no built-in method '" + name + "'");
        };
      }
    };
  }

  /**
   * A built-in imputer, calling its method by name: a named class rather than lambdas and
   * method references, so that a run links no call site.
   */
  private static final class ByName implements Imputer {
    private final String name;

    ByName(String name) {
      this.name = name;
    }

    @Override
    public double[] impute(double[] x, Parameters p, Imputer.Context c) {
      return switch (name) {
        case "mean" -> fill(x, Statistics.mean(x));
        case "median" -> fill(x, Statistics.median(x));
        case "group-mean" -> byGroup(x, p, c, false);
        case "group-median" -> byGroup(x, p, c, true);
        case "em" -> ExpectationMaximisation.impute(x, p, c);
        case "knn" -> NearestNeighbours.impute(x, p, c);
        case "regression" -> RegressionImputation.impute(x, p, c);
        default -> x.clone();
      };
    }
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
      boolean median) {
    Optional<String> group = p.text("group");
    if (group.isEmpty()) {
      throw new IndicatorsException("indicator '" + c.indicator() + "': group imputation needs "
          + "the text parameter 'group' naming a group variable of the units");
    }
    String variable = group.get();
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
      stat[g] = median ? Statistics.median(members[g]) : Statistics.mean(members[g]);
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
