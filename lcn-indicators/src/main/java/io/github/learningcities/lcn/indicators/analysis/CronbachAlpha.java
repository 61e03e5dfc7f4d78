package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.internal.Scaling;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Cronbach's alpha of a set of columns, as COINr's {@code get_cronbach}: with C the covariance
 * matrix on pairwise-complete observations (R's {@code cov(use = "pairwise.complete.obs")}) and
 * k the number of columns, {@code alpha = k^2 * mean(off-diagonal of C) / sum(C)}, where the
 * sums skip covariances that are undefined (fewer than 2 complete pairs). Alpha is empty with
 * fewer than 2 columns or when the covariances sum to zero.
 *
 * <pre>{@code
 * CronbachAlpha a = CronbachAlpha.of(framework, results.after(Step.NORMALISATION), "P2P", 1);
 * }</pre>
 *
 * @param items the columns, in the order given
 * @param alpha the coefficient (at most 1; negative when the items covary negatively)
 * @since 0.1.0
 */
public record CronbachAlpha(List<String> items, OptionalDouble alpha) {

  /** Copies the list. */
  public CronbachAlpha {
    items = List.copyOf(items);
  }

  /**
   * Computes alpha of the given columns.
   *
   * @param data the dataset
   * @param items the columns
   * @return alpha
   * @throws io.github.learningcities.lcn.indicators.IndicatorsException if a code is not a
   *     column of the dataset
   */
  public static CronbachAlpha of(Dataset data, List<String> items) {
    int k = items.size();
    double[][] x = new double[k][];
    for (int i = 0; i < k; i++) {
      x[i] = data.column(items.get(i));
    }
    return new CronbachAlpha(items, alpha(x));
  }

  /**
   * Computes alpha of the nodes at a level inside a group (COINr's {@code
   * get_cronbach(iCodes = group, Level = level)}): e.g. the indicators (level 1) of a pillar, or
   * the pillars (level 2) of a sub-index.
   *
   * @param framework the framework
   * @param data a dataset with a column for every node of that level in the group
   * @param group the code of the group (an aggregate)
   * @param level the level of the items
   * @return alpha
   * @throws AnalysisException if the group or level does not exist
   */
  public static CronbachAlpha of(Framework framework, Dataset data, String group, int level) {
    return of(data, Structure.withinAtLevel(framework, group, level));
  }

  static OptionalDouble alpha(double[][] x) {
    int k = x.length;
    if (k < 2) {
      return OptionalDouble.empty();
    }
    // Alpha does not change when every item is scaled by one factor: where covariances (of
    // degree 2) would overflow or underflow, all items are scaled by one power of two, exactly.
    double max = 0;
    for (double[] column : x) {
      max = Math.max(max, Scaling.maxAbs(column));
    }
    double scale = Scaling.forMaxAbs(max, 400);
    double[][] y = x;
    if (scale != 1) {
      y = new double[k][];
      for (int i = 0; i < k; i++) {
        y[i] = x[i].clone();
        for (int r = 0; r < y[i].length; r++) {
          y[i][r] *= scale;
        }
      }
    }
    double all = 0;
    double diagonal = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        double[][] c = Pairwise.complete(y[i], y[j]);
        double cov = Pairwise.covariance(c[0], c[1]);
        if (Double.isNaN(cov)) {
          continue;
        }
        if (i == j) {
          diagonal += cov;
          all += cov;
        } else {
          all += 2 * cov;
        }
      }
    }
    if (all == 0) {
      return OptionalDouble.empty();
    }
    double meanOff = (all - diagonal) / (k * (k - 1.0));
    return OptionalDouble.of((double) k * k * meanOff / all);
  }
}
