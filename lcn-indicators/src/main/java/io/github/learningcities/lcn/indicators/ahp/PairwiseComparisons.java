package io.github.learningcities.lcn.indicators.ahp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A reciprocal matrix of pairwise comparisons of some elements (usually the children of one
 * node), from which the Analytic Hierarchy Process (Saaty 1980, "The Analytic Hierarchy
 * Process", McGraw-Hill) derives priority weights. Judgement a_ij says how many times more
 * important element i is than element j (Saaty's scale: 1 equal, 3 moderate, 5 strong, 7 very
 * strong, 9 extreme; any positive number is accepted); a_ji = 1 / a_ij and a_ii = 1.
 *
 * <p>Weights: {@link PriorityMethod#EIGENVECTOR} (the default) or {@link
 * PriorityMethod#GEOMETRIC_MEAN}. Consistency, whichever the method: lambda_max, the principal
 * eigenvalue, is found by power iteration (start: the row geometric means; step: x &lt;- A x /
 * sum(A x); stop when no entry changes by more than 1e-15, at most 10 000 steps; for a positive
 * matrix the iteration converges to the Perron vector, and lambda_max = sum(A x) for x summing
 * to 1). CI = (lambda_max - n) / (n - 1) and CR = CI / RI(n) with Saaty's random indices
 * (Saaty 1980, table 1.7; also Saaty 1990, "How to make a decision: the analytic hierarchy
 * process", European Journal of Operational Research 48, p. 15): RI = 0, 0, 0.58, 0.90, 1.12,
 * 1.24, 1.32, 1.41, 1.45, 1.49 for n = 1..10. A 1x1 or 2x2 matrix is always consistent (CR 0);
 * more than 10 elements are refused (the table stops there; Saaty advises at most 9 elements
 * per comparison, a larger set is split into a hierarchy). {@link #weights()} refuses a
 * matrix whose CR exceeds 0.1 (Saaty's threshold) with an {@link
 * InconsistentJudgementsException}; {@link #weights(PriorityMethod, double)} takes another
 * threshold, and {@link #evaluate(PriorityMethod)} reports the ratio without refusing.
 *
 * <pre>{@code
 * PairwiseComparisons c = PairwiseComparisons.fromUpperTriangle("Conn",
 *     List.of("Physical", "ConEcFin", "Political"),
 *     3, 5,   // Physical vs ConEcFin, Physical vs Political
 *     2);     // ConEcFin vs Political
 * AhpWeights w = c.weights();          // CR 0.0032, weights 0.648, 0.230, 0.122
 * Pipeline p = Pipeline.coinrDefault()
 *     .withWeighting(Weighting.fromFramework().withComparisons(c));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PairwiseComparisons {
  /** Saaty's consistency-ratio threshold. */
  public static final double SAATY_THRESHOLD = 0.1;

  /** Saaty's random consistency indices for n = 1..10 (index n - 1). */
  private static final double[] RANDOM_INDEX =
      {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};

  /** Relative tolerance of reciprocity and of the unit diagonal in a full matrix. */
  private static final double RECIPROCAL_TOLERANCE = 1e-3;

  private static final int MAX_STEPS = 10_000;

  private final String name;
  private final List<String> codes;
  private final double[][] a;

  private PairwiseComparisons(String name, List<String> codes, double[][] a) {
    this.name = name;
    this.codes = codes;
    this.a = a;
  }

  /**
   * Creates comparisons from a full matrix. The upper triangle is used; the diagonal must be 1
   * and each lower entry the reciprocal of its upper one, both to 0.1 % (so that 0.333 may
   * stand for 1/3).
   *
   * @param name the matrix's name, e.g. the parent node of the compared children
   * @param codes the compared elements, in row order
   * @param matrix the judgements, {@code matrix[i][j]} = importance of i over j
   * @return the comparisons
   * @throws InvalidComparisonsException naming the matrix, row and column of a bad judgement
   */
  public static PairwiseComparisons of(String name, List<String> codes, double[][] matrix) {
    List<String> c = checkedCodes(name, codes);
    int n = c.size();
    if (matrix.length != n) {
      throw new InvalidComparisonsException(name, "pairwise comparisons '" + name + "' have "
          + matrix.length + " rows for " + n + " elements; expected a square matrix of " + n);
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      if (matrix[i].length != n) {
        throw new InvalidComparisonsException(name, "pairwise comparisons '" + name + "': row '"
            + c.get(i) + "' has " + matrix[i].length + " entries; expected " + n);
      }
      for (int j = 0; j < n; j++) {
        requireJudgement(name, c, i, j, matrix[i][j]);
      }
    }
    for (int i = 0; i < n; i++) {
      if (!near(matrix[i][i], 1)) {
        throw new InvalidComparisonsException(name, "pairwise comparisons '" + name + "': the "
            + "diagonal entry of '" + c.get(i) + "' is " + matrix[i][i] + "; expected 1 (an "
            + "element is as important as itself)");
      }
      a[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        if (!near(matrix[i][j] * matrix[j][i], 1)) {
          throw new InvalidComparisonsException(name, "pairwise comparisons '" + name + "': '"
              + c.get(i) + "' over '" + c.get(j) + "' is " + matrix[i][j] + " but '" + c.get(j)
              + "' over '" + c.get(i) + "' is " + matrix[j][i] + "; expected reciprocals ("
              + format(1 / matrix[i][j]) + "), or give the upper triangle only");
        }
        a[i][j] = matrix[i][j];
        a[j][i] = 1 / matrix[i][j];
      }
    }
    return new PairwiseComparisons(name, c, a);
  }

  /**
   * Creates comparisons from the judgements above the diagonal, row by row: a_12, a_13, ...,
   * a_1n, a_23, ..., a_(n-1)n; the rest follows by reciprocity.
   *
   * @param name the matrix's name, e.g. the parent node of the compared children
   * @param codes the compared elements, in row order
   * @param upper the n (n - 1) / 2 judgements above the diagonal
   * @return the comparisons
   * @throws InvalidComparisonsException naming the matrix, row and column of a bad judgement
   */
  public static PairwiseComparisons fromUpperTriangle(String name, List<String> codes,
      double... upper) {
    List<String> c = checkedCodes(name, codes);
    int n = c.size();
    if (upper.length != n * (n - 1) / 2) {
      throw new InvalidComparisonsException(name, "pairwise comparisons '" + name + "' have "
          + upper.length + " judgements above the diagonal for " + n + " elements; expected "
          + n * (n - 1) / 2);
    }
    double[][] a = new double[n][n];
    int at = 0;
    for (int i = 0; i < n; i++) {
      a[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        requireJudgement(name, c, i, j, upper[at]);
        a[i][j] = upper[at++];
        a[j][i] = 1 / a[i][j];
      }
    }
    return new PairwiseComparisons(name, c, a);
  }

  private static List<String> checkedCodes(String name, List<String> codes) {
    Objects.requireNonNull(name, "name");
    List<String> c = List.copyOf(codes);
    if (c.isEmpty()) {
      throw new InvalidComparisonsException(name, "pairwise comparisons '" + name + "' compare "
          + "no element; expected 1 to " + RANDOM_INDEX.length + " elements");
    }
    if (c.size() > RANDOM_INDEX.length) {
      throw new InvalidComparisonsException(name, "pairwise comparisons '" + name + "' compare "
          + c.size() + " elements; expected at most " + RANDOM_INDEX.length + " (Saaty's random "
          + "index table stops there): split them into a hierarchy of smaller comparisons");
    }
    Set<String> seen = new HashSet<>();
    for (String code : c) {
      if (code.isBlank() || !seen.add(code)) {
        throw new InvalidComparisonsException(name, "pairwise comparisons '" + name
            + "' name element '" + code + "' " + (code.isBlank() ? "blank" : "twice")
            + "; expected distinct non-blank codes");
      }
    }
    return c;
  }

  private static void requireJudgement(String name, List<String> c, int i, int j, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new InvalidComparisonsException(name, "pairwise comparisons '" + name + "': '"
          + c.get(i) + "' over '" + c.get(j) + "' is " + v + "; expected a positive finite "
          + "number (Saaty's scale: 1/9 to 9)");
    }
  }

  private static boolean near(double x, double target) {
    return Math.abs(x - target) <= RECIPROCAL_TOLERANCE * target;
  }

  /** Four significant digits without trailing zeros, e.g. 0.1, 6.13, 9. */
  static String format(double d) {
    return new BigDecimal(d).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /**
   * Returns the matrix's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the compared elements.
   *
   * @return their codes, in row order
   */
  public List<String> codes() {
    return codes;
  }

  /**
   * Returns the reciprocal matrix (a copy).
   *
   * @return {@code a[i][j]}, the importance of element i over element j
   */
  public double[][] matrix() {
    double[][] copy = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      copy[i] = a[i].clone();
    }
    return copy;
  }

  /**
   * Saaty's random consistency index for n elements.
   *
   * @param n the number of elements, 1 to 10
   * @return the index
   * @throws IllegalArgumentException if n is outside 1..10
   */
  public static double randomIndex(int n) {
    if (n < 1 || n > RANDOM_INDEX.length) {
      throw new IllegalArgumentException("Saaty's random index is tabulated for 1 to "
          + RANDOM_INDEX.length + " elements, not " + n);
    }
    return RANDOM_INDEX[n - 1];
  }

  /**
   * Derives eigenvector weights, refusing a consistency ratio above 0.1.
   *
   * @return the weights and consistency
   * @throws InconsistentJudgementsException if the consistency ratio exceeds 0.1
   */
  public AhpWeights weights() {
    return weights(PriorityMethod.EIGENVECTOR, SAATY_THRESHOLD);
  }

  /**
   * Derives weights, refusing a consistency ratio above a threshold.
   *
   * @param method how the weights are derived
   * @param threshold the largest consistency ratio accepted, &gt;= 0 (Saaty: 0.1)
   * @return the weights and consistency
   * @throws InconsistentJudgementsException naming the matrix, the ratio and the most
   *     inconsistent judgement if the consistency ratio exceeds the threshold
   */
  public AhpWeights weights(PriorityMethod method, double threshold) {
    if (!(threshold >= 0) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("consistency threshold " + threshold
          + " is invalid; expected a finite number >= 0 (Saaty: 0.1)");
    }
    AhpWeights w = evaluate(method);
    if (w.consistencyRatio() > threshold) {
      throw new InconsistentJudgementsException(name, w.consistencyRatio(), threshold,
          "pairwise comparisons '" + name + "' have consistency ratio "
              + format(w.consistencyRatio()) + ", above the threshold " + format(threshold)
              + "; expected at most " + format(threshold) + ": revise the judgements, starting "
              + "with " + worstJudgement(w));
    }
    return w;
  }

  /**
   * Derives weights and reports the consistency, without refusing an inconsistent matrix.
   *
   * @param method how the weights are derived
   * @return the weights and consistency
   */
  public AhpWeights evaluate(PriorityMethod method) {
    Objects.requireNonNull(method, "method");
    int n = a.length;
    double[] geometric = geometricMeans();
    double[] x = geometric.clone();
    double lambda = n;
    double[] y = new double[n];
    for (int step = 0; step < MAX_STEPS; step++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        double v = 0;
        for (int j = 0; j < n; j++) {
          v += a[i][j] * x[j];
        }
        y[i] = v;
        s += v;
      }
      lambda = s;
      double change = 0;
      for (int i = 0; i < n; i++) {
        double next = y[i] / s;
        change = Math.max(change, Math.abs(next - x[i]));
        x[i] = next;
      }
      if (change <= 1e-15) {
        break;
      }
    }
    double ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1));
    double cr = n <= 2 ? 0 : ci / RANDOM_INDEX[n - 1];
    double[] w = method == PriorityMethod.EIGENVECTOR ? x : geometric;
    Map<String, Double> byCode = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byCode.put(codes.get(i), w[i]);
    }
    return new AhpWeights(name, byCode, method, n <= 2 ? n : Math.max(n, lambda), ci, cr);
  }

  /** The row geometric means, normalised to sum to 1. */
  private double[] geometricMeans() {
    int n = a.length;
    double[] g = new double[n];
    double s = 0;
    for (int i = 0; i < n; i++) {
      double l = 0;
      for (int j = 0; j < n; j++) {
        l += Math.log(a[i][j]);
      }
      g[i] = Math.exp(l / n);
      s += g[i];
    }
    for (int i = 0; i < n; i++) {
      g[i] /= s;
    }
    return g;
  }

  /** The judgement farthest (in ratio) from what the weights imply, for the message. */
  private String worstJudgement(AhpWeights w) {
    double[] x = new double[codes.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = w.weights().get(codes.get(i));
    }
    int bi = 0;
    int bj = 1;
    double worst = -1;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        double dev = Math.abs(Math.log(a[i][j] * x[j] / x[i]));
        if (dev > worst) {
          worst = dev;
          bi = i;
          bj = j;
        }
      }
    }
    return "'" + codes.get(bi) + "' over '" + codes.get(bj) + "' (judged " + format(a[bi][bj])
        + ", the weights imply " + format(x[bi] / x[bj]) + ")";
  }

  /**
   * Returns whether another object holds the same name, elements and judgements.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof PairwiseComparisons c && name.equals(c.name) && codes.equals(c.codes)
        && java.util.Arrays.deepEquals(a, c.a);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, codes, java.util.Arrays.deepHashCode(a));
  }

  @Override
  public String toString() {
    return "PairwiseComparisons[" + name + ", " + codes + ", "
        + java.util.Arrays.deepToString(a) + "]";
  }
}
