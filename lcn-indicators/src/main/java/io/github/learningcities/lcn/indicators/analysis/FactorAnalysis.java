package io.github.learningcities.lcn.indicators.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** One factor analysis and its Handbook weights; the computation behind {@link FactorWeights}. */
final class FactorAnalysis {
  private static final double MACHINE_EPS = Math.ulp(1.0);
  /** Relative difference below which two scaled squared loadings count as tied. */
  private static final double TIE = 1e-9;
  /** Eigenvalues below this fraction of the largest count as zero (rank deficiency). */
  private static final double RANK_TOLERANCE = 1e-10;

  private final List<String> items;
  private final int[] rows;
  private final double[] eigenvalues;
  private final double[][] loadings;
  private final double[] explained;
  private final int[] factorOf;
  private final double[] weights;
  private final double[] compindScores;
  private final double[] componentWeights;

  private FactorAnalysis(List<String> items, int[] rows, double[] eigenvalues,
      double[][] loadings, double[] explained, int[] factorOf, double[] weights,
      double[] compindScores, double[] componentWeights) {
    this.items = List.copyOf(items);
    this.rows = rows;
    this.eigenvalues = eigenvalues;
    this.loadings = loadings;
    this.explained = explained;
    this.factorOf = factorOf;
    this.weights = weights;
    this.compindScores = compindScores;
    this.componentWeights = componentWeights;
  }

  /**
   * Runs the analysis with Kaiser's rule.
   *
   * @param items the column names, each once
   * @param columns one column per item, all of the same length (units), NaN for missing
   * @return the analysis
   * @throws AnalysisException if the columns do not match the names, fewer than 2 units are
   *     complete or a column is constant on them
   */
  static FactorAnalysis of(List<String> items, double[][] columns) {
    return of(items, columns, FactorWeights.Variant.KAISER, 0);
  }

  /**
   * Runs the analysis.
   *
   * @param items the column names, each once
   * @param columns one column per item, all of the same length (units), NaN for missing
   * @param variant how many factors to keep
   * @param dim the number of factors for {@link FactorWeights.Variant#CH} (1 to k); ignored otherwise
   * @return the analysis
   * @throws AnalysisException if the columns do not match the names, {@code dim} is out of
   *     range, fewer than 2 units are complete or a column is constant on them
   */
  static FactorAnalysis of(List<String> items, double[][] columns, FactorWeights.Variant variant,
      int dim) {
    Objects.requireNonNull(variant, "variant");
    String where = "factor analysis of " + items;
    int k = items.size();
    if (k == 0 || columns.length != k) {
      throw new AnalysisException(where + ": " + columns.length + " columns for " + k
          + " names; expected one column per name, at least one");
    }
    if (new java.util.HashSet<>(items).size() != k) {
      throw new AnalysisException(where + ": a column is named twice; expected each once");
    }
    for (int j = 1; j < k; j++) {
      if (columns[j].length != columns[0].length) {
        throw new AnalysisException(where + ": column '" + items.get(j) + "' has "
            + columns[j].length + " values; expected " + columns[0].length + " like '"
            + items.get(0) + "'");
      }
    }
    Standardised st = Standardised.of(where, items, columns);
    SymmetricEigen eig = SymmetricEigen.of(st.correlations);
    int[] order = eig.descending();
    double[] all = eig.values();
    double[] values = new double[k];
    double[][] vectors = new double[k][];
    for (int c = 0; c < k; c++) {
      values[c] = Math.max(all[order[c]], MACHINE_EPS);
      vectors[c] = eig.vector(order[c]);
    }
    // components beyond the numerical rank of R (n <= k, or collinear columns) are noise
    int rank = 0;
    while (rank < k && values[rank] > RANK_TOLERANCE * values[0]) {
      rank++;
    }
    int requested = switch (variant) {
      case ONE -> 1;
      case ALL -> k;
      case CH -> {
        if (dim < 1 || dim > k) {
          throw new AnalysisException(where + ": dim is " + dim + "; expected 1 to " + k
              + " (the number of columns)");
        }
        yield dim;
      }
      case KAISER -> {
        int n = 0;
        while (n < k && values[n] > 1) {
          n++;
        }
        yield Math.max(1, n);
      }
    };
    int q = Math.min(requested, Math.max(1, rank));
    double[][] l = new double[k][q];
    for (int c = 0; c < q; c++) {
      double root = Math.sqrt(values[c]);
      for (int j = 0; j < k; j++) {
        l[j][c] = vectors[c][j] * root;
      }
    }
    signByColumnSum(l);
    if (q > 1) {
      l = Varimax.rotate(l);
      double[] ss = columnSumsOfSquares(l);
      Integer[] byVariance = new Integer[q];
      for (int c = 0; c < q; c++) {
        byVariance[c] = c;
      }
      Arrays.sort(byVariance, (a, b) -> Double.compare(ss[b], ss[a]));
      double[][] sorted = new double[k][q];
      for (int j = 0; j < k; j++) {
        for (int c = 0; c < q; c++) {
          sorted[j][c] = l[j][byVariance[c]];
        }
      }
      l = sorted;
      signByColumnSum(l);
    }
    double[] explained = columnSumsOfSquares(l);
    double total = 0;
    for (double e : explained) {
      total += e;
    }
    int[] factorOf = new int[k];
    double[] raw = new double[k];
    double rawSum = 0;
    for (int j = 0; j < k; j++) {
      double top = 0;
      for (int c = 0; c < q; c++) {
        top = Math.max(top, l[j][c] * l[j][c] / explained[c]);
      }
      // a tie (to rounding) splits the indicator evenly among the tied factors
      int tied = 0;
      double share = 0;
      factorOf[j] = -1;
      for (int c = 0; c < q; c++) {
        double scaled = l[j][c] * l[j][c] / explained[c];
        if (scaled >= top * (1 - TIE)) {
          if (factorOf[j] < 0) {
            factorOf[j] = c;
          }
          tied++;
          share += explained[c] / total * scaled;
        }
      }
      raw[j] = share / tied;
      rawSum += raw[j];
    }
    double[] w = new double[k];
    for (int j = 0; j < k; j++) {
      w[j] = raw[j] / rawSum;
    }
    // Compind: scores = Z R^-1 L, weighted by colSums(L^2) / k
    double[][] rInvL = new double[k][q];
    for (int e = 0; e < k; e++) {
      double[] v = vectors[e];
      for (int c = 0; c < q; c++) {
        double vl = 0;
        for (int j = 0; j < k; j++) {
          vl += v[j] * l[j][c];
        }
        vl /= values[e];
        for (int j = 0; j < k; j++) {
          rInvL[j][c] += v[j] * vl;
        }
      }
    }
    double[] component = new double[q];
    for (int c = 0; c < q; c++) {
      component[c] = explained[c] / k;
    }
    int n = st.n();
    double[] scores = new double[n];
    if (rank < k) {
      Arrays.fill(scores, Double.NaN);
    }
    for (int r = 0; r < n && rank == k; r++) {
      double s = 0;
      for (int c = 0; c < q; c++) {
        double f = 0;
        for (int j = 0; j < k; j++) {
          f += st.z[j][r] * rInvL[j][c];
        }
        s += variant == FactorWeights.Variant.ONE ? f : f * component[c];
      }
      scores[r] = s;
    }
    return new FactorAnalysis(items, st.rows, values, l, explained, factorOf, w, scores,
        component);
  }

