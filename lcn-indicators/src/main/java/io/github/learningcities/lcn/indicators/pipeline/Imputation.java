package io.github.learningcities.lcn.indicators.pipeline;

import io.github.learningcities.lcn.indicators.internal.BuiltInParameters;
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
 * i_median_grp}). A cell whose group has no present value stays missing (COINr's {@code
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
}
