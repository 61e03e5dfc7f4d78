package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.Imputer;
import io.github.learningcities.lcn.indicators.method.Statistics;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Supplier;

/**
 * Indicator columns in standard units, z = (x - mean) / sd of the present values, for the
 * multivariate imputers (which then do not depend on the indicators' scales).
 *
 * <p>The mean and standard deviation are computed from the sorted present values, so that they
 * are bit for bit the same whatever the order of the units. A column with one distinct present
 * value has sd 0 and is only centred ({@link #constant}); a column without present values is
 * {@link #empty}.
 *
 * @param z the standardised columns, NaN for missing
 * @param mean each column's mean of present values
 * @param sd each column's standard deviation (1 where it is 0 or undefined)
 * @param constant whether a column has fewer than two distinct present values
 * @param empty whether a column has no present value
 *
 * @since 0.1.0
 */
public record StandardisedColumns(double[][] z, double[] mean, double[] sd, boolean[] constant,
    boolean[] empty) {

  /**
   * Standardises columns.
   *
   * @param columns the columns, NaN for missing
   * @return the standardised columns
   */
  public static StandardisedColumns of(double[][] columns) {
    int p = columns.length;
    double[][] z = new double[p][];
    double[] mean = new double[p];
    double[] sd = new double[p];
    boolean[] constant = new boolean[p];
    boolean[] empty = new boolean[p];
    for (int j = 0; j < p; j++) {
      double[] x = columns[j];
      double[] present = presentSorted(x);
      empty[j] = present.length == 0;
      mean[j] = empty[j] ? 0 : Statistics.mean(present);
      double s = present.length < 2 ? 0 : Statistics.sd(present);
      constant[j] = !(s > 0) || present[0] == present[present.length - 1];
      sd[j] = constant[j] ? 1 : s;
      z[j] = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        z[j][i] = (x[i] - mean[j]) / sd[j];
      }
    }
    return new StandardisedColumns(z, mean, sd, constant, empty);
  }

  /**
   * Returns the rows in the order of their units' codes, so that a method summing over rows in
   * that order gives the same result whatever the order of the units.
   *
   * @param n the number of rows
   * @param c the context that names each row's unit
   * @return the rows, sorted by unit code
   */
  public static int[] byUnitCode(int n, Imputer.Context c) {
    Integer[] rows = new Integer[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    Arrays.sort(rows, new UnitCodeOrder(c));
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = rows[i];
    }
    return out;
  }

  /** The present (not NaN) values of a column, sorted. */
  private static double[] presentSorted(double[] x) {
    int m = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        m++;
      }
    }
    double[] present = new double[m];
    int k = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        present[k++] = v;
      }
    }
    Arrays.sort(present);
    return present;
  }

  /*
   * The functional objects below are named classes rather than lambdas: imputing links no
   * call site on a short run's path.
   */

  /** Rows by their units' codes. */
  private static final class UnitCodeOrder implements Comparator<Integer> {
    private final Imputer.Context context;

    UnitCodeOrder(Imputer.Context context) {
      this.context = context;
    }

    @Override
    public int compare(Integer i, Integer j) {
      return context.unit(i).compareTo(context.unit(j));
    }
  }

  /** The run's indicator columns standardised, for {@link Imputer.Context#perRun}. */
  static final class OfColumns implements Supplier<StandardisedColumns> {
    private final Imputer.Context context;

    OfColumns(Imputer.Context context) {
      this.context = context;
    }

    @Override
    public StandardisedColumns get() {
      return of(context.columns());
    }
  }

  /** The rows in their units' codes' order, for {@link Imputer.Context#perRun}. */
  static final class RowsByUnitCode implements Supplier<int[]> {
    private final int n;
    private final Imputer.Context context;

    RowsByUnitCode(int n, Imputer.Context context) {
      this.n = n;
      this.context = context;
    }

    @Override
    public int[] get() {
      return byUnitCode(n, context);
    }
  }

  /**
   * Returns a standardised value in the column's own units.
   *
   * @param j the column
   * @param value the standardised value
   * @return mean + sd value
   */
  public double original(int j, double value) {
    return mean[j] + sd[j] * value;
  }
}
