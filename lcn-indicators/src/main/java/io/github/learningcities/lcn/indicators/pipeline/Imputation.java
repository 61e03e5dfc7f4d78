package io.github.learningcities.lcn.indicators.pipeline;

import io.github.learningcities.lcn.indicators.internal.BuiltInParameters;
import io.github.learningcities.lcn.indicators.internal.RecordMethods;
import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The imputation step: fills missing cells of each indicator column. Every imputed cell is
 * listed in the results' diagnostics; present values are never altered.
 *
 * <p>Built-in methods: {@link #mean()} ({@code i_mean}), {@link #median()} ({@code i_median}),
 * {@link #groupMean(String)} ({@code i_mean_grp}), {@link #groupMedian(String)} ({@code
 * i_median_grp}), and the multivariate {@link #expectationMaximisation()}, {@link
 * #nearestNeighbours(int)} and {@link #regression()}, which predict a unit's missing cell from
 * its other indicators (all of the framework's indicators, whatever each one's own override).
 * Stochastic replications of em and regression make multiple imputation an uncertainty factor
 * ({@link #multiple(Imputation, int)}). A cell whose group has no present value stays missing (COINr's {@code
 * skip_f_na}) and a {@code not-imputed} note names it. Imputation over time in a panel is {@link
 * io.github.learningcities.lcn.indicators.data.Panel#imputeOverTime}.
 *
 * @param method the method name, built-in or registered
 * @param parameters the method's parameters (e.g. {@code group})
 * @param overrides indicator code to its own imputation ({@link #none()} to leave it alone)
 * @since 0.1.0
 */
public record Imputation(String method, Parameters parameters, Map<String, Imputation> overrides) {

  /**
   * Validates and copies.
   *
   * @throws io.github.learningcities.lcn.indicators.method.InvalidParameterException if the
   *     method is built in and its parameters are not the ones it declares
   */
  public Imputation {
    Objects.requireNonNull(method, "method");
    if (method.isBlank()) {
      throw new IllegalArgumentException("the imputation method's name is blank; expected the "
          + "name of a built-in or registered method");
    }
    Objects.requireNonNull(parameters, "parameters");
    BuiltInParameters.check(MethodKind.IMPUTATION, method, parameters);
    overrides = Map.copyOf(new TreeMap<>(Objects.requireNonNull(overrides, "overrides")));
  }

  /**
   * Creates an imputation by method name.
   *
   * @param method the method
   * @param parameters its parameters
   * @return the imputation
   */
  public static Imputation of(String method, Parameters parameters) {
    return new Imputation(method, parameters, Map.of());
  }

  /**
   * Column mean of the present values.
   *
   * @return the imputation
   */
  public static Imputation mean() {
    return of("mean", Parameters.none());
  }

  /**
   * Column median of the present values.
   *
   * @return the imputation
   */
  public static Imputation median() {
    return of("median", Parameters.none());
  }

  /**
   * Mean of the present values of the units in the same group.
   *
   * @param groupVariable the group variable, e.g. {@code EurAsia_group}
   * @return the imputation
   */
  public static Imputation groupMean(String groupVariable) {
    return of("group-mean", Parameters.of(Map.of("group", groupVariable)));
  }

  /**
   * Median of the present values of the units in the same group.
   *
   * @param groupVariable the group variable
   * @return the imputation
   */
  public static Imputation groupMedian(String groupVariable) {
    return of("group-median", Parameters.of(Map.of("group", groupVariable)));
  }

  /**
   * Expectation-maximisation under a multivariate normal model of all indicators; each missing
   * cell gets its conditional mean given the unit's present indicators at the maximum-likelihood
   * estimates. Starts from the present values' means and variances (no correlations), stops
   * when no mean or covariance entry (standard units) moves by more than 1e-8, or after 1000
   * iterations with a note {@code em-not-converged}; a singular covariance is handled by
   * leaving out present indicators that are linear combinations of others. Parameters {@code
   * maxIterations}, {@code tolerance} and {@code draw} (see {@link #multiple(Imputation, int)}).
   *
   * @return the imputation
   * @since 0.1.0
   */
  public static Imputation expectationMaximisation() {
    return of("em", Parameters.none());
  }

  /**
   * k-nearest-neighbour imputation: the mean of the indicator over the k units nearest to the
   * unit (mean squared difference over the indicators both have, in standard units), among the
   * units where it is present; ties at equal distance go to the unit whose code sorts first. The
   * imputed value is always within the indicator's observed range.
   *
   * @param k the number of neighbours, 1 or more
   * @return the imputation
   * @since 0.1.0
   */
  public static Imputation nearestNeighbours(int k) {
    return of("knn", Parameters.of(Map.of("k", k)));
  }

  /**
   * Regression imputation: each missing cell is predicted by the least-squares regression of
   * its indicator on the indicators present in its unit, fitted on the units where all of them
   * are present (imputed values never serve as predictors, so units with several missing values
   * are handled cell by cell).
   *
   * @return the imputation
   * @since 0.1.0
   */
  public static Imputation regression() {
    return of("regression", Parameters.none());
  }

  /**
   * Returns replications 1..m of a stochastic imputation (multiple imputation): {@code em} and
   * {@code regression} with parameter {@code draw} = d add to each prediction a random
   * residual (from the conditional normal distribution for em, from the fit's residual
   * variance for regression) drawn from a stream seeded by d, the unit and the indicator, so
   * that each replication is the same whatever the order of units or the thread that runs it.
   * Use them as the alternatives of an uncertainty factor ({@code Factor.imputation}).
   *
   * @param base an {@code em} or {@code regression} imputation
   * @param m the number of replications, 2 or more
   * @return the m imputations
   * @throws IllegalArgumentException if the method draws no replications or m is below 2
   * @since 0.1.0
   */
  public static java.util.List<Imputation> multiple(Imputation base, int m) {
    if (!base.method().equals("em") && !base.method().equals("regression")) {
      throw new IllegalArgumentException("multiple imputation draws replications of 'em' or "
          + "'regression'; '" + base.method() + "' has no random draw");
    }
    if (m < 2) {
      throw new IllegalArgumentException("multiple imputation needs at least 2 replications; "
          + "got " + m);
    }
    java.util.List<Imputation> out = new java.util.ArrayList<>(m);
    for (int d = 1; d <= m; d++) {
      out.add(new Imputation(base.method(), base.parameters().with("draw", d), base.overrides()));
    }
    return java.util.List.copyOf(out);
  }

  /**
   * No imputation (useful as a per-indicator override, or as a variant in uncertainty analysis).
   *
   * @return the imputation
   */
  public static Imputation none() {
    return of("none", Parameters.none());
  }

  /**
   * Returns a copy in which one indicator is imputed its own way.
   *
   * @param indicator the indicator's code
   * @param imputation its imputation
   * @return the copy
   */
  public Imputation withOverride(String indicator, Imputation imputation) {
    TreeMap<String, Imputation> copy = new TreeMap<>(overrides);
    copy.put(indicator, imputation);
    return new Imputation(method, parameters, copy);
  }

  /**
   * Returns the imputation that applies to one indicator.
   *
   * @param indicator the indicator's code
   * @return its override, or this
   */
  public Imputation forIndicator(String indicator) {
    return overrides.getOrDefault(indicator, this);
  }

  // equals, hashCode and toString as the compiler would generate them (RecordMethods says why).

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Imputation that && Objects.equals(method, that.method)
        && Objects.equals(parameters, that.parameters) && Objects.equals(overrides, that.overrides);
  }

  @Override
  public int hashCode() {
    return RecordMethods.hash(method, parameters, overrides);
  }

  @Override
  public String toString() {
    return RecordMethods.text("Imputation", "method", method, "parameters", parameters,
        "overrides", overrides);
  }
}
