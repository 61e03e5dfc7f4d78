package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Robust (order-m) Benefit of the Doubt, Compind's {@code ci_rbod}: for each unit i and each of
 * B replications, m units are drawn with replacement from all units, and
 * {@code e = max over the drawn r of min_j x_rj / x_ij}; the score is {@code 1 / mean(e)}. A
 * unit that no drawn unit dominates scores above 1.
 *
 * <p>Draws: unit i's replications come from its own stream, seeded by the seed and the unit's
 * code, and a draw picks a unit of the units sorted by code. So the scores depend on the seed
 * and the data only: not on the order of the units, nor on how many threads compute them
 * (units are computed in parallel above {@link #PARALLEL_WORK} operations).
 *
 * <p>Rules: a missing value counts as 0, as in {@link BenefitOfTheDoubt}; a value x_ij = 0 does
 * not limit unit i (every unit is at least as good there: the ratio is infinite, also for
 * x_rj = 0, where Compind gives NaN); a unit whose values are all 0 (or missing) scores 0.
 *
 * @since 0.1.0
 */
public final class OrderM {
  /** Above this many ratio evaluations, units are computed in parallel. */
  static final long PARALLEL_WORK = 2_000_000;

  private OrderM() {}

  /** The {@code bod-robust} aggregator. */
  static void aggregate(double[][] children, double[] weights, double[] out, Parameters p,
      Aggregator.Context c) {
    int m = (int) p.number("m", 20);
    int b = (int) p.number("b", 200);
    long seed = (long) p.number("seed", 0);
    double[] s = scores(children, m, b, seed, c);
    System.arraycopy(s, 0, out, 0, out.length);
  }

  /**
   * Computes the order-m scores.
   *
   * @param children child scores by child then unit, NaN for missing
   * @param m units drawn per replication
   * @param b replications
   * @param seed the seed
   * @param c the aggregate and its units, for messages and the draws
   * @return one score per unit
   */
  public static double[] scores(double[][] children, int m, int b, long seed,
      Aggregator.Context c) {
    int k = children.length;
    int n = k == 0 ? 0 : children[0].length;
    double[][] x = new double[n][k];
    for (int j = 0; j < k; j++) {
      for (int r = 0; r < n; r++) {
        double v = children[j][r];
        if (v < 0 || Double.isInfinite(v)) {
          throw new IndicatorsException("aggregate '" + c.node() + "': robust Benefit of the "
              + "Doubt needs non-negative finite values, but '" + c.childCodes().get(j)
              + "' is " + v + " for unit '" + c.unitCodes().get(r) + "'; normalise to a "
              + "non-negative range, e.g. min-max to [0, 100]");
        }
        x[r][j] = v == v ? v : 0;
      }
    }
    Integer[] byCode = new Integer[n];
    for (int r = 0; r < n; r++) {
      byCode[r] = r;
    }
    Arrays.sort(byCode, (r, s) -> c.unitCodes().get(r).compareTo(c.unitCodes().get(s)));
    int[] sorted = new int[n];
    for (int r = 0; r < n; r++) {
      sorted[r] = byCode[r];
    }
    double[] out = new double[n];
    IntStream units = IntStream.range(0, n);
    if ((long) n * b * m * k > PARALLEL_WORK) {
      units = units.parallel();
    }
    units.forEach(i -> out[i] = unit(x, i, sorted, m, b,
        streamSeed(seed, c.unitCodes().get(i))));
    for (int i = 0; i < n; i++) {
      if (out[i] == Double.POSITIVE_INFINITY) {
        throw new IndicatorsException("aggregate '" + c.node() + "', unit '"
            + c.unitCodes().get(i) + "': in none of the " + b + " replications of robust "
            + "Benefit of the Doubt did a drawn unit come near it on every child (it alone is "
            + "positive where the drawn units are 0), so its order-m score is infinite; "
            + "expected a larger m (now " + m + ") or the plain 'bod'");
      }
    }
    return out;
  }

  private static double unit(double[][] x, int i, int[] sorted, int m, int b, long seed) {
    double[] xi = x[i];
    int n = x.length;
    SplittableRandom random = new SplittableRandom(seed);
    double sum = 0;
    for (int rep = 0; rep < b; rep++) {
      double e = Double.NEGATIVE_INFINITY;
      for (int draw = 0; draw < m; draw++) {
        double[] xr = x[sorted[random.nextInt(n)]];
        double lo = Double.POSITIVE_INFINITY;
        for (int j = 0; j < xi.length; j++) {
          if (xi[j] > 0) {
            lo = Math.min(lo, xr[j] / xi[j]);
          }
        }
        e = Math.max(e, lo);
      }
      sum += e;
    }
    double phi = sum / b;
    return phi == Double.POSITIVE_INFINITY ? 0 : 1 / phi;
  }

  /** The seed of a unit's stream: the seed and a 64-bit FNV-1a hash of the code, mixed. */
  static long streamSeed(long seed, String code) {
    long h = 0xcbf29ce484222325L;
    for (int q = 0; q < code.length(); q++) {
      h ^= code.charAt(q);
      h *= 0x100000001b3L;
    }
    long z = seed ^ Long.rotateLeft(h, 29) ^ 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
