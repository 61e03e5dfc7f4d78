package io.github.learningcities.lcn.indicators.internal;

import java.util.function.ToDoubleFunction;

/**
 * Derivative-free minimisation by the Nelder-Mead simplex method with the coefficients of R's
 * {@code optim(method = "Nelder-Mead")}: reflection 1, expansion 2, contraction 0.5, shrink
 * 0.5; the first simplex is the start point and the start point moved by 10 % of its largest
 * absolute coordinate (0.1 when all are 0) along each axis. One run stops, as R's does, when
 * the objective values of the simplex's best and worst vertices differ by at most
 * {@code reltol * (|f(start)| + reltol)}. Because a simplex can collapse before reaching a
 * minimum, the search then restarts from the best point with a fresh simplex, until a restart
 * improves the objective by no more than that tolerance, or the evaluation budget is spent. A
 * non-finite objective value counts as +infinity (the point is never accepted).
 *
 * @since 0.1.0
 */
public final class NelderMead {
  private NelderMead() {}

  /**
   * The outcome.
   *
   * @param point the best point found
   * @param value the objective there
   * @param evaluations the objective evaluations made
   * @param converged whether the stopping rule was met within the budget
   */
  public record Outcome(double[] point, double value, int evaluations, boolean converged) {}

  /**
   * Minimises.
   *
   * @param f the objective
   * @param start the start point
   * @param reltol the relative tolerance, &gt; 0
   * @param maxEvaluations the evaluation budget
   * @return the outcome
   */
  public static Outcome minimise(ToDoubleFunction<double[]> f, double[] start, double reltol,
      int maxEvaluations) {
    int[] count = {0};
    ToDoubleFunction<double[]> g = x -> {
      count[0]++;
      double v = f.applyAsDouble(x);
      return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    };
    double[] best = start.clone();
    double fBest = g.applyAsDouble(best);
    boolean converged = false;
    while (count[0] < maxEvaluations) {
      double tol = reltol * (Math.abs(fBest) + reltol);
      Outcome run = run(g, best, fBest, tol, maxEvaluations, count);
      boolean improved = fBest - run.value() > tol;
      if (run.value() < fBest) {
        best = run.point();
        fBest = run.value();
      }
      if (run.converged() && !improved) {
        converged = true;
        break;
      }
    }
    return new Outcome(best, fBest, count[0], converged);
  }

  private static Outcome run(ToDoubleFunction<double[]> g, double[] start, double fStart,
      double tol, int maxEvaluations, int[] count) {
    int n = start.length;
    double[][] p = new double[n + 1][];
    double[] fv = new double[n + 1];
    double size = 0;
    for (double x : start) {
      size = Math.max(size, Math.abs(x));
    }
    double step = size == 0 ? 0.1 : 0.1 * size;
    p[0] = start.clone();
    fv[0] = fStart;
    for (int i = 1; i <= n; i++) {
      p[i] = start.clone();
      p[i][i - 1] += step;
      fv[i] = g.applyAsDouble(p[i]);
    }
    while (true) {
      int lo = 0;
      int hi = 0;
      for (int i = 1; i <= n; i++) {
        if (fv[i] < fv[lo]) {
          lo = i;
        }
        if (fv[i] > fv[hi]) {
          hi = i;
        }
      }
      if (fv[hi] <= fv[lo] + tol) {
        return new Outcome(p[lo].clone(), fv[lo], count[0], true);
      }
      if (count[0] >= maxEvaluations) {
        return new Outcome(p[lo].clone(), fv[lo], count[0], false);
      }
      int second = lo;
      for (int i = 0; i <= n; i++) {
        if (i != hi && fv[i] > fv[second]) {
          second = i;
        }
      }
      double[] centroid = new double[n];
      for (int i = 0; i <= n; i++) {
        if (i != hi) {
          for (int d = 0; d < n; d++) {
            centroid[d] += p[i][d] / n;
          }
        }
      }
      double[] reflected = toward(centroid, p[hi], -1);
      double fr = g.applyAsDouble(reflected);
      if (fr < fv[lo]) {
        double[] expanded = toward(centroid, p[hi], -2);
        double fe = g.applyAsDouble(expanded);
        if (fe < fr) {
          p[hi] = expanded;
          fv[hi] = fe;
        } else {
          p[hi] = reflected;
          fv[hi] = fr;
        }
      } else if (fr < fv[second]) {
        p[hi] = reflected;
        fv[hi] = fr;
      } else {
        boolean outside = fr < fv[hi];
        double[] contracted = outside ? toward(centroid, p[hi], -0.5)
            : toward(centroid, p[hi], 0.5);
        double fc = g.applyAsDouble(contracted);
        if (fc < Math.min(fr, fv[hi])) {
          p[hi] = contracted;
          fv[hi] = fc;
        } else {
          for (int i = 0; i <= n; i++) {
            if (i != lo) {
              for (int d = 0; d < n; d++) {
                p[i][d] = p[lo][d] + 0.5 * (p[i][d] - p[lo][d]);
              }
              fv[i] = g.applyAsDouble(p[i]);
            }
          }
        }
      }
    }
  }

  /** centroid + t (point - centroid). */
  private static double[] toward(double[] centroid, double[] point, double t) {
    double[] out = new double[centroid.length];
    for (int d = 0; d < out.length; d++) {
      out[d] = centroid[d] + t * (point[d] - centroid[d]);
    }
    return out;
  }
}
