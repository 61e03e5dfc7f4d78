package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Sobol estimates accumulate the variance and every factor's sums in one pass, and a
 * bootstrap resample draws its rows in the pass that sums the mean; both give the bits of the
 * separate passes they replaced (the oracle below: the former code), and a resample draws the
 * same random numbers.
 */
class SobolEstimatorPassProperties {

  /**
   * Outputs of n replications in each of d + 2 blocks, and m row numbers below n.
   *
   * @param n replications per block
   * @param d factors (none too)
   * @param y the outputs
   * @param rows the rows to estimate over, with repeats, in any order
   * @param seed a seed for the resample's draws
   */
  record Case(int n, int d, double[] y, int[] rows, long seed) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Double> constant = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 20).map(Integer::doubleValue),
        Arbitraries.doubles().between(-1e6, 1e6),
        Arbitraries.of(0.0, -0.0, 1e-300, 1e300, 0.1, 1.0 / 3, Double.NaN));
    return Combinators.combine(Arbitraries.integers().between(1, 30),
        Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 40),
        Arbitraries.longs(), constant).as((n, d, m, seed, c) -> {
          SplittableRandom random = new SplittableRandom(seed);
          return new Case(n, d, data(random, n, d, c), rows(random, n, m), seed + 1);
        });
  }

  @Property(tries = 500)
  void estimatesAreThoseOfSeparatePasses(@ForAll("cases") Case c) {
    assertThat(bits(SobolEstimator.estimates(c.y(), c.n(), c.d(), c.rows())))
        .containsExactly(bits(oracleEstimates(c.y(), c.n(), c.d(), c.rows())));
  }

  @Property(tries = 500)
  void aResampleIsDrawnAndEstimatedAsBefore(@ForAll("cases") Case c) {
    int[] rows = c.rows();
    SplittableRandom before = new SplittableRandom(c.seed());
    SplittableRandom after = new SplittableRandom(c.seed());
    int[] oldPick = new int[rows.length];
    int[] pick = new int[rows.length];
    double[] out = new double[2 * c.d()];
    for (int b = 0; b < 3; b++) {
      for (int k = 0; k < rows.length; k++) {
        oldPick[k] = rows[before.nextInt(rows.length)];
      }
      double[] expected = oracleEstimates(c.y(), c.n(), c.d(), oldPick);
      SobolEstimator.resampledEstimates(c.y(), c.n(), c.d(), rows, after, pick, out);
      assertThat(pick).containsExactly(oldPick);
      assertThat(bits(out)).containsExactly(bits(expected));
    }
    assertThat(after.nextLong()).as("the same draws consumed").isEqualTo(before.nextLong());
  }

  /** d + 2 blocks of n outputs: random, with ties, or all one value (a zero variance). */
  private static double[] data(SplittableRandom random, int n, int d, double constant) {
    double[] y = new double[(d + 2) * n];
    int kind = random.nextInt(4);
    for (int r = 0; r < y.length; r++) {
      y[r] = switch (kind) {
        case 0 -> constant;
        case 1 -> random.nextInt(6);
        case 2 -> random.nextInt(10) == 0 ? constant : random.nextDouble() * 100;
        default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-5, 6));
      };
    }
    return y;
  }

  /** m row numbers below n, with repeats, in any order. */
  private static int[] rows(SplittableRandom random, int n, int m) {
    int[] rows = new int[m];
    for (int k = 0; k < m; k++) {
      rows[k] = random.nextInt(n);
    }
    return rows;
  }

  private static long[] bits(double[] values) {
    return Arrays.stream(values).mapToLong(Double::doubleToLongBits).toArray();
  }

  /**
   * The former estimator, written as sums of terms: the mean, the variance and each factor's
   * first-order and total sums in separate passes over the rows, each in row order.
   */
  private static double[] oracleEstimates(double[] y, int n, int d, int[] rows) {
    int m = rows.length;
    double[] out = new double[2 * d];
    if (m < 2) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    double mean = sum(m, k -> y[rows[k]] + y[n + rows[k]]) / (2.0 * m);
    double v = sum(m, k -> square(y[rows[k]] - mean) + square(y[n + rows[k]] - mean))
        / (2.0 * m - 1);
    for (int i = 0; i < d; i++) {
      int ab = (2 + i) * n;
      double first = sum(m, k -> y[n + rows[k]] * (y[ab + rows[k]] - y[rows[k]]));
      double total = sum(m, k -> square(y[rows[k]] - y[ab + rows[k]]));
      out[i] = v > 0 ? first / m / v : 0;
      out[d + i] = v > 0 ? total / (2.0 * m) / v : 0;
    }
    return out;
  }

  private static double sum(int count, IntToDoubleFunction term) {
    double s = 0;
    for (int k = 0; k < count; k++) {
      s += term.applyAsDouble(k);
    }
    return s;
  }

  private static double square(double x) {
    return x * x;
  }
}
