package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.Imputer;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * k-nearest-neighbour imputation: a missing cell gets the mean of that indicator over the k
 * units closest to its own unit among those where the indicator is present.
 *
 * <p>Distance: on the indicators in standard units (centred and scaled by the present values'
 * mean and standard deviation), the mean squared difference over the indicators present in both
 * units, other than the one imputed and other than constant ones; averaging (rather than
 * summing) keeps distances over different numbers of shared indicators comparable. A unit that
 * shares no indicator with the one imputed is not a neighbour; if no unit qualifies, the cell
 * stays missing (and the engine notes it). Ties are broken deterministically: units at equal
 * distance are taken in the order of their codes, so the k-th neighbour, and the result, do not
 * depend on the order of the units. Fewer than k qualifying units: all of them are used.
 *
 * <p>The imputed value is a mean of observed values, so it lies within the indicator's observed
 * range. The parameter {@code k} (default 5) is the number of neighbours.
 *
 * @since 0.1.0
 */
public final class NearestNeighbours {
  private NearestNeighbours() {}

  private record Neighbour(double distance, String unit, double value) {}

  /**
   * Nearest first, ties by unit code: a named class rather than a lambda, so that imputing
   * links no call site on a short run's path.
   */
  private static final class Nearest implements Comparator<Neighbour> {
    @Override
    public int compare(Neighbour a, Neighbour b) {
      int byDistance = Double.compare(a.distance(), b.distance());
      return byDistance != 0 ? byDistance : a.unit().compareTo(b.unit());
    }
  }

  /**
   * Imputes one column.
   *
   * @param x the column
   * @param p the parameters
   * @param c the context
   * @return the imputed column
   */
  static double[] impute(double[] x, Parameters p, Imputer.Context c) {
    double[] out = x.clone();
    int k = (int) p.number("k", 5);
    int target = c.indicators().indexOf(c.indicator());
    StandardisedColumns s = c.perRun("standardised", new StandardisedColumns.OfColumns(c));
    double[][] z = s.z();
    Comparator<Neighbour> nearest = new Nearest();
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        continue;
      }
      List<Neighbour> candidates = new ArrayList<>();
      for (int r = 0; r < x.length; r++) {
        if (r == i || Double.isNaN(x[r])) {
          continue;
        }
        double sum = 0;
        int shared = 0;
        for (int j = 0; j < z.length; j++) {
          if (j == target || s.constant()[j]) {
            continue;
          }
          double d = z[j][i] - z[j][r];
          if (!Double.isNaN(d)) {
            sum += d * d;
            shared++;
          }
        }
        if (shared > 0) {
          candidates.add(new Neighbour(sum / shared, c.unit(r), x[r]));
        }
      }
      if (candidates.isEmpty()) {
        continue;
      }
      candidates.sort(nearest);
      int used = Math.min(k, candidates.size());
      double[] values = new double[used];
      for (int t = 0; t < used; t++) {
        values[t] = candidates.get(t).value();
      }
      out[i] = meanWithinRange(values);
    }
    return out;
  }

  /** The mean of the sorted values, clamped to their range against rounding. */
  private static double meanWithinRange(double[] values) {
    java.util.Arrays.sort(values);
    double m = io.github.learningcities.lcn.indicators.method.Statistics.mean(values);
    return Math.min(values[values.length - 1], Math.max(values[0], m));
  }
}
