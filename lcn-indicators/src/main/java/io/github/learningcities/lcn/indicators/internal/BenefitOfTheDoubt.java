package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benefit of the Doubt (DEA in multiplier form, one linear programme per unit), plain, with
 * bounds on the unit's own virtual-weight shares, and directional.
 *
 * <p>Unit i's programme (plain): maximise {@code w.x_i} subject to {@code w.x_r <= 1} for every
 * unit r and {@code w >= 0}; its optimum is the score, the optimal multipliers w are the unit's
 * weights. With share bounds, also {@code lower <= w_l x_il / (w.x_i) <= upper} for each present
 * child l. Directional (direction d): {@code beta = min max_r(w.x_r) - w.x_i} over
 * {@code w >= 0, w.d = 1}, score {@code 1 / (1 + beta)}.
 *
 * <p>Each column is first scaled by a power of two into [0, 1) (exact; BoD is invariant to
 * positive rescaling of a column, the directional variant with its direction scaled alike).
 * Only few units' rows bind (those on the frontier), so the programmes are solved by
 * constraint generation: over a working set of rows (the best unit of each column, the unit
 * itself, and every row found violated so far), checking the solution against all units and
 * adding the most violated rows until none is. The working set is shared by the units, which
 * are solved in row order: the result depends on the data only, never on timing.
 *
 * <p><b>Guarantee: each unit gets the optimum of its full programme</b> (every unit's row),
 * whatever the order of the units and whatever rows the working set holds. A solution is
 * accepted only when (1) {@link DenseSimplex} certified it optimal for the restricted programme
 * (primal rows, dual signs, reduced costs and duality gap recomputed from the data and the
 * final basis, within {@link DenseSimplex#CERTIFICATE} = 1e-9 relative) and (2) every unit's
 * row, in the working set or not, holds within {@link #ACCEPT} = 1e-9 of its bound (relative
 * to the bound, at least 1, on the scaled data). The rows outside the working set have dual 0,
 * so (1) and (2) together certify the optimum of the full programme. If either check fails,
 * the unit's full programme is solved and checked instead; if that fails too, the aggregation
 * is refused with an error naming the unit: no unverified score is returned. The scores
 * therefore agree with the full programme's optimum, and across orders of the units, to about
 * 1e-9 (to rounding, about 1e-15, in practice).
 *
 * <p>Rules: a missing child counts as 0 (the unit is judged on its present children and others
 * are not held to what they lack); negative values are refused; a unit whose values are all 0
 * scores 0. Scores within 1e-10 of 1 are 1, so the units on the frontier tie at 1.
 *
 * @since 0.1.0
 */
public final class BenefitOfTheDoubt {
  /** Scores this close to 1 are 1 (the frontier's units tie instead of differing by noise). */
  static final double SNAP = 1e-10;
  /**
   * A unit's row outside the working set joins it when the solution exceeds the row's bound by
   * more than this (relative to the bound, at least 1; scaled data).
   */
  private static final double VIOLATION = 1e-12;
  /**
   * A unit's final solution must satisfy every unit's row within this (relative to the bound,
   * at least 1; scaled data), as its own programme's rows are certified by {@link
   * DenseSimplex#CERTIFICATE}.
   */
  static final double ACCEPT = DenseSimplex.CERTIFICATE;
  /** Rows added per round of constraint generation. */
  private static final int ADD_PER_ROUND = 8;

  private BenefitOfTheDoubt() {}

  /**
   * The scores and weights of one aggregate.
   *
   * @param scores one score per unit
   * @param weights by child then unit: the unit's multipliers in the children's own units (NaN
   *     for a missing child)
   */
  public record Outcome(double[] scores, double[][] weights) {}

  /** Which programme. */
  private enum Variant { PLAIN, SHARES, DIRECTIONAL }

  /**
   * The {@code bod} aggregator: plain, or with share bounds when {@code lowerShare} or
   * {@code upperShare} is given.
   */
  static void aggregate(double[][] children, double[] weights, double[] out, Parameters p,
      Aggregator.Context c) {
    double lower = p.number("lowerShare", 0);
    double upper = p.number("upperShare", 1);
    Outcome o = solve(children, lower, upper, null, c);
    System.arraycopy(o.scores(), 0, out, 0, out.length);
    c.reportUnitWeights(o.weights());
  }

  /** The {@code bod-directional} aggregator. */
  static void aggregateDirectional(double[][] children, double[] weights, double[] out,
      Parameters p, Aggregator.Context c) {
    double[] d = direction(p.text("direction").orElse("ones"), children.length, c);
    Outcome o = solve(children, 0, 1, d, c);
    System.arraycopy(o.scores(), 0, out, 0, out.length);
    c.reportUnitWeights(o.weights());
  }

  /**
   * Reads a direction: {@code ones}, or one non-negative number per child in child order,
   * separated by semicolons, commas or spaces (the CLI's {@code key=value,...} lists need one of
   * the others), at least one positive.
   */
  static double[] direction(String text, int k, Aggregator.Context c) {
    double[] d = new double[k];
    if (text.trim().equals("ones")) {
      Arrays.fill(d, 1);
      return d;
    }
    String[] parts = text.trim().split("\\s*[;,]\\s*|\\s+", -1);
    String expected = "; expected 'ones' or " + k + " non-negative numbers separated by "
        + "semicolons (or commas), one per child in the order " + c.childCodes()
        + ", at least one positive";
    if (parts.length != k) {
      throw new IndicatorsException("aggregate '" + c.node() + "': bod-directional direction '"
          + text + "' has " + parts.length + " entries" + expected);
    }
    boolean positive = false;
    for (int j = 0; j < k; j++) {
      try {
        d[j] = Double.parseDouble(parts[j].trim());
      } catch (NumberFormatException e) {
        throw new IndicatorsException("aggregate '" + c.node() + "': bod-directional direction "
            + "entry " + (j + 1) + " ('" + parts[j].trim() + "', child '" + c.childCodes().get(j)
            + "') is not a number" + expected, e);
      }
      if (!(d[j] >= 0) || Double.isInfinite(d[j])) {
        throw new IndicatorsException("aggregate '" + c.node() + "': bod-directional direction "
            + "entry " + (j + 1) + " (child '" + c.childCodes().get(j) + "') is " + d[j]
            + expected);
      }
      positive |= d[j] > 0;
    }
    if (!positive) {
      throw new IndicatorsException("aggregate '" + c.node() + "': bod-directional direction '"
          + text + "' is all zero" + expected);
    }
    return d;
  }

  /**
   * Solves every unit's programme.
   *
   * @param children child scores by child then unit, NaN for missing
   * @param lower lower share bound (0 for none)
   * @param upper upper share bound (1 for none)
   * @param direction the direction (directional variant), or null
   * @param c the aggregate, for messages
   * @return scores and weights
   */
  public static Outcome solve(double[][] children, double lower, double upper,
      double[] direction, Aggregator.Context c) {
    int k = children.length;
    int n = k == 0 ? 0 : children[0].length;
    Variant variant = direction != null ? Variant.DIRECTIONAL
        : lower > 0 || upper < 1 ? Variant.SHARES : Variant.PLAIN;
    double[][] x = new double[n][k];
    double[] scale = new double[k];
    boolean[][] present = new boolean[n][k];
    for (int j = 0; j < k; j++) {
      double max = 0;
      for (int r = 0; r < n; r++) {
        double v = children[j][r];
        if (v < 0 || Double.isInfinite(v)) {
          throw new IndicatorsException("aggregate '" + c.node() + "': Benefit of the Doubt "
              + "needs non-negative finite values, but '" + c.childCodes().get(j) + "' is " + v
              + " for unit '" + c.unitCodes().get(r) + "'; normalise to a non-negative range, "
              + "e.g. min-max to [0, 100]");
        }
        max = Math.max(max, v == v ? v : 0);
      }
      scale[j] = max > 0 ? Math.scalb(1.0, -Math.getExponent(max) - 1) : 1.0;
      for (int r = 0; r < n; r++) {
        double v = children[j][r];
        present[r][j] = v == v;
        x[r][j] = v == v ? v * scale[j] : 0;
      }
    }
    if (variant == Variant.SHARES) {
      checkShares(lower, upper, x, present, c);
    }
    double[] d = null;
    if (direction != null) {
      d = new double[k];
      for (int j = 0; j < k; j++) {
        d[j] = direction[j] * scale[j];
      }
    }
    // Working set: the best unit of each column (its row bounds that column's weight).
    int[] work = new int[Math.max(4, 2 * k)];
    int size = 0;
    boolean[] inWork = new boolean[n];
    for (int j = 0; j < k; j++) {
      int best = -1;
      for (int r = 0; r < n; r++) {
        if (x[r][j] > 0 && (best < 0 || x[r][j] > x[best][j])) {
          best = r;
        }
      }
      if (best >= 0 && !inWork[best]) {
        inWork[best] = true;
        work[size++] = best;
      }
    }
    double[] scores = new double[n];
    double[][] weights = new double[k][n];
    Programmes p = new Programmes(variant, x, present, d, lower, upper);
    int[] order = new int[ADD_PER_ROUND];
    double[] excess = new double[n];
    for (int i = 0; i < n; i++) {
      double[] xi = x[i];
      double[] w = null;
      while (true) {
        DenseSimplex.Solution s = p.solve(i, work, size, !inWork[i]);
        if (s.status() != DenseSimplex.Status.OPTIMAL) {
          w = null;
          break;
        }
        w = s.x();
        // Check every other unit's row; add the most violated ones to the working set.
        double tol = VIOLATION * Math.max(1, p.bound(w));
        int found = 0;
        for (int r = 0; r < n; r++) {
          if (inWork[r]) {
            continue;
          }
          double v = p.excess(r, w);
          excess[r] = v;
          if (v > tol) {
            // keep the ADD_PER_ROUND largest, ties by row
            int at = Math.min(found, ADD_PER_ROUND - 1);
            if (found < ADD_PER_ROUND || v > excess[order[at]]) {
              while (at > 0 && excess[order[at - 1]] < v) {
                order[at] = order[at - 1];
                at--;
              }
              order[at] = r;
              found = Math.min(found + 1, ADD_PER_ROUND);
            }
          }
        }
        if (found == 0) {
          break;
        }
        for (int f = 0; f < found; f++) {
          if (size == work.length) {
            work = Arrays.copyOf(work, 2 * size);
          }
          inWork[order[f]] = true;
          work[size++] = order[f];
        }
      }
      // The last scan found every row outside the working set within VIOLATION (< ACCEPT);
      // the working set's rows (and the unit's own) are checked here, so every unit's row is.
      if (w == null || !p.holds(w, work, size) || !p.holds(w, new int[] {i}, 1)) {
        // the restricted programme gave no certified optimum, or one that a unit's row
        // refutes: solve the full programme instead, and accept only a verified optimum
        Log.LOG.debug("aggregate '{}', unit '{}': Benefit of the Doubt re-solved over every unit",
            c.node(), c.unitCodes().get(i));
        w = p.full(i, c);
      }
      double z = 0;
      for (int j = 0; j < k; j++) {
        z += xi[j] * w[j];
      }
      if (variant == Variant.DIRECTIONAL) {
        double beta = Math.max(0, w[k] - z);
        if (beta <= SNAP) {
          beta = 0;
        }
        scores[i] = 1 / (1 + beta);
      } else {
        scores[i] = Math.abs(z - 1) <= SNAP ? 1 : Math.min(1, Math.max(0, z));
      }
      for (int j = 0; j < k; j++) {
        weights[j][i] = present[i][j] ? w[j] * scale[j] : Double.NaN;
      }
    }
    return new Outcome(scores, weights);
  }

  /**
   * A unit's programme over some units' rows, and the check of a solution against every unit.
   * Variables: the multipliers w (and t for the directional variant). A unit's row is
   * {@code w.x_r <= 1} ({@code w.x_r - t <= 0} directional); the programme also holds the
   * unit's share bounds ({@code w_l x_il - upper w.x_i <= 0}, {@code lower w.x_i - w_l x_il <= 0}
   * for each present child l) or the direction ({@code w.d = 1}).
   */
  private static final class Programmes {
    private final Variant variant;
    private final double[][] x;
    private final boolean[][] present;
    private final double[] d;
    private final double lower;
    private final double upper;
    private final int k;
    private final int vars;

    Programmes(Variant variant, double[][] x, boolean[][] present, double[] d, double lower,
        double upper) {
      this.variant = variant;
      this.x = x;
      this.present = present;
      this.d = d;
      this.lower = lower;
      this.upper = upper;
      this.k = x.length == 0 ? 0 : x[0].length;
      this.vars = variant == Variant.DIRECTIONAL ? k + 1 : k;
    }

    /**
     * Solves unit i's programme over the rows of {@code units[0..count)}, and unit i's own row
     * when {@code own}.
     */
    DenseSimplex.Solution solve(int i, int[] units, int count, boolean own) {
      double[] xi = x[i];
      double[] cost = Arrays.copyOf(xi, vars);
      if (variant == Variant.DIRECTIONAL) {
        cost[k] = -1;
      }
      int rows = count + (own ? 1 : 0);
      int fixed = variant == Variant.SHARES ? 2 * k : variant == Variant.DIRECTIONAL ? 1 : 0;
      double[][] a = new double[rows + fixed][];
      byte[] sense = new byte[rows + fixed];
      double[] b = new double[rows + fixed];
      for (int q = 0; q < rows; q++) {
        double[] row = Arrays.copyOf(x[q < count ? units[q] : i], vars);
        if (variant == Variant.DIRECTIONAL) {
          row[k] = -1;
        } else {
          b[q] = 1;
        }
        a[q] = row;
        sense[q] = DenseSimplex.LE;
      }
      int q = rows;
      if (variant == Variant.SHARES) {
        for (int l = 0; l < k; l++) {
          double[] up = new double[vars];
          double[] lo = new double[vars];
          if (present[i][l]) {
            for (int j = 0; j < k; j++) {
              up[j] = -upper * xi[j];
              lo[j] = lower * xi[j];
            }
            up[l] += xi[l];
            lo[l] -= xi[l];
          }
          a[q] = up;
          sense[q++] = DenseSimplex.LE;
          a[q] = lo;
          sense[q++] = DenseSimplex.LE;
        }
      } else if (variant == Variant.DIRECTIONAL) {
        a[q] = Arrays.copyOf(d, vars);
        sense[q] = DenseSimplex.EQ;
        b[q] = 1;
      }
      return DenseSimplex.maximise(cost, a, sense, b);
    }

    /** The right-hand side of a unit's row: 1, or t (directional). */
    double bound(double[] w) {
      return variant == Variant.DIRECTIONAL ? w[k] : 1;
    }

    /** How far unit r's row is above its bound under w. */
    double excess(int r, double[] w) {
      double v = -bound(w);
      double[] xr = x[r];
      for (int j = 0; j < k; j++) {
        v += xr[j] * w[j];
      }
      return v;
    }

    /** Whether the rows of {@code units[0..count)} hold under w, within {@link #ACCEPT}. */
    boolean holds(double[] w, int[] units, int count) {
      double tol = ACCEPT * Math.max(1, bound(w));
      for (int q = 0; q < count; q++) {
        if (!(excess(units[q], w) <= tol)) {
          return false;
        }
      }
      return true;
    }

    /** Unit i's optimum over every unit's row, verified; an error if there is none. */
    double[] full(int i, Aggregator.Context c) {
      int[] all = new int[x.length];
      for (int r = 0; r < all.length; r++) {
        all[r] = r;
      }
      DenseSimplex.Solution s = solve(i, all, all.length, false);
      if (s.status() != DenseSimplex.Status.OPTIMAL || !holds(s.x(), all, all.length)) {
        throw new IndicatorsException("aggregate '" + c.node() + "', unit '"
            + c.unitCodes().get(i) + "': the Benefit-of-the-Doubt programme over every unit "
            + "gave " + (s.status() == DenseSimplex.Status.OPTIMAL
                ? "an optimum that a unit's row does not allow"
                : s.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            + "; expected an optimum certified by its duals and every unit's row within "
            + ACCEPT + " (this is a defect: please report it with the data)");
      }
      return s.x();
    }
  }

  /**
   * Refuses share bounds that no positive score can meet (Compind returns 0 and NaN shares
   * silently; score 0 is then the only feasible value): {@code lower * k > 1} or {@code upper
   * * k < 1} for a unit's k present children; {@code upper * p < 1} for its p positive children
   * (the shares of its zeros are 0, so the others must make up 1); and a positive lower bound
   * on a child whose value is 0 (its share is 0 whatever the weights). A unit whose children
   * are all 0 scores 0 under any bounds.
   */
  private static void checkShares(double lower, double upper, double[][] x,
      boolean[][] present, Aggregator.Context c) {
    String bounds = "lowerShare = " + lower + ", upperShare = " + upper;
    for (int i = 0; i < x.length; i++) {
      int kp = 0;
      int positive = 0;
      for (int j = 0; j < present[i].length; j++) {
        kp += present[i][j] ? 1 : 0;
        positive += x[i][j] > 0 ? 1 : 0;
      }
      if (positive == 0) {
        continue;
      }
      if (lower * kp > 1 + 1e-12 || upper * kp < 1 - 1e-12) {
        throw new IndicatorsException("aggregate '" + c.node() + "'"
            + (kp == x[i].length ? "" : ", unit '" + c.unitCodes().get(i) + "'")
            + ": Benefit-of-the-Doubt share bounds " + bounds + " cannot hold for " + kp
            + " present children (the shares sum to 1); expected lowerShare <= 1/" + kp
            + " <= upperShare");
      }
      if (upper * positive < 1 - 1e-12) {
        throw new IndicatorsException("aggregate '" + c.node() + "', unit '"
            + c.unitCodes().get(i) + "': Benefit-of-the-Doubt share bounds " + bounds
            + " cannot hold: the unit is positive on " + positive + " of its children only "
            + "(the shares of its zeros are 0, so these must make up 1); expected upperShare "
            + ">= 1/" + positive + ", or normalise to a positive range, e.g. min-max to "
            + "[1, 100]");
      }
      if (lower > 0) {
        for (int j = 0; j < present[i].length; j++) {
          if (present[i][j] && x[i][j] == 0) {
            throw new IndicatorsException("aggregate '" + c.node() + "', unit '"
                + c.unitCodes().get(i) + "': Benefit-of-the-Doubt share bounds " + bounds
                + " need a positive value of every present child, but '"
                + c.childCodes().get(j) + "' is 0 (its share is 0 whatever the weights); "
                + "normalise to a positive range, e.g. min-max to [1, 100], or set "
                + "lowerShare = 0");
          }
        }
      }
    }
  }

  /**
   * The logger, made on the first line logged: SLF4J starts only in a run that logs (its start
   * costs a short command about 13 ms), and the full-programme fallback above is rare.
   */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(BenefitOfTheDoubt.class);
  }
}