  private static void signByColumnSum(double[][] l) {
    int q = l[0].length;
    for (int c = 0; c < q; c++) {
      double s = 0;
      for (double[] row : l) {
        s += row[c];
      }
      if (s < 0) {
        for (double[] row : l) {
          row[c] = -row[c];
        }
      }
    }
  }

  private static double[] columnSumsOfSquares(double[][] l) {
    double[] ss = new double[l[0].length];
    for (double[] row : l) {
      for (int c = 0; c < ss.length; c++) {
        ss[c] += row[c] * row[c];
      }
    }
    return ss;
  }

  /**
   * Returns the column names.
   *
   * @return the items, in input order
   */
  List<String> items() {
    return items;
  }

  /**
   * Returns the indexes of the units analysed (those with all values present).
   *
   * @return ascending row indexes
   */
  int[] rows() {
    return rows.clone();
  }

  /**
   * Returns the eigenvalues of the correlation matrix, largest first.
   *
   * @return k values
   */
  double[] eigenvalues() {
    return eigenvalues.clone();
  }

  /**
   * Returns the number of factors kept.
   *
   * @return q
   */
  int factors() {
    return explained.length;
  }

  /**
   * Returns the (rotated) loadings.
   *
   * @return k rows (items) x q columns (factors), in psych's order and signs
   */
  double[][] loadings() {
    double[][] out = new double[loadings.length][];
    for (int j = 0; j < out.length; j++) {
      out[j] = loadings[j].clone();
    }
    return out;
  }

  /**
   * Returns the variance each kept factor explains (its sum of squared loadings).
   *
   * @return q values, largest first
   */
  double[] explainedVariance() {
    return explained.clone();
  }

  /**
   * Returns the factor (0-based) each item is grouped with.
   *
   * @return one factor index per item
   */
  int[] factorOf() {
    return factorOf.clone();
  }

  /**
   * Returns the Handbook's weights.
   *
   * @return item to weight, in input order; non-negative, summing to 1
   */
  Map<String, Double> weights() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int j = 0; j < items.size(); j++) {
      out.put(items.get(j), weights[j]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns Compind's component weights ({@code loadings_fact}): each kept factor's sum of
   * squared loadings divided by k.
   *
   * @return q values
   */
  double[] componentWeights() {
    return componentWeights.clone();
  }

  /**
   * Returns Compind's {@code ci_factor} composite for each analysed unit (in the order of
   * {@link #rows()}).
   *
   * @return the scores
   */
  double[] compindScores() {
    return compindScores.clone();
  }

  /**
   * Describes the analysis in one line (factors kept, variance explained, weights), for
   * diagnostics.
   *
   * @return the description
   */
  String describe() {
    double total = 0;
    for (double e : eigenvalues) {
      total += e;
    }
    double kept = 0;
    for (double e : explained) {
      kept += e;
    }
    List<String> parts = new ArrayList<>();
    for (int j = 0; j < items.size(); j++) {
      parts.add(String.format(Locale.ROOT, "%s=%.6g (factor %d)", items.get(j), weights[j],
          factorOf[j] + 1));
    }
    return String.format(Locale.ROOT, "%d factor(s) explaining %.4g%% of the variance on %d "
        + "units: ", factors(), 100 * kept / total, rows.length) + String.join(", ", parts);
  }

  @Override
  public String toString() {
    return "FactorAnalysis[" + describe() + "]";
  }
}
