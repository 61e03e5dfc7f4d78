package io.github.learningcities.lcn.indicators.ahp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of the Analytic Hierarchy Process on one pairwise-comparison matrix: the weights
 * of the compared elements and the consistency of the judgements.
 *
 * @param matrix the matrix's name (the parent node whose children were compared)
 * @param weights element code to weight, in the matrix's order, summing to 1
 * @param method how the weights were derived
 * @param lambdaMax the principal eigenvalue of the matrix (n for a consistent matrix)
 * @param consistencyIndex (lambdaMax - n) / (n - 1); 0 for n &lt;= 2
 * @param consistencyRatio the consistency index divided by Saaty's random index for n; 0 for
 *     n &lt;= 2
 * @since 0.1.0
 */
public record AhpWeights(String matrix, Map<String, Double> weights, PriorityMethod method,
    double lambdaMax, double consistencyIndex, double consistencyRatio) {

  /** Validates and copies. */
  public AhpWeights {
    Objects.requireNonNull(matrix, "matrix");
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    Objects.requireNonNull(method, "method");
  }
}
