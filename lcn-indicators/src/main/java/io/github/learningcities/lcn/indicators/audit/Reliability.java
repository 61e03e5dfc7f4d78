package io.github.learningcities.lcn.indicators.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reliability and dimensionality of one aggregate's children: Cronbach's alpha (over the units
 * each pair of children has in common, as COINr's {@code get_cronbach}) and the principal
 * components of their correlation matrix (units with every child present, as COINr's
 * {@code get_PCA}).
 *
 * @param aggregate the aggregate's code
 * @param level the aggregate's level
 * @param items the children's codes, in framework order
 * @param alpha Cronbach's alpha, empty with fewer than 2 children or no variance
 * @param variances the variance of each principal component, decreasing (they sum to the
 *     number of children); empty when the components could not be computed
 * @param unitsUsed the number of units the components were computed on
 * @param failure why the components could not be computed, if they could not
 * @since 0.1.0
 */
public record Reliability(String aggregate, int level, List<String> items, OptionalDouble alpha,
    List<Double> variances, int unitsUsed, Optional<String> failure) {

  /** Copies the lists. */
  public Reliability {
    Objects.requireNonNull(aggregate, "aggregate");
    Objects.requireNonNull(alpha, "alpha");
    Objects.requireNonNull(failure, "failure");
    items = List.copyOf(items);
    variances = List.copyOf(variances);
  }

  /**
   * Returns the share of the variance the first principal component explains.
   *
   * @return the share, empty without components
   */
  public OptionalDouble firstComponentShare() {
    if (variances.isEmpty()) {
      return OptionalDouble.empty();
    }
    double sum = variances.stream().mapToDouble(Double::doubleValue).sum();
    return sum > 0 ? OptionalDouble.of(variances.get(0) / sum) : OptionalDouble.empty();
  }

  /**
   * Returns how many principal components have a variance (eigenvalue) above 1: Kaiser's count
   * of the dimensions the children measure.
   *
   * @return the count, 0 without components
   */
  public int componentsAboveOne() {
    return (int) variances.stream().filter(v -> v > 1).count();
  }
}
